"""Forecast stage: when a forecast can be checked, how sure it sounds, and what would make it true.

**Reads:** a claim typed ``forecast`` and the moment its article speaks from
(``Article.reference_time``: published, else ingested).
**Adds:** a :class:`~claims.model.Forecast` — the horizon (:mod:`claims.horizon`),
the implied probability (:mod:`claims.probability`), a one-line
``resolution_criteria`` a reviewer can edit, and the first review date.

Guideline: section 2 — a forecast "can be checked against what later happens";
rule 1.3 keeps the hedges that set its implied probability. Pure: the clock is
the ``reference_time`` argument.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from claims.horizon import extract_horizon, reference_date
from claims.model import Claim, Forecast
from claims.probability import estimate_probability

__all__ = ["build_forecast", "resolution_criteria"]


def resolution_criteria(claim_text: str, resolve_by: date, *, explicit: bool, probability: float | None) -> str:
    """The prefilled line a verdict is judged against, with the horizon made explicit.

    ``true`` always means the forecast event happened; for wording that calls
    the event unlikely the line says so, so a reviewer does not flip it.
    """
    statement = claim_text.strip().rstrip(".!;:").strip()
    when = f"by {resolve_by.isoformat()}" if explicit else f"by {resolve_by.isoformat()} (no horizon stated)"
    if probability is not None and probability < 0.35:
        return f"True if what this forecast calls unlikely happens {when}: {statement}."
    return f"True if {statement} {when}."


def build_forecast(claim: Claim, reference_time: datetime, *, review_interval_days: int = 182) -> Forecast:
    """Turn a forecast claim into a schedulable :class:`Forecast`.

    The horizon is read from the claim's text, else from its sentence (a split
    claim can lose "By 2030, ..."). Without one, the forecast is open-ended:
    ``resolve_by`` is ``review_interval_days`` after the reference date and
    ``horizon_explicit`` is False. ``next_review_at`` is ``resolve_by`` either
    way — for open-ended forecasts that is the next periodic review.
    """
    if review_interval_days < 1:
        raise ValueError(f"review_interval_days must be at least 1, got {review_interval_days}")
    reference = reference_date(reference_time)
    horizon = extract_horizon(claim.text, reference) or extract_horizon(claim.sentence, reference)
    estimate = estimate_probability(claim.text) or estimate_probability(claim.sentence)
    probability = estimate.probability if estimate is not None else None
    if horizon is not None:
        resolve_by, horizon_text, explicit = horizon.resolve_by, horizon.text, True
    else:
        resolve_by, horizon_text, explicit = reference + timedelta(days=review_interval_days), None, False
    return Forecast(
        claim_id=claim.claim_id,
        resolve_by=resolve_by,
        horizon_text=horizon_text,
        horizon_explicit=explicit,
        resolution_criteria=resolution_criteria(claim.text, resolve_by, explicit=explicit, probability=probability),
        implied_probability=probability,
        next_review_at=resolve_by,
    )
