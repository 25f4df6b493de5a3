"""Review: the due list, verdicts, snoozes, relabels and overrides of forecasts.

**Reads:** the database (through :mod:`claims.store`) and an injected clock —
``today`` for what is due, ``now`` for when an action was recorded; nothing here
reads the system clock.
**Adds:** rows, never silent edits: every verdict is a new ``outcomes`` row
(append-only; the ``latest_outcomes`` view picks the newest), and every change
of a forecast (status, ``next_review_at``, ``implied_probability``,
``resolution_criteria``) writes a ``forecast_changes`` row beside the update.
A relabel is a ``relabels`` row; the newest one is the claim's type for review
and is exported as extra training data for the classifier.

Only forecasts are scheduled. Facts can be given verdicts on demand (true,
false, misleading); ``misleading`` is not a verdict for forecasts; assessments
are opinions (guideline, section 2) and get no verdict — relabel them first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from claims import store
from claims.corpus import LabelledClaim
from claims.errors import ConfigError, ReviewError
from claims.model import ClaimType, ForecastStatus, Outcome, Verdict, as_utc
from claims.store import Connection, DueForecast, ForecastChange, Relabel, ReviewTarget

__all__ = [
    "FACT_VERDICTS",
    "FORECAST_VERDICTS",
    "VERDICT_KEYS",
    "ReviewedVerdict",
    "due",
    "record_verdict",
    "relabel",
    "relabel_examples",
    "set_criteria",
    "set_probability",
    "snooze",
    "write_relabel_export",
]

FORECAST_VERDICTS: frozenset[Verdict] = frozenset(
    {Verdict.TRUE, Verdict.FALSE, Verdict.PARTLY, Verdict.AMBIGUOUS, Verdict.ANNULLED}
)
FACT_VERDICTS: frozenset[Verdict] = frozenset({Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING})
# Single keys of the interactive review (s = snooze, k = skip, q = quit are actions, not verdicts).
VERDICT_KEYS: dict[str, Verdict] = {
    "t": Verdict.TRUE,
    "f": Verdict.FALSE,
    "p": Verdict.PARTLY,
    "a": Verdict.AMBIGUOUS,
    "n": Verdict.ANNULLED,
}


@dataclass(frozen=True, slots=True)
class ReviewedVerdict:
    """A recorded verdict and, when it closed a forecast, the status change."""

    outcome: Outcome
    status_change: ForecastChange | None


def due(conn: Connection, today: date) -> list[DueForecast]:
    """Open forecasts whose next review date is on or before ``today``, oldest first."""
    return store.due_forecasts(conn, today)


def _target(conn: Connection, claim_id: str) -> ReviewTarget:
    target = store.review_target(conn, claim_id)
    if target is None:
        raise ReviewError(claim_id, "no such claim; find claim IDs with: claims review --due, or claims sql")
    return target


def _forecast(conn: Connection, claim_id: str) -> ReviewTarget:
    target = _target(conn, claim_id)
    if target.forecast_status is None:
        raise ReviewError(
            claim_id, f"is a {target.claim_type} with no forecast schedule; only forecasts can be snoozed or edited"
        )
    return target


def record_verdict(
    conn: Connection,
    claim_id: str,
    verdict: Verdict,
    *,
    now: datetime,
    evidence_url: str | None = None,
    note: str | None = None,
    reviewer: str | None = None,
) -> ReviewedVerdict:
    """Append a verdict; a forecast verdict also marks the forecast resolved (with a change row)."""
    target = _target(conn, claim_id)
    recorded_at = as_utc(now)
    if target.claim_type == ClaimType.ASSESSMENT:
        raise ReviewError(claim_id, "is an assessment, which no evidence settles; relabel it first if that is wrong")
    is_forecast = target.claim_type == ClaimType.FORECAST or target.forecast_status is not None
    allowed = FORECAST_VERDICTS if is_forecast else FACT_VERDICTS
    if verdict not in allowed:
        kind = "forecast" if is_forecast else "fact"
        choices = ", ".join(sorted(str(v) for v in allowed))
        raise ReviewError(claim_id, f"'{verdict}' is not a verdict for a {kind}; use one of {choices}")
    outcome = Outcome(
        claim_id=claim_id,
        verdict=verdict,
        recorded_at=recorded_at,
        evidence_url=evidence_url or None,
        note=note or None,
        reviewer=reviewer or None,
    )
    store.record_outcome(conn, outcome)
    change = None
    if target.forecast_status == ForecastStatus.OPEN:
        change = ForecastChange(
            claim_id=claim_id,
            field="status",
            old_value=str(ForecastStatus.OPEN),
            new_value=str(ForecastStatus.RESOLVED),
            recorded_at=recorded_at,
            reviewer=reviewer or None,
            note=f"verdict {verdict}",
        )
        store.change_forecast(conn, change, str(ForecastStatus.RESOLVED))
    return ReviewedVerdict(outcome=outcome, status_change=change)


def snooze(
    conn: Connection,
    claim_id: str,
    until: date,
    *,
    today: date,
    now: datetime,
    reviewer: str | None = None,
    note: str | None = None,
) -> ForecastChange:
    """Move a forecast's next review to ``until`` (which must be after ``today``)."""
    target = _forecast(conn, claim_id)
    if until <= today:
        raise ReviewError(claim_id, f"cannot be snoozed to {until.isoformat()}; pick a date after {today.isoformat()}")
    old = target.next_review_at.isoformat() if target.next_review_at else None
    return _change(conn, claim_id, "next_review_at", old, until.isoformat(), until, now, reviewer, note)


