"""Review against a real DuckDB file: due list, verdict history, snoozes, overrides, relabels."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from claims import review, store
from claims.errors import ReviewError
from claims.model import ClaimType, Verdict
from claims.store import ForecastChange

T1 = datetime(2026, 7, 10, 12, 0, tzinfo=UTC)
T2 = datetime(2026, 7, 11, 12, 0, tzinfo=UTC)


def _rows(handle: Any, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with handle.conn() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2026, 2, 14), []),
        (date(2026, 2, 15), ["fares"]),
        (date(2026, 7, 10), ["fares", "ridership"]),
        (date(2028, 1, 1), ["fares", "ridership", "ban"]),
    ],
)
def test_due_list_follows_the_injected_clock(review_db: Any, today: date, due: list[str]) -> None:
    with review_db.conn() as conn:
        assert [d.claim_id for d in review.due(conn, today)] == [review_db.ids[name] for name in due]


def test_due_item_shows_context(review_db: Any) -> None:
    with review_db.conn() as conn:
        item = review.due(conn, date(2026, 7, 10))[1]
    assert (item.context_before[-13:], item.sentence, item.context_after[:8]) == (
        "Analysts say ",
        "bus ridership may rise.",
        " Critics",
    )
    assert (item.attributed_to, item.outlet, item.horizon_explicit, item.implied_probability) == (
        "Analysts",
        "Gazette",
        False,
        0.45,
    )


def test_verdict_history_is_append_only_and_latest_wins(review_db: Any) -> None:
    fares = review_db.ids["fares"]
    with review_db.conn() as conn:
        first = review.record_verdict(conn, fares, Verdict.FALSE, now=T1, evidence_url="https://ex.org/a", reviewer="ann")
    with review_db.conn() as conn:
        second = review.record_verdict(conn, fares, Verdict.TRUE, now=T2, note="corrected", reviewer="bob")
    assert first.status_change == ForecastChange(fares, "status", "open", "resolved", T1, "ann", "verdict false")
    assert second.status_change is None  # already resolved: only the new outcome row
    assert _rows(review_db, "SELECT verdict, reviewer FROM outcomes WHERE claim_id = :id ORDER BY recorded_at", id=fares) == [
        ("false", "ann"),
        ("true", "bob"),
    ]
    assert _rows(review_db, "SELECT verdict, note FROM latest_outcomes WHERE claim_id = :id", id=fares) == [
        ("true", "corrected")
    ]
    assert _rows(review_db, "SELECT status FROM forecasts WHERE claim_id = :id", id=fares) == [("resolved",)]
    with review_db.conn() as conn:
        assert [d.claim_id for d in review.due(conn, date(2026, 7, 10))] == [review_db.ids["ridership"]]


def test_facts_take_fact_verdicts_only(review_db: Any) -> None:
    fact = review_db.ids["fact"]
    with review_db.conn() as conn:
        review.record_verdict(conn, fact, Verdict.MISLEADING, now=T1)
    assert _rows(review_db, "SELECT verdict FROM latest_outcomes WHERE claim_id = :id", id=fact) == [("misleading",)]
    with review_db.conn() as conn, pytest.raises(ReviewError) as info:
        review.record_verdict(conn, fact, Verdict.PARTLY, now=T2)
    assert str(info.value) == f"claim {fact}: 'partly' is not a verdict for a fact; use one of false, misleading, true"


@pytest.mark.parametrize(
    ("name", "verdict", "message"),
    [
        (
            "ban",
            Verdict.MISLEADING,
            "'misleading' is not a verdict for a forecast; use one of ambiguous, annulled, false, partly, true",
        ),
        ("assessment", Verdict.TRUE, "is an assessment, which no evidence settles; relabel it first if that is wrong"),
    ],
)
def test_refused_verdicts(review_db: Any, name: str, verdict: Verdict, message: str) -> None:
    claim_id = review_db.ids[name]
    with review_db.conn() as conn, pytest.raises(ReviewError) as info:
        review.record_verdict(conn, claim_id, verdict, now=T1)
    assert str(info.value) == f"claim {claim_id}: {message}"
    assert _rows(review_db, "SELECT count(*) FROM outcomes") == [(0,)]


def test_unknown_claim(review_db: Any) -> None:
    with review_db.conn() as conn, pytest.raises(ReviewError) as info:
        review.record_verdict(conn, "nope", Verdict.TRUE, now=T1)
    assert str(info.value) == "claim nope: no such claim; find claim IDs with: claims review --due, or claims sql"


def test_snooze_moves_the_review_and_leaves_a_trace(review_db: Any) -> None:
    ridership = review_db.ids["ridership"]
    with review_db.conn() as conn:
        review.snooze(conn, ridership, date(2026, 9, 1), today=date(2026, 7, 10), now=T1, reviewer="ann", note="wait")
    with review_db.conn() as conn:
        assert [d.claim_id for d in review.due(conn, date(2026, 7, 10))] == [review_db.ids["fares"]]
        assert review.due(conn, date(2026, 9, 1))[1].claim_id == ridership
        assert store.forecast_changes(conn, ridership) == [
            ForecastChange(ridership, "next_review_at", "2026-07-06", "2026-09-01", T1, "ann", "wait")
        ]


@pytest.mark.parametrize(
    ("name", "until", "message"),
    [
        ("ridership", date(2026, 7, 10), "cannot be snoozed to 2026-07-10; pick a date after 2026-07-10"),
        ("fact", date(2026, 9, 1), "is a fact with no forecast schedule; only forecasts can be snoozed or edited"),
    ],
)
def test_refused_snoozes(review_db: Any, name: str, until: date, message: str) -> None:
    claim_id = review_db.ids[name]
    with review_db.conn() as conn, pytest.raises(ReviewError) as info:
        review.snooze(conn, claim_id, until, today=date(2026, 7, 10), now=T1)
    assert str(info.value) == f"claim {claim_id}: {message}"


def test_overrides_of_probability_and_criteria(review_db: Any) -> None:
    ban = review_db.ids["ban"]
    with review_db.conn() as conn:
        review.set_probability(conn, ban, 0.6, now=T1, reviewer="ann")
        review.set_criteria(conn, ban, "  True if  diesel buses are banned from the centre by 2027-12-31. ", now=T2)
    assert _rows(review_db, "SELECT implied_probability, resolution_criteria FROM forecasts WHERE claim_id = :id", id=ban) == [
        (0.6, "True if diesel buses are banned from the centre by 2027-12-31.")
    ]
    assert _rows(
        review_db, "SELECT field, old_value, new_value FROM forecast_changes WHERE claim_id = :id ORDER BY recorded_at", id=ban
    ) == [
        ("implied_probability", "0.95", "0.6"),
        ("resolution_criteria", "True if The ban will start in 2027 by 2027-12-31.",
         "True if diesel buses are banned from the centre by 2027-12-31."),
    ]  # fmt: skip
    with review_db.conn() as conn, pytest.raises(ReviewError, match=r"probability 1.5 is outside \[0, 1\]"):
        review.set_probability(conn, ban, 1.5, now=T2)


def test_relabel_and_export(review_db: Any, tmp_path: Path) -> None:
    assessment, fact = review_db.ids["assessment"], review_db.ids["fact"]
    with review_db.conn() as conn:
        review.relabel(conn, assessment, ClaimType.FORECAST, now=T1, note="misread")
        review.relabel(conn, assessment, ClaimType.FACT, now=T2)  # the newest relabel counts
        review.relabel(conn, fact, ClaimType.ASSESSMENT, now=T1)
    assert _rows(review_db, "SELECT old_type, new_type FROM relabels WHERE claim_id = :id ORDER BY recorded_at", id=assessment) == [
        ("assessment", "forecast"),
        ("forecast", "fact"),
    ]
    out = tmp_path / "relabels.jsonl"
    with review_db.conn() as conn:
        assert review.write_relabel_export(conn, out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = {
        assessment: {"text": "the ban a historic mistake.", "type": "fact", "domain": "relabel", "note": f"relabel {assessment}"},
        fact: {"text": "The council voted 7-2 on Monday to ban diesel buses.", "type": "assessment", "domain": "relabel",
               "note": f"relabel {fact}"},
    }  # fmt: skip
    assert lines == [expected[k] for k in sorted(expected)]
    with review_db.conn() as conn, pytest.raises(ReviewError, match="is already typed assessment; nothing to relabel"):
        review.relabel(conn, fact, ClaimType.ASSESSMENT, now=T2)
