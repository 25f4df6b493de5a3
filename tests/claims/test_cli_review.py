"""The review commands end to end: CliRunner against a real temporary DuckDB file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text
from typer.testing import CliRunner

from claims.cli import app

runner = CliRunner()


def _rows(handle: Any, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with handle.conn() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_due_listing_as_csv(review_db: Any) -> None:
    result = runner.invoke(app, ["review", "--due", "--format", "csv", "--today", "2026-07-10", "--db", review_db.path])
    assert result.exit_code == 0, result.output
    ids = review_db.ids
    assert result.stdout.splitlines() == [
        "claim_id,next_review_at,resolve_by,horizon,explicit,implied_probability,source,outlet,title,claim,resolution_criteria",
        f"{ids['fares']},2026-02-15,2026-02-15,next week,True,0.95,the operator,Courier,Fares up again,"
        "Fares will rise again next week,True if Fares will rise again next week by 2026-02-15.",
        f"{ids['ridership']},2026-07-06,2026-07-06,,False,0.45,Analysts,Gazette,Council bans diesel buses,"
        "bus ridership may rise.,True if bus ridership may rise by 2026-07-06 (no horizon stated).",
    ]
    assert result.stderr == "2 forecasts due on 2026-07-10\n"


def test_interactive_review_is_resumable(review_db: Any) -> None:
    ids = review_db.ids
    args = ["review", "--today", "2026-07-10", "--reviewer", "ann", "--db", review_db.path]
    # First pass: a bad key is asked again; fares judged false with evidence; ridership skipped.
    first = runner.invoke(app, args, input="x\nf\nhttps://ex.org/fares\nfares held\nk\n")
    assert first.exit_code == 0, first.output
    assert "press one of t, f, p, a, n, s, k, q" in first.output
    assert "forecast 1/2" in first.stdout and "forecast 2/2" in first.stdout
    assert "Fares went up in January. " in first.stdout  # the article around the sentence
    assert "none stated (periodic review)" in first.stdout
    assert first.stderr.splitlines()[-1] == "judged 1, snoozed 0, skipped 1; 1 still due"
    assert _rows(review_db, "SELECT claim_id, verdict, evidence_url, note, reviewer FROM outcomes") == [
        (ids["fares"], "false", "https://ex.org/fares", "fares held", "ann")
    ]
    # Second pass: only the skipped forecast comes back; snooze it.
    second = runner.invoke(app, args, input="s\n2026-09-01\nwait for data\n")
    assert second.exit_code == 0, second.output
    assert "forecast 1/1" in second.stdout and ids["ridership"] in second.stdout
    assert _rows(review_db, "SELECT next_review_at::VARCHAR FROM forecasts WHERE claim_id = :id", id=ids["ridership"]) == [
        ("2026-09-01",)
    ]
    assert _rows(review_db, "SELECT field, new_value, reviewer, note FROM forecast_changes WHERE claim_id = :id",
                 id=ids["ridership"]) == [("next_review_at", "2026-09-01", "ann", "wait for data")]  # fmt: skip
    # Third pass: nothing left.
    third = runner.invoke(app, args, input="")
    assert (third.exit_code, third.stderr) == (0, "nothing due on 2026-07-10\n")


def test_quit_leaves_everything_due(review_db: Any) -> None:
    result = runner.invoke(app, ["review", "--today", "2026-07-10", "--db", review_db.path], input="q\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == "judged 0, snoozed 0, skipped 0; 2 still due"
    assert _rows(review_db, "SELECT count(*) FROM outcomes") == [(0,)]


def test_yes_never_prompts(review_db: Any) -> None:
    result = runner.invoke(app, ["review", "--yes", "-f", "json", "--today", "2026-02-15", "--db", review_db.path])
    assert result.exit_code == 0, result.output
    assert [row["claim_id"] for row in json.loads(result.stdout)] == [review_db.ids["fares"]]


def test_resolve_snooze_and_forecast_set(review_db: Any) -> None:
    ban, db = review_db.ids["ban"], review_db.path
    result = runner.invoke(app, ["forecast-set", ban, "--probability", "0.6", "--criteria", "True if the ban starts by 2027-12-31.",
                                 "--db", db])  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, f"updated forecast {ban}\n")
    result = runner.invoke(app, ["snooze", ban, "--until", "2028-03-01", "--today", "2026-07-10", "--db", db])
    assert (result.exit_code, result.stderr) == (0, f"snoozed {ban} until 2028-03-01\n")
    result = runner.invoke(app, ["resolve", ban, "--verdict", "true", "--evidence", "https://ex.org/ban", "--note", "started",
                                 "--reviewer", "bob", "--db", db])  # fmt: skip
    assert (result.exit_code, result.stderr) == (0, f"recorded true for {ban}; forecast resolved\n")
    assert _rows(review_db, "SELECT field FROM forecast_changes WHERE claim_id = :id ORDER BY recorded_at, field", id=ban) == [
        ("implied_probability",), ("resolution_criteria",), ("next_review_at",), ("status",),
    ]  # fmt: skip
    assert _rows(review_db, "SELECT implied_probability, status FROM forecasts WHERE claim_id = :id", id=ban) == [
        (0.6, "resolved")
    ]


def test_error_lines(review_db: Any) -> None:
    db, ban = review_db.path, review_db.ids["ban"]
    result = runner.invoke(app, ["resolve", "nope", "--verdict", "true", "--db", db])
    assert (result.exit_code, result.stderr) == (
        1,
        "error: claim nope: no such claim; find claim IDs with: claims review --due, or claims sql\n",
    )
    result = runner.invoke(app, ["resolve", ban, "--verdict", "misleading", "--db", db])
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: claim {ban}: 'misleading' is not a verdict for a forecast; use one of ambiguous, annulled, false, partly, true\n",
    )
    result = runner.invoke(app, ["forecast-set", ban, "--db", db])
    assert result.exit_code == 2


def test_relabel_and_export(review_db: Any, tmp_path: Path) -> None:
    fact, db = review_db.ids["fact"], review_db.path
    result = runner.invoke(app, ["relabel", fact, "assessment", "--note", "evaluative", "--db", db])
    assert (result.exit_code, result.stderr) == (0, f"relabelled {fact}: fact -> assessment\n")
    out = tmp_path / "relabels.jsonl"
    result = runner.invoke(app, ["relabel", "--export", str(out), "--db", db])
    assert (result.exit_code, result.stderr) == (0, f"wrote 1 relabelled claims to {out}\n")
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "text": "The council voted 7-2 on Monday to ban diesel buses.",
        "type": "assessment",
        "domain": "relabel",
        "note": f"relabel {fact}",
    }


def test_report_markdown_and_html(review_db: Any, tmp_path: Path) -> None:
    db = review_db.path
    runner.invoke(app, ["resolve", review_db.ids["fares"], "--verdict", "false", "--db", db])
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["report", "--out", str(out), "--today", "2026-07-10", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out}\nwrote {tmp_path / 'report-calibration.png'}\n"
    body = out.read_text(encoding="utf-8")
    assert body.startswith("# Forecast track record — 2026-07-10\n")
    assert "| Courier | 1 | 0 | 0% | 0.902 |" in body
    html = runner.invoke(app, ["report", "--format", "html", "--today", "2026-07-10", "--db", db])
    assert html.exit_code == 0
    assert html.stdout.startswith("<!doctype html>") and "data:image/png;base64," in html.stdout
