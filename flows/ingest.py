"""The ``ingest`` flow: files, folders, pages and feeds into the claims database.

Wiring only; every task body is one call into ``claims.*``:

    list    (per input; Prefect retries a TransientError)  -> sources to load
    load    (per batch of ``batch_size`` sources)           -> an Article or a SourceError each
    known   (per batch, in the flow)                        -> skip texts already stored
    analyse (per batch)                                     -> typed claims + forecasts
    store   (per batch; Prefect retries a locked file)      -> one transaction per article

Tasks run per batch, not per document: Prefect's cost is per task run (the API
records each one), and two task runs per article cost more than the 15% target
(bench/README.md). A bad document still fails on its own: the load and store
tasks return one result or error per document, and each document gets its own
row in the table artifact, its line in the summary and its progress callback.

Retries. ``load`` retries inside the task (``claims.sources.load_sources``):
a source that failed transiently (timeout, 5xx) is tried again, with the other
such sources of its batch, up to ``RETRIES`` more times ``RETRY_DELAY_SECONDS``
apart; sources that loaded are not fetched again, and a source that still fails
is a failure for that source only. ``store`` opens the file once for the batch
and stores each article in its own transaction (``claims.pipeline.store_batch``);
a locked file (``DatabaseLockedError``, raised before anything is written) fails
the task and Prefect reruns the whole batch. Rerunning is safe because storing
is idempotent by content hash: an article already written comes back as
"already stored", never twice.

The run ends **Completed** (its message gives the counts) unless every document
failed, then it ends **Failed**; either way its result is the
:class:`IngestSummary`. Results live in DuckDB, not in Prefect's result storage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from claims import pipeline, sources
from claims.components import Components, load_components
from claims.errors import ClaimsError, SourceError, is_transient
from claims.feedlog import FeedLog, store_documents
from claims.model import CLAIM_TYPES, Article
from claims.pipeline import Analysed, IngestSummary
from claims.settings import Settings, load_settings
from claims.store import SaveResult, StoreError, open_database
from flows.runners import current_runs_elsewhere, task_runner

ARTIFACT_KEY = "ingest-claims-per-article"
# Progress hook for an in-process caller (the CLI's progress bar); not a flow parameter.
_on_document: Callable[[str], None] | None = None
RETRIES = 2
RETRY_DELAY_SECONDS = 1


def retry_if_transient(task: Any, task_run: TaskRun, state: State[Any]) -> bool:
    """Retry condition: only TransientError (timeouts, 5xx, a locked file) is worth another try."""
    try:
        state.result()
    except BaseException as exc:  # noqa: BLE001 - we only classify the failure here
        return is_transient(exc)
    return False


def _threads(workers: int) -> Any:
    """Bounded parallelism for loads and stores (the model batch runs in the flow's thread)."""
    return ThreadPoolTaskRunner(max_workers=max(1, workers))


def _run_name() -> str:
    paths = list(flow_run.parameters.get("paths") or [])
    first = paths[0] if paths else "nothing"
    more = f" +{len(paths) - 1}" if len(paths) > 1 else ""
    return f"ingest {first}{more}"


def _model_settings(settings: Settings) -> Settings:
    """Only the settings the models are built from: runs on other database files share one set."""
    return Settings(
        spacy_model=settings.spacy_model, model=settings.model, batch_size=settings.batch_size, threads=settings.threads,
        extractor=settings.extractor, llm_url=settings.llm_url, llm_model=settings.llm_model,
        llm_api_key_env=settings.llm_api_key_env, http_timeout=settings.http_timeout,
    )  # fmt: skip


@lru_cache(maxsize=2)
def _models(settings: Settings) -> Components:
    return load_components(settings)


def _components(settings: Settings) -> Components:
    """Extractor and classifier, built once per process (not per task, nor per database)."""
    return _models(_model_settings(settings))


@task(
    task_run_name="list {target}",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAY_SECONDS,
    retry_condition_fn=retry_if_transient,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def list_task(target: str, settings: Settings, feeds: FeedLog) -> sources.Listing:
    listing = sources.list_sources(target, settings=settings, seen=feeds.seen)
    get_run_logger().info("%s: %d to load, %d skipped", target, len(listing.sources), len(listing.skipped))
    return listing


@task(task_run_name="load {n} sources", cache_policy=NO_CACHE, persist_result=False)
def load_task(
    batch: list[sources.Source], settings: Settings, overrides: sources.Overrides, n: int
) -> list[Article | SourceError]:
    """No Prefect retries: transient failures are retried per source inside (see the module docstring)."""
    loaded = sources.load_sources(
        batch, settings=settings, overrides=overrides, retries=RETRIES, retry_delay=RETRY_DELAY_SECONDS
    )
    get_run_logger().info("loaded %d of %d sources", sum(isinstance(a, Article) for a in loaded), n)
    return loaded


@task(
    task_run_name="analyse {n} articles",
    retries=RETRIES,  # an LLM endpoint that is down or overloaded (the rules extractor never is)
    retry_delay_seconds=RETRY_DELAY_SECONDS,
    retry_condition_fn=retry_if_transient,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def analyse_task(articles: list[Article], settings: Settings, n: int) -> list[Analysed]:
    models = _components(settings)
    analysed = pipeline.analyse(
        articles, models.extractor, models.classifier, review_interval_days=settings.review_interval_days
    )
    get_run_logger().info("analysed %d articles: %d claims", n, sum(len(a.claims) for a in analysed))
    return analysed


@task(
    task_run_name="store {n} articles",
    retries=RETRIES,
    retry_delay_seconds=RETRY_DELAY_SECONDS,
    retry_condition_fn=retry_if_transient,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def store_task(
    items: list[tuple[Analysed, sources.Source]], feeds: FeedLog, replace: bool, n: int
) -> list[SaveResult | StoreError]:
    results = store_documents(feeds.engine, feeds.db, items, replace=replace)
    stored = [r for r in results if isinstance(r, SaveResult) and r.stored]
    get_run_logger().info("stored %d of %d articles: %d claims", len(stored), n, sum(r.claims for r in stored))
    return results


def _done(uri: str) -> None:
    if _on_document is not None:
        _on_document(uri)


def _outcome(future: PrefectFuture[Any]) -> Any:
    """The task's value, or the ClaimsError it ended with (other exceptions are bugs and propagate)."""
    try:
        return future.result()
    except ClaimsError as exc:
        return exc


def _each(future: PrefectFuture[Any], n: int) -> list[Any]:
    """A batch task's value (one item per document), or the ClaimsError it ended with, once per document."""
    value = _outcome(future)
    return [value] * n if isinstance(value, ClaimsError) else list(value)


def _submit(task_: Any, *args: Any) -> Any:
    """Submit to the task runner; with one that runs tasks in other processes (Dask), tasks that hold
    the database engine run here instead (DuckDB has one writing process): a finished state."""
    if current_runs_elsewhere():
        return task_(*args, return_state=True)
    return task_.submit(*args)


def _analyse(articles: list[Article], settings: Settings) -> list[Analysed]:
    """One analyse task in the flow's thread; with Dask, the batch split across ``settings.workers`` workers."""
    if not current_runs_elsewhere():
        return analyse_task(articles, settings, len(articles))
    size = -(-len(articles) // max(1, settings.workers))
    parts = [articles[i : i + size] for i in range(0, len(articles), size)]
    futures = [analyse_task.submit(part, settings, len(part)) for part in parts]
    analysed = [item for future in futures for item in future.result()]
    # Results come back as copies; the flow finds each article's source by the article object.
    return [replace(item, article=article) for item, article in zip(analysed, articles, strict=True)]


def _chunks(items: Sequence[sources.Source], size: int) -> list[Sequence[sources.Source]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _row(uri: str, article_id: str, status: str, counts: dict[str, int]) -> dict[str, Any]:
    return {"source": uri, "article_id": article_id, "status": status} | {
        str(t): counts.get(str(t), 0) for t in CLAIM_TYPES
    }


@flow(
    name="ingest",
    flow_run_name=_run_name,
    task_runner=_threads(Settings().workers),
    persist_result=False,
    log_prints=False,
    validate_parameters=True,
)
def ingest(
    paths: list[str],
    db: str | None = None,
    model: str | None = None,
    outlet: str | None = None,
    published_at: str | None = None,
    title: str | None = None,
    batch_size: int = 16,
    workers: int | None = None,
    replace: bool = False,
    extractor: str | None = None,
) -> IngestSummary:
    """Ingest files, folders, page URLs and feed URLs into the claims database."""
    logger = get_run_logger()
    settings = load_settings(db=db, model=model, workers=workers, extractor=extractor)
    overrides = sources.Overrides(title=title, outlet=outlet, published_at=sources.parse_published(published_at))
    engine, database = open_database(settings.db, lock_timeout=settings.lock_timeout)
    feeds = FeedLog(engine, database)
    summary = IngestSummary()
    rows: list[dict[str, Any]] = []
    skipped: list[sources.Skipped] = []

    to_load: list[sources.Source] = []
    for target, listed in [(t, _outcome(_submit(list_task, t, settings, feeds))) for t in paths]:
        if isinstance(listed, ClaimsError):
            summary = summary.merge(IngestSummary.of_failure(target, str(listed)))
            rows.append(_row(target, "", "failed", {}))
            _done(target)
            continue
        to_load.extend(listed.sources)
        skipped.extend(listed.skipped)
    seen_entries = tuple(s.uri for s in skipped if s.reason == sources.SEEN_REASON)
    summary = summary.merge(IngestSummary(duplicates=len(seen_entries), duplicate_uris=seen_entries))

    for batch in _chunks(to_load, max(1, batch_size)):
        values = _each(_submit(load_task, quote(list(batch)), settings, overrides, len(batch)), len(batch))
        loaded: list[tuple[sources.Source, Article]] = []
        for source, value in zip(batch, values, strict=True):
            if isinstance(value, Article):
                loaded.append((source, value))
            else:
                summary = summary.merge(IngestSummary.of_failure(source.uri, str(value)))
                rows.append(_row(source.uri, "", "failed", {}))
                if isinstance(value, SourceError):
                    feeds.settle_failure(source, value)
                _done(source.uri)
        articles = [a for _, a in loaded]
        new, old = pipeline.split_known(engine, database, articles) if not replace else (articles, [])
        by_article = {id(a): s for s, a in loaded}
        for article in old:
            summary = summary.merge(IngestSummary(duplicates=1, duplicate_uris=(article.source_uri,)))
            feeds.mark(by_article[id(article)], article.article_id)
            rows.append(_row(article.source_uri, article.article_id, "already stored", {}))
            _done(article.source_uri)
        if not new:
            continue
        analysed = _analyse(new, settings)
        # One store task at a time: DuckDB takes one writer anyway, and concurrent Arrow
        # registrations on one database instance fail (python_arrow_scan not found).
        items = [(item, by_article[id(item.article)]) for item in analysed]
        stored = _each(_submit(store_task, quote(items), feeds, replace, len(items)), len(items))
        for item, value in zip(analysed, stored, strict=True):
            uri = item.article.source_uri
            if isinstance(value, ClaimsError):
                summary = summary.merge(IngestSummary.of_failure(uri, str(value)))
                rows.append(_row(uri, item.article.article_id, "failed", {}))
            else:
                summary = summary.merge(IngestSummary.of_result(uri, value))
                status = "stored" if value.stored else "already stored"
                rows.append(_row(uri, value.article_id, status, dict(value.by_type)))
            _done(uri)
    engine.dispose()

    if skipped:
        logger.info("skipped %d: %s", len(skipped), "; ".join(f"{s.uri} ({s.reason})" for s in skipped[:20]))
    for failure in summary.failures:
        logger.warning("failed: %s", failure.message)
    create_table_artifact(table=rows, key=ARTIFACT_KEY, description=summary_line(summary))
    message = summary_line(summary)
    logger.info(message)
    if summary.failed and not summary.stored and not summary.duplicates:
        return Failed(message=message, data=summary)  # type: ignore[return-value]
    return Completed(message=message, data=summary)  # type: ignore[return-value]


def run_ingest(
    paths: list[str],
    *,
    workers: int,
    on_document: Callable[[str], None] | None = None,
    runner: str = "threads",
    address: str | None = None,
    **parameters: Any,
) -> IngestSummary:
    """Run the ingest flow in this process with ``workers`` threads; the CLI's entry point.

    ``runner="dask"`` fans analysis out over ``workers`` Dask processes (a
    LocalCluster, or the scheduler at ``address``); see :mod:`flows.runners`.

    Returns the summary whether the run ended Completed or Failed; an error that
    stopped the whole run (a locked database, a bad setting) is raised.
    """
    global _on_document
    _on_document = on_document
    try:
        runner_ = ingest.with_options(task_runner=task_runner(runner, workers, address=address))
        state = runner_(paths=paths, workers=workers, return_state=True, **parameters)
    finally:
        _on_document = None
    result = state.result(raise_on_failure=False)
    if isinstance(result, IngestSummary):
        return result
    if isinstance(result, BaseException):
        raise result
    raise RuntimeError(f"ingest flow ended {state.type} without a summary: {state.message}")


def summary_line(summary: IngestSummary) -> str:
    per_type = ", ".join(f"{n} {t}" for t, n in summary.claims_by_type)
    return (
        f"stored {summary.stored} articles ({summary.claims} claims: {per_type}), "
        f"{summary.duplicates} already stored, {summary.failed} failed"
    )


__all__ = ["ARTIFACT_KEY", "ingest", "run_ingest", "retry_if_transient", "summary_line"]
