"""The review_forecasts flow: due list + report file, under the session's Prefect harness."""

from __future__ import annotations

from pathlib import Path

GOOD = "Officials expect the new port to open by 2027. The company will probably cut jobs next year."


def test_review_lists_due_forecasts_and_writes_the_report(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from flows.ingest import ingest
    from flows.review import review_forecasts

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    stored = ingest(paths=[str(tmp_path / "a.txt")], db=db, model="keywords", published_at="2024-01-01")
    forecasts = dict(stored.claims_by_type)["forecast"]
    assert forecasts > 0
    out = tmp_path / "reports" / "review.md"
    assert review_forecasts(db=db, today="2024-01-02", out=str(out)) == 0
    assert review_forecasts(db=db, today="2031-01-01", out=str(out)) == forecasts
    assert out.read_text(encoding="utf-8").startswith("# Forecast track record — 2031-01-01")
