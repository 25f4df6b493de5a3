"""The ingest flow: task wiring via .fn(), real runs under the session's Prefect test harness,
two writers at once, and a run killed mid-way then rerun."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.errors import DatabaseLockedError, SourceError, StoreError, TransientSourceError
from claims.pipeline import Failure, IngestSummary
from claims.settings import Settings
from claims.store import Database, connect, make_engine, open_database

SENTENCES = (
    "The ministry said exports rose by {i} percent in March.",
    "Officials expect the new port to open by 2027.",
    "Critics call the plan a costly mistake.",
    "The company will probably cut {i} jobs next year.",
)


def _article(i: int) -> str:
    return " ".join(s.format(i=i) for s in SENTENCES)


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    database = Database(str(db), lock_timeout=60)
    engine = make_engine(database)
    try:
        with connect(engine, database, begin=False) as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- wiring


@pytest.mark.parametrize(
    ("exc", "retry"),
    [
        (TransientSourceError("http://x", "timed out"), True),
        (DatabaseLockedError("a.duckdb", "is locked"), True),
        (SourceError("a.txt", "is empty"), False),
        (StoreError("a.duckdb", "broken"), False),
        (ValueError("a bug"), False),
    ],
)
def test_only_transient_errors_are_retried(exc: Exception, retry: bool) -> None:
    from prefect.states import Failed

    from flows.ingest import retry_if_transient

    assert retry_if_transient(None, None, Failed(data=exc)) is retry  # type: ignore[arg-type]


def test_load_task_loads_a_batch_with_one_result_per_source(tmp_path: Path) -> None:
    from prefect.logging import disable_run_logger

    from claims.model import Article
    from claims.sources import Overrides, Source, SourceKind
    from flows.ingest import load_task, store_task

    (tmp_path / "a.txt").write_text(_article(1), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    batch = [Source(str(tmp_path / name), SourceKind.FILE) for name in ("a.txt", "empty.txt")]
    with disable_run_logger():
        article, error = load_task.fn(batch, Settings(), Overrides(outlet="Wire"), 2)
    assert isinstance(article, Article) and (article.text, article.outlet, article.title) == (_article(1), "Wire", "a")
    assert isinstance(error, SourceError) and str(error) == f"{tmp_path / 'empty.txt'}: is empty"
    # Transient failures are retried inside the task (per source), not by Prefect; stores are retried by Prefect.
    assert (load_task.retries, store_task.retries) == (0, 2)


def test_rerunning_a_store_task_on_its_batch_stores_nothing_twice(tmp_path: Path) -> None:
    from prefect.logging import disable_run_logger

    from claims.classify import load_classifier
    from claims.feedlog import FeedLog
    from claims.model import Article, Claim
    from claims.pipeline import analyse
    from claims.sources import Source, SourceKind
    from flows.ingest import store_task

    class OneClaim:
        name, version = "one", "test"

        def extract_many(self, articles):  # type: ignore[no-untyped-def]
            return [[Claim(article_id=a.article_id, position=0, text=a.text, sentence=a.text, char_start=0,
                           char_end=len(a.text))] for a in articles]  # fmt: skip

    articles = [Article(text=_article(i), source_uri=f"http://wire/story/{i}") for i in (1, 2)]
    sources = [Source(a.source_uri, SourceKind.FEED_ENTRY, feed_url="http://wire/feed", entry_key=f"story-{i}")
               for i, a in zip((1, 2), articles, strict=True)]  # fmt: skip
    items = list(zip(analyse(articles, OneClaim(), load_classifier("keywords")), sources, strict=True))  # type: ignore[arg-type]
    engine, database = open_database(str(tmp_path / "c.duckdb"))
    feeds = FeedLog(engine, database)
    with disable_run_logger():
        first = store_task.fn(items, feeds, False, 2)
        again = store_task.fn(items, feeds, False, 2)  # what a retry after a locked file runs
    engine.dispose()
    assert [(r.stored, r.claims) for r in first] == [(True, 1), (True, 1)]  # type: ignore[union-attr]
    assert [(r.stored, r.claims) for r in again] == [(False, 0), (False, 0)]  # type: ignore[union-attr]
    assert _query(tmp_path / "c.duckdb", "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)") == [(2, 2)]
    assert _query(tmp_path / "c.duckdb", "SELECT entry_key FROM feed_entries ORDER BY 1") == [("story-1",), ("story-2",)]


def test_models_are_cached_by_the_model_settings_not_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import ingest

    built: list[Settings] = []
    monkeypatch.setattr(ingest, "load_components", lambda s: built.append(s) or object())
    ingest._models.cache_clear()
    try:
        first = ingest._components(Settings(db="a.duckdb", model="keywords", workers=2))
        second = ingest._components(Settings(db="b.duckdb", model="keywords", workers=8, lock_timeout=1))
        third = ingest._components(Settings(db="a.duckdb", model="keywords", threads=1))
    finally:
        ingest._models.cache_clear()
    assert first is second and third is not first
    assert built == [Settings(model="keywords"), Settings(model="keywords", threads=1)]


def test_summary_line() -> None:
    from flows.ingest import summary_line

    summary = IngestSummary(stored=2, duplicates=1, failures=(Failure("x", "x: is empty"),),
                            claims_by_type=(("fact", 3), ("assessment", 1), ("forecast", 2)))  # fmt: skip
    assert summary_line(summary) == (
        "stored 2 articles (6 claims: 3 fact, 1 assessment, 2 forecast), 1 already stored, 1 failed"
    )


# --------------------------------------------------------------------------- real runs


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}/story/{i}</link><guid>story-{i}</guid></item>" for i in (1, 2, 3)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def _page(i: int) -> str:
    return f"<html><head><title>Story {i}</title></head><body><article><p>{_article(10 + i)}</p></article></body></html>"


@pytest.fixture
def fast_http(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_HTTP_TIMEOUT", "0.5")


def test_a_run_stores_reports_failures_and_skips_what_it_has_seen(
    prefect_harness, web, fast_http, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    from claims.feedlog import FeedLog
    from claims.sources import Source, SourceKind
    from flows.ingest import ARTIFACT_KEY, ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(_article(1), encoding="utf-8")
    (folder / "b.md").write_text("# B\n\n" + _article(2), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01")
    base = web.url("")
    feed = web.route("/feed.xml", _rss(base), content_type="application/rss+xml")
    for i in (1, 2, 3):
        web.route(f"/story/{i}", _page(i))
    boom = web.route("/boom", "oops", status=500)
    slow = web.route("/slow", _page(9), hang=True)
    db = tmp_path / "claims.duckdb"
    engine, database = open_database(str(db))
    FeedLog(engine, database).mark(Source(f"{base}/story/2", SourceKind.FEED_ENTRY, feed_url=feed, entry_key="story-2"), None)
    engine.dispose()

    state = ingest(paths=[str(folder), feed, boom, slow], db=str(db), model="keywords", return_state=True)
    summary = state.result()
    assert state.is_completed()
    assert (summary.stored, summary.duplicates, summary.failed) == (4, 1, 4)
    assert summary.duplicate_uris == (f"{base}/story/2",)
    assert sorted(f.message for f in summary.failures) == sorted([
        f"{folder / 'blob.txt'}: is a binary file (it contains NUL bytes), not text",
        f"{folder / 'empty.txt'}: is empty",
        f"{boom}: server answered 500 Internal Server Error; try again later",
        f"{slow}: timed out after 0.5s; try again later or raise CLAIMS_HTTP_TIMEOUT",
    ])  # fmt: skip
    assert state.message == (
        f"stored 4 articles ({summary.claims} claims: "
        + ", ".join(f"{n} {t}" for t, n in summary.claims_by_type)
        + "), 1 already stored, 4 failed"
    )
    # Transient failures were retried twice (3 requests); the seen entry was never fetched.
    assert (web.hits["/boom"], web.hits["/slow"], web.hits["/story/2"], web.hits["/story/1"]) == (3, 3, 0, 1)
    stored = _query(db, "SELECT count(*), count(DISTINCT article_id) FROM articles")
    claims = _query(db, "SELECT count(*) FROM claims")
    assert stored == [(4, 4)] and claims == [(summary.claims,)]
    assert summary.claims > 0
    assert sorted(r[0] for r in _query(db, "SELECT entry_key FROM feed_entries")) == ["story-1", "story-2", "story-3"]
    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=[ARTIFACT_KEY]),
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]),
            )
        )
    rows = artifact.data if isinstance(artifact.data, list) else __import__("json").loads(artifact.data)
    assert sorted(r["status"] for r in rows) == ["failed"] * 4 + ["stored"] * 4

    # Second run: files already stored, feed entries already seen: nothing fetched, nothing analysed.
    again = ingest(paths=[str(folder), feed], db=str(db), model="keywords")
    assert (again.stored, again.duplicates, again.failed) == (0, 5, 2)
    assert (web.hits["/feed.xml"], web.hits["/story/1"], web.hits["/story/3"]) == (2, 1, 1)
    assert _query(db, "SELECT count(*) FROM claims") == [(summary.claims,)]


def test_a_run_where_everything_failed_ends_failed_with_its_summary(prefect_harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from flows.ingest import ingest

    (tmp_path / "empty.txt").write_bytes(b"")
    state = ingest(paths=[str(tmp_path / "empty.txt")], db=str(tmp_path / "c.duckdb"), model="keywords", return_state=True)
    assert state.is_failed()
    assert state.message == "stored 0 articles (0 claims: 0 fact, 0 assessment, 0 forecast), 0 already stored, 1 failed"
    summary = state.result(raise_on_failure=False)
    assert [f.message for f in summary.failures] == [f"{tmp_path / 'empty.txt'}: is empty"]


# --------------------------------------------------------------------------- processes


def _env(tmp_path: Path, name: str) -> dict[str, str]:
    home = tmp_path / f"prefect-{name}"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}  # fmt: skip
    return env


def _claims_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from claims.cli import main; main()", *args]


def _folder(root: Path, name: str, n: int, start: int) -> Path:
    folder = root / name
    folder.mkdir()
    for i in range(start, start + n):
        (folder / f"{i:04d}.txt").write_text(_article(i), encoding="utf-8")
    return folder


def test_two_runs_writing_one_file_at_once_both_complete(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    a = _folder(tmp_path, "a", 12, 0)
    b = _folder(tmp_path, "b", 12, 100)
    procs = [
        subprocess.Popen(
            _claims_cmd("ingest", str(folder), "--db", str(db), "--model", "keywords", "--batch-size", "3"),
            env=_env(tmp_path, folder.name), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        for folder in (a, b)
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], "\n".join(err[-3000:] for _, err in outputs)
    assert _query(db, "SELECT count(*), count(DISTINCT content_sha256) FROM articles") == [(24, 24)]
    per_article = _query(db, "SELECT count(DISTINCT article_id) FROM claims")
    assert per_article == [(24,)]


@pytest.fixture
def reference_counts(nlp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Claims per article as a clean in-process analysis finds them (the truth for the kill test)."""
    from claims.classify import load_classifier
    from claims.extract import build_extractor
    from claims.pipeline import analyse

    extractor = build_extractor("rules", nlp=nlp)
    classifier = load_classifier("keywords")

    def count(articles):  # type: ignore[no-untyped-def]
        return {a.article.article_id: len(a.claims) for a in analyse(articles, extractor, classifier)}

    yield count