def _change(
    conn: Connection, claim_id: str, field: str, old: str | None, new: str, value: object,
    now: datetime, reviewer: str | None, note: str | None,
) -> ForecastChange:  # fmt: skip
    """Apply one field change to a forecast and keep its trace in ``forecast_changes``."""
    change = ForecastChange(
        claim_id=claim_id, field=field, old_value=old, new_value=new, recorded_at=as_utc(now),
        reviewer=reviewer or None, note=note or None,
    )  # fmt: skip
    store.change_forecast(conn, change, value)
    return change


def set_probability(
    conn: Connection,
    claim_id: str,
    probability: float,
    *,
    now: datetime,
    reviewer: str | None = None,
    note: str | None = None,
) -> ForecastChange:
    """Override the implied probability of a forecast (a reviewer's reading of its hedge)."""
    target = _forecast(conn, claim_id)
    if not 0.0 <= probability <= 1.0:
        raise ReviewError(claim_id, f"probability {probability:g} is outside [0, 1]; give a number like 0.7")
    old = None if target.implied_probability is None else f"{target.implied_probability:g}"
    return _change(conn, claim_id, "implied_probability", old, f"{probability:g}", probability, now, reviewer, note)


def set_criteria(
    conn: Connection,
    claim_id: str,
    criteria: str,
    *,
    now: datetime,
    reviewer: str | None = None,
    note: str | None = None,
) -> ForecastChange:
    """Replace a forecast's resolution criteria (one line saying what makes it come true)."""
    target = _forecast(conn, claim_id)
    line = " ".join(criteria.split())
    if not line:
        raise ReviewError(claim_id, "resolution criteria cannot be empty; say what would make the forecast true")
    return _change(conn, claim_id, "resolution_criteria", target.resolution_criteria, line, line, now, reviewer, note)


def relabel(
    conn: Connection,
    claim_id: str,
    new_type: ClaimType,
    *,
    now: datetime,
    reviewer: str | None = None,
    note: str | None = None,
) -> Relabel:
    """Record that ``claim_id`` is really a ``new_type`` (kept in ``relabels``; the claim row is not edited)."""
    target = _target(conn, claim_id)
    if target.claim_type == new_type:
        raise ReviewError(claim_id, f"is already typed {new_type}; nothing to relabel")
    record = Relabel(
        claim_id=claim_id,
        old_type=target.claim_type,
        new_type=str(new_type),
        recorded_at=as_utc(now),
        reviewer=reviewer or None,
        note=note or None,
    )
    store.record_relabel(conn, record)
    return record


def relabel_examples(conn: Connection) -> list[LabelledClaim]:
    """Each relabelled claim with its newest type, as classifier corpus examples."""
    return [
        LabelledClaim(text=text, claim_type=ClaimType(new_type), domain="relabel", note=f"relabel {claim_id}")
        for claim_id, text, new_type in store.relabelled_claims(conn)
    ]


def write_relabel_export(conn: Connection, path: str | Path) -> int:
    """Write relabels to ``path`` in the corpus format (``data/labelled/*.jsonl``); returns the line count."""
    examples = relabel_examples(conn)
    lines = [
        json.dumps(
            {"text": e.text, "type": str(e.claim_type), "domain": e.domain, "note": e.note}, ensure_ascii=False
        )
        for e in examples
    ]
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    except OSError as exc:
        raise ConfigError("--export", f"cannot write {target}: {exc.strerror}; pick a writable path") from exc
    return len(lines)
