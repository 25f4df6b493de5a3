"""The ``review_forecasts`` flow: which forecasts are due for review, plus the track-record report.

Wiring only: the due list comes from ``claims.review.due`` and the report from
``claims.report``; the flow publishes the due list as a table artifact, the
report as a Markdown artifact, and writes the report file. Verdicts are
recorded by a person with ``claims review``; this flow never decides one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from claims.settings import load_settings
from claims.store import Database, DueForecast, connect, open_database

DUE_ARTIFACT_KEY = "forecasts-due"
REPORT_ARTIFACT_KEY = "forecast-report"


@task(task_run_name="due on {today}", cache_policy=NO_CACHE, persist_result=False)
def due_task(engine: Any, db: Database, today: date) -> list[DueForecast]:
    from claims.review import due

    with connect(engine, db, begin=False) as conn:
        found = due(conn, today)
    get_run_logger().info("%d forecasts due on %s: %s", len(found), today, ", ".join(f.claim_id for f in found[:50]))
    return found


@task(task_run_name="report to {out}", cache_policy=NO_CACHE, persist_result=False)
def report_task(engine: Any, db: Database, today: date, out: str) -> str:
    from claims.report import ReportFormat, load_report, write_report

    with connect(engine, db, begin=False) as conn:
        report = load_report(conn, today)
    rendered, written = write_report(report, ReportFormat.MD, out)
    get_run_logger().info("wrote %s", ", ".join(str(p) for p in written))
    return rendered


def _due_row(item: DueForecast) -> dict[str, Any]:
    return {
        "claim_id": item.claim_id,
        "claim": item.text,
        "resolve_by": item.resolve_by.isoformat(),
        "next_review_at": item.next_review_at.isoformat(),
        "outlet": item.outlet or "",
        "source": item.source_uri,
    }


@flow(name="review-forecasts", flow_run_name="review forecasts {today}", persist_result=False)
def review_forecasts(db: str | None = None, today: str | None = None, out: str = "reports/forecast-review.md") -> int:
    """List forecasts whose review date has come and write the track-record report; returns how many are due."""
    settings = load_settings(db=db)
    day = date.fromisoformat(today) if today else date.today()
    engine, database = open_database(settings.db, lock_timeout=settings.lock_timeout)
    found = due_task(engine, database, day)
    rendered = report_task(engine, database, day, out)
    engine.dispose()
    create_table_artifact(
        table=[_due_row(f) for f in found], key=DUE_ARTIFACT_KEY, description=f"{len(found)} forecasts due on {day}"
    )
    create_markdown_artifact(markdown=rendered, key=REPORT_ARTIFACT_KEY, description=f"forecast report {day}")
    get_run_logger().info("%d forecasts due; report in %s", len(found), out)
    return len(found)
