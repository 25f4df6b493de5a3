"""Which feed entries were seen, so a feed polled every 30 minutes fetches only new entries.

An entry is marked with its article (in the article's own transaction when a
batch is stored with :func:`store_documents`), after its text was found already
stored, or after it failed for good (a 404, a PDF): those are not fetched again. An entry
that failed for a transient reason (timeout, 5xx) stays unmarked and is tried
on the next poll. Marking after storing means a run killed mid-way refetches at
most the entries it had not finished; the content hash keeps them single.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from claims.errors import SourceError, is_transient
from claims.model import Article
from claims.pipeline import Analysed, IngestSummary, ingest, store_batch
from claims.settings import Settings
from claims.sources import SEEN_REASON, Overrides, Skipped, Source, iter_loaded
from claims.store import (
    Database,
    FeedEntry,
    SaveResult,
    StoreError,
    connect,
    known_hashes,
    mark_feed_entry,
    open_database,
    seen_feed_entries,
)

if TYPE_CHECKING:
    from claims.store import Engine

    from claims.components import Components


class FeedLog:
    """The ``feed_entries`` table, seen from a loader: ``seen`` before fetching, ``mark`` after storing."""

    def __init__(self, engine: Engine, db: Database) -> None:
        self.engine = engine
        self.db = db

    def seen(self, keys: Sequence[str]) -> set[str]:
        """The entry keys among ``keys`` marked before."""
        with connect(self.engine, self.db, begin=False) as conn:
            return seen_feed_entries(conn, keys)

    def mark(self, source: Source, article_id: str | None) -> None:
        """Mark ``source`` seen when it is a feed entry (no-op for files and pages)."""
        entry = feed_entry(source)
        if entry is None:
            return
        with connect(self.engine, self.db) as conn:
            mark_feed_entry(conn, entry.entry_key, entry.feed_url, article_id)

    def settle_failure(self, source: Source | None, error: SourceError) -> None:
        """Mark a feed entry that failed for good; transient failures are retried next poll."""
        if source is not None and not is_transient(error):
            self.mark(source, None)


class FeedTracker:
    """Marks feed entries for the direct (non-Prefect) loop of ``pipeline.ingest``.

    Wrap the loaded documents with :meth:`watch` and pass :meth:`done` as
    ``on_article``: an entry is marked once its article is in the database.
    """

    def __init__(self, log: FeedLog) -> None:
        self.log = log
        self._pending: dict[str, tuple[Source, Article | SourceError]] = {}

    def watch(self, loaded: Iterable[tuple[Source | None, Article | SourceError]]) -> Iterator[Article | SourceError]:
        for source, document in loaded:
            if source is not None and source.entry_key is not None:
                self._pending[source.uri] = (source, document)
            yield document

    def done(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is None:
            return
        source, document = pending
        if isinstance(document, SourceError):
            self.log.settle_failure(source, document)
            return
        with connect(self.log.engine, self.log.db, begin=False) as conn:
            stored = bool(known_hashes(conn, [document.content_sha256]))
        if stored:
            self.log.mark(source, document.article_id)


def feed_entry(source: Source) -> FeedEntry | None:
    """The feed entry ``source`` came from, to mark seen once its article is stored (``None``: not a feed entry)."""
    if source.entry_key is None or source.feed_url is None:
        return None
    return FeedEntry(source.entry_key, source.feed_url)


def store_documents(
    engine: Engine, db: Database, items: Sequence[tuple[Analysed, Source]], *, replace: bool = False
) -> list[SaveResult | StoreError]:
    """Store a batch of analysed articles (:func:`claims.pipeline.store_batch`: one file open, one
    transaction per article), each feed entry marked seen in its article's transaction."""
    return store_batch(engine, db, [item for item, _ in items], replace=replace,
                       feed_entries=[feed_entry(source) for _, source in items])  # fmt: skip


def skipped_lines(skipped: Iterable[Skipped]) -> list[str]:
    return [f"{s.uri}: {s.reason}" for s in skipped]


def ingest_inputs(
    inputs: Sequence[str],
    settings: Settings,
    components: Components,
    *,
    overrides: Overrides,
    batch_size: int = 16,
    replace: bool = False,
    on_document: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders, pages and feeds in a plain loop (no Prefect): ``claims ingest --no-prefect``.

    The same steps as the ingest flow: feed entries seen before and texts already
    stored are skipped before any model work, each article is stored in one
    transaction, and a bad document is reported in the summary, never raised.
    """
    engine, database = open_database(settings.db, lock_timeout=settings.lock_timeout)
    try:
        tracker = FeedTracker(FeedLog(engine, database))
        skipped: list[Skipped] = []
        loaded = iter_loaded(inputs, settings=settings, overrides=overrides, seen=tracker.log.seen, on_skip=skipped.append)

        def _settled(uri: str) -> None:
            tracker.done(uri)
            if on_document is not None:
                on_document(uri)

        summary = ingest(
            tracker.watch(loaded), components.extractor, components.classifier, engine, database,
            batch_size=batch_size, review_interval_days=settings.review_interval_days, replace=replace,
            on_article=_settled,
        )  # fmt: skip
    finally:
        engine.dispose()
    seen = tuple(s.uri for s in skipped if s.reason == SEEN_REASON)
    return summary.merge(IngestSummary(duplicates=len(seen), duplicate_uris=seen))
