"""Load documents — files, folders, web pages, RSS/Atom feeds — as :class:`Article`.

The only module that touches the network. Loading happens in two steps so a
caller (the CLI, a Prefect flow) can retry or parallelise per document:

1. :func:`iter_sources` / :func:`list_sources` turn the user's inputs into
   :class:`Source` references: folders are walked (sorted, hidden files
   skipped), feeds are fetched and their entries listed, minus the entries the
   caller has seen before (``seen``) — before anything is fetched for them.
2. :func:`load_source` turns one reference into an :class:`Article`, raising
   :class:`SourceError` (terminal) or :class:`TransientSourceError` (a timeout
   or a 5xx answer: worth retrying).

:func:`iter_documents` chains both lazily: a folder of thousands of files
streams one text at a time.

Every failure is one line naming the file or URL and the problem, e.g.
``notes/a.txt: is not valid UTF-8 (byte 0xff at offset 12); convert it to UTF-8 first``.
"""

from __future__ import annotations

import calendar
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.errors import ConfigError, SourceError, TransientSourceError, is_transient
from claims.model import Article, as_utc
from claims.settings import Settings

if TYPE_CHECKING:
    import httpx

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown"}
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}
_USER_AGENT = "claims/0.1 (+https://github.com/claims)"

SEEN_REASON = "feed entry already seen"

SeenFn = Callable[[Sequence[str]], set[str]]
SkipFn = Callable[["Skipped"], None]


class SourceKind(StrEnum):
    FILE = "file"
    PAGE = "page"
    FEED_ENTRY = "feed_entry"


@dataclass(frozen=True, slots=True)
class Source:
    """One document to load: a file, a page, or a feed entry.

    ``body`` holds markup already fetched (a page fetched while probing for a
    feed, or a feed entry's full content); ``None`` means fetch ``uri``.
    """

    uri: str
    kind: SourceKind
    body: str | None = None
    media: str | None = None  # "html" or "text" when ``body`` is set
    feed_url: str | None = None
    entry_key: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata the caller sets for every document (wins over what the source says)."""

    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file or feed entry left out on purpose (not a failure)."""

    uri: str
    reason: str


@dataclass(frozen=True, slots=True)
class Listing:
    """What one input expands to."""

    sources: tuple[Source, ...]
    skipped: tuple[Skipped, ...] = ()


# --------------------------------------------------------------------------- helpers


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def parse_published(value: str | None) -> datetime | None:
    """An ISO date or datetime from the user as aware UTC (naive = UTC); ``None`` passes through."""
    if value is None or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ConfigError("published", f"{value!r} is not an ISO date; use e.g. 2024-05-01 or 2024-05-01T09:30") from exc
    return as_utc(parsed)


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _too_big(uri: str, size: int, limit: int) -> SourceError:
    return SourceError(uri, f"is {_megabytes(size)}, over the {limit / 1_000_000:g} MB limit; split it or raise CLAIMS_MAX_BYTES")


def _decode(uri: str, data: bytes) -> str:
    if b"\x00" in data:
        raise SourceError(uri, "is a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            uri, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first"
        ) from exc


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            title = stripped.lstrip("#").strip()
            if title:
                return title
    return None


@dataclass(frozen=True, slots=True)
class _Extracted:
    text: str
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None


