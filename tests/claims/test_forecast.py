"""build_forecast: horizon + implied probability + criteria + review date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from claims.forecast import build_forecast
from claims.model import Claim, ClaimType, Forecast, ForecastStatus

REF = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def _claim(text: str, sentence: str | None = None) -> Claim:
    return Claim(
        article_id="a1",
        position=0,
        text=text,
        sentence=sentence or text,
        char_start=0,
        char_end=len(sentence or text),
        claim_type=ClaimType.FORECAST,
    )


def test_explicit_horizon() -> None:
    claim = _claim("The plant will open by 2027.")
    assert build_forecast(claim, REF) == Forecast(
        claim_id=claim.claim_id,
        resolve_by=date(2027, 12, 31),
        horizon_text="by 2027",
        horizon_explicit=True,
        resolution_criteria="True if The plant will open by 2027 by 2027-12-31.",
        implied_probability=0.95,
        next_review_at=date(2027, 12, 31),
        status=ForecastStatus.OPEN,
    )


@pytest.mark.parametrize(("interval", "resolve_by"), [(182, date(2026, 9, 10)), (30, date(2026, 4, 11))])
def test_no_horizon_takes_the_review_interval_and_is_implicit(interval: int, resolve_by: date) -> None:
    claim = _claim("Russia may face further sanctions.")
    forecast = build_forecast(claim, REF, review_interval_days=interval)
    assert (forecast.resolve_by, forecast.next_review_at, forecast.horizon_text, forecast.horizon_explicit) == (
        resolve_by,
        resolve_by,
        None,
        False,
    )
    assert forecast.resolution_criteria == (
        f"True if Russia may face further sanctions by {resolve_by.isoformat()} (no horizon stated)."
    )
    assert forecast.implied_probability == 0.45


def test_horizon_from_the_sentence_when_the_split_claim_lost_it() -> None:
    claim = _claim("The city will ban diesel buses.", "By 2030, the city will ban diesel buses and widen bike lanes.")
    forecast = build_forecast(claim, REF)
    assert (forecast.horizon_text, forecast.resolve_by) == ("By 2030", date(2030, 12, 31))


def test_unlikely_wording_says_what_true_means() -> None:
    forecast = build_forecast(_claim("A deal is unlikely next year."), REF)
    assert forecast.implied_probability == 0.2
    assert forecast.resolution_criteria == (
        "True if what this forecast calls unlikely happens by 2027-12-31: A deal is unlikely next year."
    )


def test_bad_interval() -> None:
    with pytest.raises(ValueError, match="review_interval_days must be at least 1, got 0"):
        build_forecast(_claim("Prices will rise."), REF, review_interval_days=0)
