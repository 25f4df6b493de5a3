"""Horizon extraction: one row per form, against a fixed reference (Thursday 2026-03-12)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from claims.horizon import Horizon, extract_horizon

REF = date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "phrase", "resolve_by"),
    [
        ("Prices will rise next week.", "next week", date(2026, 3, 22)),
        ("The plant will open by 2027.", "by 2027", date(2027, 12, 31)),
        ("Output will double within two years.", "within two years", date(2028, 3, 12)),
        ("The vote will take place on Thursday.", "on Thursday", date(2026, 3, 19)),
        ("Sea levels will rise by the end of the century.", "by the end of the century", date(2100, 12, 31)),
        ("Talks will resume next summer.", "next summer", date(2026, 8, 31)),
        ("The law takes effect in March.", "in March", date(2026, 3, 31)),
        ("Tensions may grow in the coming months.", "in the coming months", date(2026, 9, 12)),
        ("The deal will close by the end of the year.", "by the end of the year", date(2026, 12, 31)),
        ("A decision is expected later this year.", "later this year", date(2026, 12, 31)),
        ("Rates will fall early next year.", "early next year", date(2027, 4, 30)),
        ("Emissions will peak this decade.", "this decade", date(2029, 12, 31)),
        ("The line is due to open in 2028.", "in 2028", date(2028, 12, 31)),
        ("The bill will be repealed by mid-2027.", "by mid-2027", date(2027, 8, 31)),
        ("Growth could slow over the next year.", "over the next year", date(2027, 3, 12)),
        ("Growth could slow over the next five years.", "over the next five years", date(2031, 3, 12)),
        ("It will be done by March 15.", "by March 15", date(2026, 3, 15)),
        ("The summit opens on 15 June 2026.", "on 15 June 2026", date(2026, 6, 15)),
        ("Results improve in the third quarter.", "in the third quarter", date(2026, 9, 30)),
        ("Sales recover by Q1 2027.", "by Q1 2027", date(2027, 3, 31)),
        ("The merger closes before 2027.", "before 2027", date(2026, 12, 31)),
        ("Troops could withdraw within weeks.", "within weeks", date(2026, 5, 7)),
        ("The mine reopens in five years' time.", "in five years' time", date(2031, 3, 12)),
        ("The minister resigns next Friday.", "next Friday", date(2026, 3, 20)),
        ("The strike ends tomorrow.", "tomorrow", date(2026, 3, 13)),
        ("The grid is carbon-free by mid-century.", "by mid-century", date(2050, 12, 31)),
        ("Fusion power arrives in the 2030s.", "in the 2030s", date(2039, 12, 31)),
        ("Heat waves return this summer.", "this summer", date(2026, 8, 31)),
        ("Gas prices spike next winter.", "next winter", date(2027, 2, 28)),
        ("The bridge reopens in May 2027.", "in May 2027", date(2027, 5, 31)),
        ("Inflation reaches 2% by 2026-12-01.", "by 2026-12-01", date(2026, 12, 1)),
        ("Layoffs continue by the end of next month.", "by the end of next month", date(2026, 4, 30)),
        # The past is not a horizon: the first future phrase wins.
        ("The bill passed in 2014 and will be repealed by 2030.", "by 2030", date(2030, 12, 31)),
    ],
)
def test_each_form_resolves_to_the_end_of_its_window(text: str, phrase: str, resolve_by: date) -> None:
    assert extract_horizon(text, REF) == Horizon(text=phrase, resolve_by=resolve_by, explicit=True)


@pytest.mark.parametrize(
    "text",
    [
        "Russia may face further sanctions.",
        "Prices could fall sharply.",  # the verb "fall" is no season
        "The country has about 2030 doctors.",  # a bare number is no year
        "Exports may grow after 2030.",  # "after" names no deadline
        "The treaty was signed in 2014.",  # past only
    ],
)
def test_no_horizon(text: str) -> None:
    assert extract_horizon(text, REF) is None


def test_datetime_reference_counts_in_utc() -> None:
    late_evening_new_york = datetime(2026, 3, 12, 23, 30, tzinfo=UTC)
    assert extract_horizon("It ends tomorrow.", late_evening_new_york) == Horizon("tomorrow", date(2026, 3, 13))