def _date_of(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return as_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def _from_html(uri: str, markup: str, *, page: bool = True) -> _Extracted:
    """Main text and metadata of an HTML page; scripts, menus and boilerplate are dropped.

    ``page=False`` for a feed entry's embedded content: no URL, so the site name
    is not guessed from the host and the feed's own metadata stands.
    """
    import trafilatura

    url = uri if page and is_url(uri) else None
    doc: Any = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise SourceError(uri, "has no main text that could be extracted from its HTML")
    return _Extracted(
        text=text,
        title=getattr(doc, "title", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        published_at=_date_of(getattr(doc, "date", None)),
    )


def _from_json(uri: str, raw: str) -> _Extracted:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SourceError(uri, f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from exc
    text = obj.get("text") if isinstance(obj, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise SourceError(uri, 'has no "text" field with the article text; add one')
    published = obj.get("published_at")
    published_at = None
    if published is not None:
        try:
            published_at = as_utc(datetime.fromisoformat(str(published)))
        except ValueError as exc:
            raise SourceError(uri, f'has an invalid "published_at" {published!r}; use an ISO date like 2024-05-01') from exc

    def _opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value not in (None, "") else None

    return _Extracted(text=text, title=_opt("title"), outlet=_opt("outlet"), published_at=published_at)


def _article(uri: str, extracted: _Extracted, source: Source, overrides: Overrides, fallback_title: str | None) -> Article:
    return Article(
        text=extracted.text,
        source_uri=uri,
        title=overrides.title or extracted.title or source.title or fallback_title,
        outlet=overrides.outlet or extracted.outlet or source.outlet,
        published_at=overrides.published_at or extracted.published_at or source.published_at,
    )


# --------------------------------------------------------------------------- files


def _file_source(path: Path) -> Source:
    return Source(uri=str(path.absolute()), kind=SourceKind.FILE)


def _walk(folder: Path, on_skip: SkipFn | None) -> Iterator[Source]:
    """Files under ``folder`` in sorted order, hidden entries skipped; one directory listed at a time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise SourceError(str(folder.absolute()), f"cannot be listed ({exc.strerror}); check its permissions") from exc
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, on_skip)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield _file_source(path)
        elif on_skip is not None:
            on_skip(Skipped(str(path.absolute()), f"unsupported type {path.suffix or '(no extension)'}"))


def _load_file(source: Source, settings: Settings, overrides: Overrides) -> Article:
    uri = source.uri
    path = Path(uri)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise SourceError(uri, "does not exist; check the path") from exc
    except OSError as exc:
        raise SourceError(uri, f"cannot be read ({exc.strerror})") from exc
    suffix = path.suffix.lower()
    media = SUPPORTED_SUFFIXES.get(suffix)
    if media is None:
        raise SourceError(uri, f"has unsupported type {suffix or '(no extension)'}; use one of {_SUFFIX_LIST}")
    if size > settings.max_bytes:
        raise _too_big(uri, size, settings.max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(uri, f"cannot be read ({exc.strerror})") from exc
    raw = _decode(uri, data)
    if not raw.strip():
        raise SourceError(uri, "is empty")
    if media == "html":
        extracted = _from_html(uri, raw)
    elif media == "json":
        extracted = _from_json(uri, raw)
    elif media == "markdown":
        extracted = _Extracted(text=raw, title=_markdown_title(raw))
    else:
        extracted = _Extracted(text=raw)
    return _article(uri, extracted, source, overrides, fallback_title=path.stem)


# --------------------------------------------------------------------------- web


@dataclass(frozen=True, slots=True)
class _Fetched:
    url: str
    media: str  # "html", "text" or "feed"
    body: str


def http_client(settings: Settings) -> httpx.Client:
    """An HTTP client with the configured timeout; the caller closes it."""
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(settings.http_timeout),
        follow_redirects=True,
        headers={"User-Agent": _USER_AGENT},
    )


def _media_of(url: str, content_type: str, body: str) -> str:
    head = body.lstrip()[:200].lower()
    looks_like_feed = head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed")
    if content_type in _FEED_TYPES or (content_type in _HTML_TYPES | {""} and looks_like_feed):
        return "feed"
    if content_type in _HTML_TYPES or content_type == "":
        return "html"
    if content_type in _TEXT_TYPES:
        return "text"
    raise SourceError(url, f"is {content_type}, not an HTML page, plain text or a feed; download and convert it first")


def _fetch(url: str, client: httpx.Client, settings: Settings) -> _Fetched:
    import httpx

    try:
        with client.stream("GET", url) as response:
            status = response.status_code
            if status >= 500:
                raise TransientSourceError(url, f"server answered {status} {response.reason_phrase}; try again later")
            if status >= 400:
                raise SourceError(url, f"server answered {status} {response.reason_phrase}; check the URL")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                raise _too_big(url, int(declared), settings.max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    raise _too_big(url, size, settings.max_bytes)
                chunks.append(chunk)
            charset = response.charset_encoding
    except httpx.TimeoutException as exc:
        raise TransientSourceError(
            url, f"timed out after {settings.http_timeout:g}s; try again later or raise CLAIMS_HTTP_TIMEOUT"
        ) from exc
    except httpx.TransportError as exc:
        raise TransientSourceError(url, f"could not be fetched ({type(exc).__name__}: {exc}); try again later") from exc
    data = b"".join(chunks)
    if charset:
        try:
            body = data.decode(charset, errors="replace")
        except LookupError as exc:
            raise SourceError(url, f"declares an unknown charset {charset!r}") from exc
    else:
        body = _decode(url, data)
    if not body.strip():
        raise SourceError(url, "is empty")
    return _Fetched(url=str(url), media=_media_of(url, content_type, body), body=body)


def _struct_time_utc(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)


def _feed_sources(
    fetched: _Fetched, feed_url: str, seen: SeenFn | None, on_skip: SkipFn | None
) -> Iterator[Source]:
    import feedparser

    parsed: Any = feedparser.parse(fetched.body)
    if not parsed.get("version"):
        raise SourceError(feed_url, "is XML but not an RSS or Atom feed")
    outlet = parsed.feed.get("title") or None
    candidates: list[Source] = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        if link is not None and not is_url(link):
            link = None  # an RSS guid taken for a permalink
        key = entry.get("id") or link
        if not key:
            continue
        uri = link or f"{feed_url}#{key}"
        content = entry.get("content") or []
        body = content[0].get("value") if content else None
        media = None
        if body:
            media = "text" if content[0].get("type") == "text/plain" else "html"
            if media == "html" and "<body" not in body.lower():
                body = f"<html><body><article>{body}</article></body></html>"  # a fragment: give it a page
        candidates.append(
            Source(
                uri=uri,
                kind=SourceKind.FEED_ENTRY,
                body=body or None,
                media=media,
                feed_url=feed_url,
                entry_key=key,
                title=entry.get("title") or None,
                outlet=outlet,
                published_at=_struct_time_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    known = seen([c.entry_key for c in candidates if c.entry_key]) if seen is not None else set()
    for candidate in candidates:
        if candidate.entry_key in known:
            if on_skip is not None:
                on_skip(Skipped(candidate.uri, SEEN_REASON))
            continue
        if candidate.body is None and not is_url(candidate.uri):
            raise SourceError(feed_url, f"entry {candidate.entry_key} has neither a link nor content")
        yield candidate


def _load_web(source: Source, settings: Settings, overrides: Overrides, client: httpx.Client | None) -> Article:
    if source.body is not None:
        body, media, uri = source.body, source.media or "html", source.uri
    else:
        if client is None:
            with http_client(settings) as own:
                fetched = _fetch(source.uri, own, settings)
        else:
            fetched = _fetch(source.uri, client, settings)
        if fetched.media == "feed":
            raise SourceError(source.uri, "is a feed, not a page; give the feed URL on its own")
        body, media, uri = fetched.body, fetched.media, source.uri
    extracted = _from_html(uri, body, page=source.body is None or source.kind is SourceKind.PAGE) if media == "html" else _Extracted(text=body)
    if not extracted.text.strip():
        raise SourceError(uri, "is empty")
    return _article(uri, extracted, source, overrides, fallback_title=None)


# --------------------------------------------------------------------------- public entry points


def _expand(
    target: str, settings: Settings, client: httpx.Client | None, seen: SeenFn | None, on_skip: SkipFn | None
) -> Iterator[Source]:
    if is_url(target):
        if client is None:
            with http_client(settings) as own:
                fetched = _fetch(target, own, settings)
        else:
            fetched = _fetch(target, client, settings)
        if fetched.media == "feed":
            yield from _feed_sources(fetched, target, seen, on_skip)
        else:
            yield Source(uri=target, kind=SourceKind.PAGE, body=fetched.body, media=fetched.media)
        return
    path = Path(target)
    if path.is_dir():
        yield from _walk(path, on_skip)
    elif path.exists():
        yield _file_source(path)
    else:
        raise SourceError(str(path.absolute()), "does not exist; check the path")


def list_sources(
    target: str,
    *,
    settings: Settings,
    client: httpx.Client | None = None,
    seen: SeenFn | None = None,
) -> Listing:
    """Expand one input (file, folder, page URL or feed URL) into sources to load.

    Raises :class:`SourceError` when the input itself cannot be read (a missing
    path, a feed that cannot be fetched); :class:`TransientSourceError` is worth
    retrying. Feed entries whose key ``seen`` returns are skipped unfetched.
    """
    skipped: list[Skipped] = []
    sources = tuple(_expand(target, settings, client, seen, skipped.append))
    return Listing(sources=sources, skipped=tuple(skipped))


def iter_sources(
    inputs: Sequence[str],
    *,
    settings: Settings,
    client: httpx.Client | None = None,
    seen: SeenFn | None = None,
    on_skip: SkipFn | None = None,
) -> Iterator[Source | SourceError]:
    """Lazily expand every input; an input that cannot be read yields its error and the rest go on."""
    for target in inputs:
        try:
            yield from _expand(target, settings, client, seen, on_skip)
        except SourceError as exc:
            yield exc


def load_source(
    source: Source,
    *,
    settings: Settings,
    overrides: Overrides = Overrides(),
    client: httpx.Client | None = None,
) -> Article:
    """Load one source as an :class:`Article` (the network is used for pages not fetched yet).

    **Reads:** a file path or URL. **Adds:** the article text (main text for
    HTML) with title, outlet and published date (``overrides`` win).
    """
    if source.kind is SourceKind.FILE:
        return _load_file(source, settings, overrides)
    return _load_web(source, settings, overrides, client)


def load_sources(
    batch: Sequence[Source],
    *,
    settings: Settings,
    overrides: Overrides = Overrides(),
    retries: int = 0,
    retry_delay: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Article | SourceError]:
    """Load a batch of sources: one result per source, in order, its Article or the SourceError that stopped it.

    Pages not fetched yet share one HTTP client and are fetched ``settings.workers``
    at a time. A transient failure (timeout,
    5xx) is tried again up to ``retries`` times, in rounds: after ``retry_delay``
    seconds every source of the batch still failing transiently is retried, so a
    batch waits at most ``retries * retry_delay`` seconds however many fail.
    """
    results: dict[int, Article | SourceError] = {}
    pending = list(range(len(batch)))
    fetches = any(s.kind is not SourceKind.FILE and s.body is None for s in batch)
    client = http_client(settings) if fetches else None

    def load(i: int) -> tuple[int, Article | SourceError]:
        try:
            return i, load_source(batch[i], settings=settings, overrides=overrides, client=client)
        except SourceError as exc:
            return i, exc

    try:
        for attempt in range(retries + 1):
            if attempt:
                sleep(retry_delay)
            if fetches and settings.workers > 1 and len(pending) > 1:
                # pages are fetched ``workers`` at a time (the client's pool is shared); files one by one
                with ThreadPoolExecutor(max_workers=min(settings.workers, len(pending))) as pool:
                    loaded = list(pool.map(load, pending))
            else:
                loaded = [load(i) for i in pending]
            failed: list[int] = []
            for i, outcome in loaded:
                results[i] = outcome
                if isinstance(outcome, SourceError) and is_transient(outcome):
                    failed.append(i)
            pending = failed
            if not pending:
                break
    finally:
        if client is not None:
            client.close()
    return [results[i] for i in range(len(batch))]


def iter_loaded(
    inputs: Sequence[str],
    *,
    settings: Settings,
    overrides: Overrides = Overrides(),
    client: httpx.Client | None = None,
    seen: SeenFn | None = None,
    on_skip: SkipFn | None = None,
) -> Iterator[tuple[Source | None, Article | SourceError]]:
    """Like :func:`iter_documents`, paired with the source each document came from (``None`` for bad inputs)."""
    own = None
    if client is None and any(is_url(t) for t in inputs):
        own = client = http_client(settings)
    try:
        for item in iter_sources(inputs, settings=settings, client=client, seen=seen, on_skip=on_skip):
            if isinstance(item, SourceError):
                yield None, item
                continue
            try:
                yield item, load_source(item, settings=settings, overrides=overrides, client=client)
            except SourceError as exc:
                yield item, exc
    finally:
        if own is not None:
            own.close()


def iter_documents(
    inputs: Sequence[str],
    *,
    settings: Settings,
    title: str | None = None,
    outlet: str | None = None,
    published_at: datetime | date | None = None,
    client: httpx.Client | None = None,
    seen: SeenFn | None = None,
    on_skip: SkipFn | None = None,
) -> Iterator[Article | SourceError]:
    """Every document under ``inputs`` as an Article, or the SourceError that stopped it.

    Lazy: one text is held at a time, so a folder of thousands of files streams.
    ``title``/``outlet``/``published_at`` override what the documents say.
    """
    when: datetime | None
    if isinstance(published_at, datetime) or published_at is None:
        when = as_utc(published_at) if published_at is not None else None
    else:
        when = datetime(published_at.year, published_at.month, published_at.day, tzinfo=UTC)
    overrides = Overrides(title=title, outlet=outlet, published_at=when)
    for _, document in iter_loaded(
        inputs, settings=settings, overrides=overrides, client=client, seen=seen, on_skip=on_skip
    ):
        yield document


__all__ = [
    "SEEN_REASON",
    "SUPPORTED_SUFFIXES",
    "Listing",
    "Overrides",
    "Skipped",
    "Source",
    "SourceKind",
    "http_client",
    "is_url",
    "iter_documents",
    "iter_loaded",
    "iter_sources",
    "list_sources",
    "load_source",
    "parse_published",
]
