"""Dates as people and feeds write them -> ISO 8601 (or None: undated, never misdated)."""

from __future__ import annotations

import pytest

from reader.analysis.dates import date_key, parse_date

CASES = [
    ("2025-03-02", "2025-03-02"),
    ("2025-03-02T10:30:00Z", "2025-03-02T10:30:00+00:00"),
    ("2025-03-02 10:30", "2025-03-02T10:30:00"),
    ("2025-03-02T10:30:00+0100", "2025-03-02T10:30:00+01:00"),
    ("Sun, 02 Mar 2025 10:30:00 +0000", "2025-03-02T10:30:00+00:00"),
    ("02.03.2025", "2025-03-02"),
    # en
    ("March 2, 2025", "2025-03-02"),
    ("Mar. 2nd, 2025", "2025-03-02"),
    ("Sunday, March 2, 2025", "2025-03-02"),
    ("2 March 2025", "2025-03-02"),
    # no / da / sv
    ("26. februar 2025", "2025-02-26"),
    ("søndag 2. mars 2025", "2025-03-02"),
    ("3. desember 2024", "2024-12-03"),
    ("5. maj 2024", "2024-05-05"),
    ("2. marts 2025", "2025-03-02"),
    ("26 februari 2025", "2025-02-26"),
    ("den 5 maj 2024", "2024-05-05"),
    # de
    ("2. März 2025", "2025-03-02"),
    ("1. Mai 2024", "2024-05-01"),
    # fr
    ("2 mars 2025", "2025-03-02"),
    ("le 1er mars 2025", "2025-03-01"),
    ("12 déc. 2024", "2024-12-12"),
    ("3 août 2024", "2024-08-03"),
    # es
    ("2 de marzo de 2025", "2025-03-02"),
    ("15 de septiembre del 2024", "2024-09-15"),
    # not dates, or ambiguous: undated
    ("3/2/2025", None),
    ("31 February 2025", None),
    ("yesterday", None),
    ("", None),
    ("2025", None),
]


@pytest.mark.parametrize(("written", "iso"), CASES)
def test_parse_date(written: str, iso: str | None) -> None:
    assert parse_date(written) == iso


def test_date_key_orders_dates_and_times() -> None:
    a = date_key("2025-03-02")
    b = date_key("2025-03-02T10:30:00+00:00")
    assert a is not None and b is not None and a < b
    assert date_key(None) is None and date_key("nonsense") is None
