"""Widgets of the reader app: they render data and post intents, nothing more."""
