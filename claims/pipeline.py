"""One article's way through: extract -> classify -> forecasts -> store.

The CLI and the Prefect flows call these same functions; a fix lands once.
``analyse`` is pure apart from the models it is handed; ``store_batch``,
``store_analysed`` and ``ingest`` touch the database through ``claims.store`` only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from claims.errors import ClaimsError, SourceError
from claims.forecast import build_forecast
from claims.model import CLAIM_TYPES, Article, Claim, ClaimType, Forecast
from claims.store import (
    ArticleWrite,
    Database,
    Engine,
    FeedEntry,
    SaveResult,
    StoreError,
    connect,
    known_hashes,
    save_article,
    save_articles,
)

if TYPE_CHECKING:
    from claims.components import Components
    from claims.settings import Settings
    from claims.classify import Classifier
    from claims.extract import Extractor


@dataclass(frozen=True, slots=True)
class Analysed:
    """An article with its typed claims and the forecasts among them."""

    article: Article
    claims: tuple[Claim, ...]
    forecasts: tuple[Forecast, ...]

    def counts(self) -> dict[str, int]:
        return dict(Counter(str(c.claim_type) for c in self.claims))


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be ingested, with the one-line reason."""

    uri: str
    message: str


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What a batch did: stored, skipped as duplicates, failed, claims per type."""

    stored: int = 0
    duplicates: int = 0
    failures: tuple[Failure, ...] = ()
    claims_by_type: tuple[tuple[str, int], ...] = field(default=tuple((str(t), 0) for t in CLAIM_TYPES))
    duplicate_uris: tuple[str, ...] = ()

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def claims(self) -> int:
        return sum(n for _, n in self.claims_by_type)

    def merge(self, other: IngestSummary) -> IngestSummary:
        counts = Counter(dict(self.claims_by_type)) + Counter(dict(other.claims_by_type))
        return IngestSummary(
            stored=self.stored + other.stored,
            duplicates=self.duplicates + other.duplicates,
            failures=self.failures + other.failures,
            claims_by_type=tuple((str(t), counts.get(str(t), 0)) for t in CLAIM_TYPES),
            duplicate_uris=self.duplicate_uris + other.duplicate_uris,
        )

    @classmethod
    def of_result(cls, uri: str, result: SaveResult) -> IngestSummary:
        if not result.stored:
            return cls(duplicates=1, duplicate_uris=(uri,))
        counts = dict(result.by_type)
        return cls(stored=1, claims_by_type=tuple((str(t), counts.get(str(t), 0)) for t in CLAIM_TYPES))

    @classmethod
    def of_failure(cls, uri: str, message: str) -> IngestSummary:
        return cls(failures=(Failure(uri, message),))


def forecasts_for(claims: Sequence[Claim], article: Article, *, review_interval_days: int) -> tuple[Forecast, ...]:
    """A Forecast row for every claim typed forecast."""
    return tuple(
        build_forecast(c, article.reference_time, review_interval_days=review_interval_days)
        for c in claims
        if c.claim_type is ClaimType.FORECAST
    )


def analyse(
    articles: Sequence[Article],
    extractor: Extractor,
    classifier: Classifier,
    *,
    review_interval_days: int = 182,
) -> list[Analysed]:
    """Extract, classify (one batch across all articles) and schedule forecasts.

    **Reads:** loaded articles. **Adds:** typed claims and their forecasts.
    """
    from claims.classify import classify_claims

    per_article = extractor.extract_many(articles)
    flat = [c for claims in per_article for c in claims]
    typed = classify_claims(classifier, flat)
    out: list[Analysed] = []
    offset = 0
    for article, claims in zip(articles, per_article, strict=True):
        mine = tuple(typed[offset : offset + len(claims)])
        offset += len(claims)
        forecasts = forecasts_for(mine, article, review_interval_days=review_interval_days)
        out.append(Analysed(article, mine, forecasts))
    return out


def analyse_file(path: str, components: Components, settings: Settings) -> Analysed:
    """Load one document and analyse it, without a database (``claims extract``)."""
    from claims.sources import iter_documents

    for document in iter_documents([path], settings=settings):
        if isinstance(document, ClaimsError):
            raise document
        return analyse([document], components.extractor, components.classifier,
                       review_interval_days=settings.review_interval_days)[0]  # fmt: skip
    raise SourceError(path, "holds no document to extract from (supported: .txt, .md, .html, .json)")


def split_known(engine: Engine, db: Database, articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
    """Split ``articles`` into (new, already stored) by content hash, before any model work."""
    with connect(engine, db, begin=False) as conn:
        known = known_hashes(conn, [a.content_sha256 for a in articles])
    new: list[Article] = []
    old: list[Article] = []
    seen: set[str] = set()
    for article in articles:
        sha = article.content_sha256
        (old if sha in known or sha in seen else new).append(article)
        seen.add(sha)
    return new, old


def store_analysed(engine: Engine, db: Database, item: Analysed, *, replace: bool = False) -> SaveResult:
    """Store one article with its claims and forecasts in one transaction."""
    with connect(engine, db) as conn:
        return save_article(conn, item.article, item.claims, item.forecasts, replace=replace)


def store_batch(
    engine: Engine,
    db: Database,
    items: Sequence[Analysed],
    *,
    replace: bool = False,
    feed_entries: Sequence[FeedEntry | None] = (),
) -> list[SaveResult | StoreError]:
    """Store a batch of analysed articles: one file open, one transaction per article.

    Returns one result per item, in order: its :class:`SaveResult`, or the
    :class:`StoreError` that rolled that article back alone. ``feed_entries``,
    when given, runs parallel to ``items`` and marks each entry seen with its
    article. A locked file raises :class:`DatabaseLockedError` before anything is
    written; rerunning the batch is idempotent (texts are matched by content hash).
    """
    if feed_entries and len(feed_entries) != len(items):
        raise ValueError(f"{len(feed_entries)} feed entries for {len(items)} articles; pass one per article or none")
    entries = feed_entries or [None] * len(items)
    writes = [ArticleWrite(i.article, i.claims, i.forecasts, entry) for i, entry in zip(items, entries, strict=True)]
    return save_articles(engine, db, writes, replace=replace)


def _batches(items: Iterable[Article | ClaimsError], size: int) -> Iterator[list[Article | ClaimsError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _uri_of(error: ClaimsError) -> str:
    return str(getattr(error, "uri", None) or getattr(error, "db_path", None) or "?")


def ingest(
    documents: Iterable[Article | ClaimsError],
    extractor: Extractor,
    classifier: Classifier,
    engine: Engine,
    db: Database,
    *,
    batch_size: int = 16,
    review_interval_days: int = 182,
    replace: bool = False,
    on_article: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest loaded documents in batches without Prefect; a bad document never stops the batch.

    ``documents`` yields articles, or the ``ClaimsError`` raised while loading
    one (so the batch can report it and go on). Memory stays flat: one batch of
    articles is held at a time. Each batch is stored with :func:`store_batch`
    (the ingest flow's store step too): the file is open for the batch only.
    """
    summary = IngestSummary()
    for batch in _batches(documents, batch_size):
        articles = [d for d in batch if isinstance(d, Article)]
        for error in (d for d in batch if isinstance(d, ClaimsError)):
            summary = summary.merge(IngestSummary.of_failure(_uri_of(error), str(error)))
            if on_article:
                on_article(_uri_of(error))
        new, old = split_known(engine, db, articles) if not replace else (articles, [])
        for article in old:
            summary = summary.merge(IngestSummary(duplicates=1, duplicate_uris=(article.source_uri,)))
            if on_article:
                on_article(article.source_uri)
        analysed = analyse(new, extractor, classifier, review_interval_days=review_interval_days)
        try:
            results: Sequence[SaveResult | ClaimsError] = store_batch(engine, db, analysed, replace=replace)
        except ClaimsError as exc:  # the file could not be opened: nothing of this batch was stored
            results = [exc] * len(analysed)
        for item, result in zip(analysed, results, strict=True):
            uri = item.article.source_uri
            if isinstance(result, ClaimsError):
                summary = summary.merge(IngestSummary.of_failure(uri, str(result)))
            else:
                summary = summary.merge(IngestSummary.of_result(uri, result))
            if on_article:
                on_article(uri)
    return summary
