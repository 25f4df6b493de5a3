"""`claims sql`: formats, saved queries, parameters, read-only default, error lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.model import Article, Claim, ClaimType
from claims.store import connect, open_database, save_article

runner = CliRunner()


@pytest.fixture()
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "c.duckdb")
    engine, db = open_database(path)
    article = Article(text="Prices rose 3% in May. Prices will fall.", source_uri="mem://p", outlet="Ledger")
    claims = [
        Claim(article_id=article.article_id, position=i, text=t, sentence=t, char_start=s, char_end=e,
              claim_type=ty, scores=sc, model_version="m", extractor_version="e", attributed_to=src)
        for i, (t, s, e, ty, sc, src) in enumerate([
            ("Prices rose 3% in May.", 0, 22, ClaimType.FACT, (0.9, 0.05, 0.05), None),
            ("Prices will fall.", 23, 40, ClaimType.FORECAST, (0.1, 0.1, 0.8), "the bank"),
        ])
    ]  # fmt: skip
    with connect(engine, db) as conn:
        save_article(conn, article, claims)
    engine.dispose()
    return path


def test_csv_has_one_header_row_and_the_rows(db_path: str) -> None:
    result = runner.invoke(app, ["sql", "SELECT claim_type, text FROM claims ORDER BY position", "--db", db_path, "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout == "claim_type,text\nfact,Prices rose 3% in May.\nforecast,Prices will fall.\n"


def test_json_is_a_list_of_objects_keyed_by_column(db_path: str) -> None:
    result = runner.invoke(app, ["sql", "SELECT position, attributed_to FROM claims ORDER BY 1", "--db", db_path, "-f", "json"])
    assert json.loads(result.stdout) == [{"position": 0, "attributed_to": None}, {"position": 1, "attributed_to": "the bank"}]


def test_saved_query_with_a_named_parameter(db_path: str) -> None:
    result = runner.invoke(app, ["sql", "--saved", "claims_from_source", "-p", "source=BANK", "--db", db_path, "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].endswith(",forecast,the bank,Prices will fall.")


def test_writes_are_refused_unless_asked_for(db_path: str) -> None:
    refused = runner.invoke(app, ["sql", "DELETE FROM claims", "--db", db_path])
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"error: {db_path}: the query changes data but the database is opened read-only; pass --write to allow it\n"
    )
    allowed = runner.invoke(app, ["sql", "DELETE FROM claims WHERE position = 1", "--db", db_path, "--write"])
    assert allowed.exit_code == 0
    left = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM claims", "--db", db_path, "-f", "csv"])
    assert left.stdout == "n\n1\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sql", "SELEC 1"], 'Parser Error: syntax error at or near "SELEC"'),
        (["sql", "SELECT nope FROM claims"], "Binder Error: Referenced column \"nope\" not found in FROM clause!"),
        (["sql", "--saved", "nope"], None),
    ],
)
def test_errors_are_one_line_with_exit_code_1(db_path: str, args: list[str], message: str | None) -> None:
    result = runner.invoke(app, [*args, "--db", db_path])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    if message:
        assert result.stderr == f"error: {db_path}: {message}\n"


def test_missing_database_file_says_what_to_do(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.duckdb")
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", missing])
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: {missing}: does not exist; ingest something first (claims ingest PATH)\n",
    )


def test_bad_usage_exits_2() -> None:
    assert runner.invoke(app, ["sql", "--format", "xml", "SELECT 1"]).exit_code == 2
