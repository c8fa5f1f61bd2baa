"""reader: a terminal news reader and summariser."""

from __future__ import annotations

# Static on purpose: hatchling reads it for the package version, and importing
# importlib.metadata would add start-up time to every `reader` command.
__version__ = "0.1.0"