def test_a_run_killed_mid_way_leaves_whole_articles_and_a_rerun_completes_it(
    tmp_path: Path, reference_counts  # type: ignore[no-untyped-def]
) -> None:
    from claims.sources import iter_documents

    n = 80
    folder = _folder(tmp_path, "many", n, 0)
    db = tmp_path / "killed.duckdb"
    cmd = _claims_cmd("ingest", str(folder), "--db", str(db), "--model", "keywords", "--batch-size", "2")
    # Its own process group, so the kill also takes the temporary Prefect server it started
    # (a server orphaned by the kill would outlive the test run).
    proc = subprocess.Popen(
        cmd, env=_env(tmp_path, "first"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 180
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                stored = _query(db, "SELECT count(*) FROM articles")[0][0]  # type: ignore[assignment]
                if stored >= 6:
                    break
            time.sleep(0.2)  # polling interval, bounded by the deadline
        assert proc.poll() is None, "the run finished before it could be killed; give it more files"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    expected = reference_counts([d for d in iter_documents([str(folder)], settings=Settings())])
    after_kill = dict(_query(db, "SELECT a.article_id, count(c.claim_id) FROM articles a LEFT JOIN claims c USING (article_id) GROUP BY 1"))
    assert 6 <= len(after_kill) < n
    assert {k: expected[k] for k in after_kill} == after_kill  # every stored article is complete

    rerun = subprocess.run(cmd, env=_env(tmp_path, "second"), capture_output=True, text=True, timeout=240)
    assert rerun.returncode == 0, rerun.stderr
    final = dict(_query(db, "SELECT a.article_id, count(c.claim_id) FROM articles a LEFT JOIN claims c USING (article_id) GROUP BY 1"))
    assert final == expected
    assert _query(db, "SELECT count(*) = count(DISTINCT claim_id) FROM claims") == [(True,)]
