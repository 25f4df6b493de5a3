"""Track-record arithmetic on a small hand-computed case, and the rendered report."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from claims import report, review
from claims.model import Verdict
from claims.report import CalibrationBin, ReportFormat, Scores
from claims.store import ForecastRecord

TODAY = date(2026, 6, 1)

# Five scored forecasts: 0.95 came true twice and failed once, 0.2 failed once and came true once.
# Brier = (0.05² + 0.05² + 0.95² + 0.2² + 0.8²) / 5 = 1.5875 / 5 = 0.3175.
# Base rate 3/5: uncertainty = 0.6 · 0.4 = 0.24.
# Reliability = (3 · (0.95 - 2/3)² + 2 · (0.2 - 1/2)²) / 5 = (867/3600 + 0.18) / 5 = 0.0841666…
# Resolution = (3 · (2/3 - 3/5)² + 2 · (1/2 - 3/5)²) / 5 = (1/75 + 0.02) / 5 = 0.0066666…
PAIRS = [(0.95, 1), (0.95, 1), (0.95, 0), (0.2, 0), (0.2, 1)]


def test_brier_and_murphy_decomposition() -> None:
    got = report.murphy_decomposition(PAIRS)
    assert (got.brier, got.reliability, got.resolution, got.uncertainty) == pytest.approx(
        (0.3175, 0.0841666666666667, 0.0066666666666667, 0.24), abs=1e-12
    )
    assert got.reliability - got.resolution + got.uncertainty == pytest.approx(got.brier, abs=1e-12)
    assert report.brier_score([(1.0, 1), (0.0, 1)]) == 0.5


def test_calibration_bins() -> None:
    bins = report.calibration_bins(PAIRS, bins=5)
    assert bins == (
        CalibrationBin(0.0, 0.2, 0, None, None),
        CalibrationBin(0.2, 0.4, 2, pytest.approx(0.2), 0.5),  # type: ignore[arg-type]
        CalibrationBin(0.4, 0.6, 0, None, None),
        CalibrationBin(0.6, 0.8, 0, None, None),
        CalibrationBin(0.8, 1.0, 3, pytest.approx(0.95), pytest.approx(2 / 3)),  # type: ignore[arg-type]
    )


def _record(claim_id: str, p: float | None, verdict: str | None, *, resolve_by: date = date(2026, 1, 1),
            source: str | None = "analysts", outlet: str | None = "Gazette", status: str = "resolved",
            next_review_at: date | None = None, looked_at: bool = True) -> ForecastRecord:  # fmt: skip
    return ForecastRecord(claim_id, f"forecast {claim_id}", source, outlet, None, resolve_by,
                          next_review_at or resolve_by, p, status, verdict, looked_at)  # fmt: skip


def test_build_report_scores_only_passed_true_or_false() -> None:
    records = [
        _record("a", 0.95, "true"),
        _record("b", 0.95, "true", source=None),
        _record("c", 0.95, "false", outlet="Courier"),
        _record("d", 0.2, "false"),  # leaned no, did not happen: a hit
        _record("e", 0.2, "true", outlet="Courier"),
        _record("f", 0.7, "partly"),  # listed, not scored
        _record("g", 0.9, "true", resolve_by=date(2026, 12, 31)),  # judged early: listed, not scored
        _record("h", 0.5, None, status="open", resolve_by=date(2026, 3, 1), looked_at=True),
        _record("i", 0.5, None, status="open", resolve_by=date(2026, 4, 1), looked_at=False),
        _record("j", 0.5, None, status="open", resolve_by=date(2027, 1, 1)),  # not due
    ]
    got = report.build_report(records, [("2026-01", "forecast", 10)], TODAY)
    assert got.overall == Scores(n=5, hits=3, hit_rate=0.6, brier=pytest.approx(0.3175), n_brier=5)  # type: ignore[arg-type]
    assert got.by_source == (
        ("analysts", Scores(4, 2, 0.5, pytest.approx((0.0025 + 0.9025 + 0.04 + 0.64) / 4), 4)),  # type: ignore[arg-type]
        ("(unattributed)", Scores(1, 1, 1.0, pytest.approx(0.0025), 1)),  # type: ignore[arg-type]
    )
    assert [(name, s.n, s.hits) for name, s in got.by_outlet] == [("Gazette", 3, 3), ("Courier", 2, 0)]
    assert [r.claim_id for r in got.attention] == ["i", "h"]  # overdue and never looked at first
    assert [(r.claim_id, why) for r, why in got.not_scored] == [
        ("f", "verdict partly"),
        ("g", "judged before its horizon (2026-12-31)"),
    ]
    assert got.open_not_due == 1


def test_report_from_the_database(review_db: Any, tmp_path: Path) -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with review_db.conn() as conn:
        review.record_verdict(conn, review_db.ids["fares"], Verdict.TRUE, now=now, evidence_url="https://ex.org/f")
    with review_db.conn() as conn:
        got = report.load_report(conn, date(2026, 7, 10))
    assert got.overall == Scores(1, 1, 1.0, pytest.approx(0.0025), 1)  # type: ignore[arg-type]
    assert [r.claim_id for r in got.attention] == [review_db.ids["ridership"]]
    assert got.counts_by_month == (
        ("2026-01", "assessment", 1), ("2026-01", "fact", 1), ("2026-01", "forecast", 2),
        ("2026-02", "fact", 1), ("2026-02", "forecast", 1),
    )  # fmt: skip
    text, written = report.write_report(got, ReportFormat.MD, tmp_path / "out" / "report.md")
    assert written == [tmp_path / "out" / "report.md", tmp_path / "out" / "report-calibration.png"]
    assert written[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "![calibration plot](report-calibration.png)" in text
    assert "| the operator | 1 | 1 | 100% | 0.003 |" in text
    page, none_written = report.write_report(got, ReportFormat.HTML)
    assert none_written == []
    assert '<img alt="calibration plot" src="data:image/png;base64,iVBOR' in page


def test_score_views_agree_with_the_report(review_db: Any) -> None:
    from sqlalchemy import text

    # Judge every forecast, then compare the SQL views (which use current_date) with the Python report.
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with review_db.conn() as conn:
        review.record_verdict(conn, review_db.ids["fares"], Verdict.TRUE, now=now)
        review.record_verdict(conn, review_db.ids["ridership"], Verdict.FALSE, now=now)
        review.record_verdict(conn, review_db.ids["ban"], Verdict.TRUE, now=now)
    with review_db.conn() as conn:
        today = conn.execute(text("SELECT current_date")).scalar_one()
        expected = report.load_report(conn, today)
        by_source = [tuple(r) for r in conn.execute(text("SELECT * FROM forecast_scores_by_source"))]
        by_outlet = [tuple(r) for r in conn.execute(text("SELECT * FROM forecast_scores_by_outlet"))]
        overdue = [tuple(r) for r in conn.execute(text("SELECT claim_id FROM forecasts_overdue"))]
    assert by_source == [(name, s.n, s.hits, pytest.approx(s.hit_rate), pytest.approx(s.brier)) for name, s in expected.by_source]
    assert by_outlet == [(name, s.n, s.hits, pytest.approx(s.hit_rate), pytest.approx(s.brier)) for name, s in expected.by_outlet]
    assert overdue == []  # every forecast is resolved


def test_overdue_view_lists_unseen_first(review_db: Any) -> None:
    from sqlalchemy import text

    with review_db.conn() as conn:
        conn.execute(text("UPDATE forecasts SET resolve_by = DATE '2000-01-01', next_review_at = DATE '2000-01-01'"))
        review.set_criteria(conn, review_db.ids["ban"], "True if the ban starts.", now=datetime(2026, 3, 1, tzinfo=UTC))
    with review_db.conn() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT claim_id, looked_at FROM forecasts_overdue"))]
    ids = review_db.ids
    assert rows == sorted([(ids["fares"], False), (ids["ridership"], False)]) + [(ids["ban"], True)]
