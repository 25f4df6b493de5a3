"""claims ingest: files, folders and pages in; a table and one line per failure on stderr; exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app

GOOD = (
    "The ministry said exports rose by four percent in March. "
    "Officials expect the new port to open by 2027. Critics call the plan a costly mistake."
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _table(stderr: str) -> dict[str, int]:
    return {m[0].strip(): int(m[1]) for m in re.findall(r"│ ([a-z ]+?)\s+│ (\d+)\s+│", stderr)}


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    from claims.store import Database, connect, make_engine

    database = Database(str(db))
    engine = make_engine(database)
    with connect(engine, database, begin=False) as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return rows


def test_bad_inputs_fail_one_line_each_the_rest_is_stored_and_nothing_stored_is_touched(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    first = tmp_path / "first.txt"
    first.write_text(GOOD, encoding="utf-8")
    code, _, _ = _run("ingest", str(first), "--db", str(db), "--model", "keywords", "--no-prefect")
    assert code == 0
    before = _rows(db, "SELECT claim_id, claim_type, created_at FROM claims ORDER BY claim_id")

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "again.txt").write_text(GOOD, encoding="utf-8")  # same text: a duplicate
    (folder / "new.md").write_text("# New\n\n" + GOOD.replace("four", "nine"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "latin1.txt").write_bytes("naïve".encode("latin-1"))
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    (folder / "notes.docx").write_bytes(b"PK")
    missing = tmp_path / "missing.txt"

    code, stdout, stderr = _run("ingest", str(folder), str(missing), "--db", str(db), "--model", "keywords", "--no-prefect")
    assert code == 1
    assert stdout == ""
    assert [line for line in stderr.splitlines() if line.startswith(("failed:", "already stored:"))] == [
        f"already stored: {folder / 'again.txt'}",
        f"failed: {folder / 'binary.txt'}: is a binary file (it contains NUL bytes), not text",
        f"failed: {folder / 'empty.txt'}: is empty",
        f"failed: {folder / 'huge.txt'}: is 50.0 MB, over the 5 MB limit; split it or raise CLAIMS_MAX_BYTES",
        f"failed: {folder / 'latin1.txt'}: is not valid UTF-8 (byte 0xef at offset 2); convert it to UTF-8 first",
        f"failed: {missing}: does not exist; check the path",
    ]
    table = _table(stderr)
    assert (table["stored"], table["already stored"], table["failed"]) == (1, 1, 5)
    assert _rows(db, "SELECT count(*) FROM articles") == [(2,)]
    after = _rows(db, "SELECT claim_id, claim_type, created_at FROM claims ORDER BY claim_id")
    assert [r for r in after if r in before] == before  # the first article's claims are untouched


def test_quiet_keeps_failures_but_drops_the_table(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, stderr = _run("--quiet", "ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "c.duckdb"),
                           "--model", "keywords", "--no-prefect")  # fmt: skip
    assert (code, stderr) == (1, f"failed: {tmp_path / 'empty.txt'}: is empty\n")


def test_a_bad_published_date_is_an_error_before_anything_runs(tmp_path: Path) -> None:
    code, _, stderr = _run("ingest", str(tmp_path), "--published", "last week", "--db", str(tmp_path / "c.duckdb"))
    assert (code, stderr) == (
        1, "error: published: 'last week' is not an ISO date; use e.g. 2024-05-01 or 2024-05-01T09:30\n"
    )  # fmt: skip
    assert not (tmp_path / "c.duckdb").exists()


def test_a_page_with_scripts_stores_only_its_main_text(web, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = web.route(
        "/story",
        "<html><head><title>Port</title><script>var tracking = 'SCRIPT-TEXT';</script></head><body>"
        f"<article><h1>Port plans</h1><p>{GOOD}</p><script>alert('SCRIPT-TEXT')</script></article></body></html>",
    )
    db = tmp_path / "c.duckdb"
    code, _, stderr = _run("ingest", url, "--db", str(db), "--model", "keywords", "--no-prefect",
                           "--outlet", "Harbour News", "--published", "2024-05-01")  # fmt: skip
    assert code == 0, stderr
    ((text, title, outlet, published),) = _rows(db, "SELECT text, title, outlet, published_at FROM articles")
    assert "SCRIPT-TEXT" not in text and GOOD in text
    assert (title, outlet, str(published)[:10]) == ("Port plans", "Harbour News", "2024-05-01")


@pytest.mark.usefixtures("prefect_harness")
def test_the_default_path_runs_the_prefect_flow_quietly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")  # same text twice: one is a duplicate
    db = tmp_path / "c.duckdb"
    code, stdout, stderr = _run("ingest", str(tmp_path), "--db", str(db), "--model", "keywords")
    assert code == 0, stderr
    assert stdout == ""
    assert "INFO" not in stderr and "Traceback" not in stderr  # Prefect's logs stay in Prefect
    table = _table(stderr)
    assert (table["stored"], table["already stored"], table["failed"]) == (1, 1, 0)
    assert table["fact claims"] + table["assessment claims"] + table["forecast claims"] == _rows(
        db, "SELECT count(*) FROM claims"
    )[0][0]
    assert f"already stored: {tmp_path / 'b.txt'}" in stderr.splitlines()
