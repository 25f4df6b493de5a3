"""claims.sources: files, folders, pages and feeds -> Article, bad input -> one-line SourceError."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claims.errors import SourceError, TransientSourceError
from claims.model import Article
from claims.settings import Settings
from claims.sources import (
    Skipped,
    SourceKind,
    iter_documents,
    iter_sources,
    list_sources,
    load_source,
    load_sources,
    parse_published,
)

SETTINGS = Settings(http_timeout=0.5)
GOOD = "The central bank raised rates by half a point on Tuesday."


def _docs(inputs: list[str], **kwargs: object) -> list[Article | SourceError]:
    return list(iter_documents(inputs, settings=SETTINGS, **kwargs))  # type: ignore[arg-type]


def _messages(docs: list[Article | SourceError]) -> list[str]:
    return [str(d) if isinstance(d, SourceError) else f"article {Path(d.source_uri).name}" for d in docs]


# --------------------------------------------------------------------------- bad files

BAD_FILES = [
    ("empty.txt", b"", "is empty"),
    ("blank.md", b"  \n\t\n", "is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file (it contains NUL bytes), not text"),
    (
        "latin1.txt",
        "café au lait".encode("latin-1"),
        "is not valid UTF-8 (byte 0xe9 at offset 3); convert it to UTF-8 first",
    ),
    ("broken.json", b'{"text": ', "is not valid JSON (Expecting value at line 1 column 10)"),
    ("notext.json", b'{"title": "A title"}', 'has no "text" field with the article text; add one'),
    ("list.json", b'["a", "b"]', 'has no "text" field with the article text; add one'),
    (
        "baddate.json",
        b'{"text": "Rates rose.", "published_at": "last week"}',
        "has an invalid \"published_at\" 'last week'; use an ISO date like 2024-05-01",
    ),
    ("scripts.html", b"<html><body><script>alert(1)</script></body></html>", "has no main text that could be extracted from its HTML"),
    ("report.pdf", b"%PDF-1.4", "has unsupported type .pdf; use one of .txt, .md, .html, .htm, .json"),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_is_one_line_and_the_batch_goes_on(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs = _docs([str(bad), str(good)])
    assert _messages(docs) == [f"{bad}: {problem}", "article good.txt"]
    assert isinstance(docs[0], SourceError) and not isinstance(docs[0], TransientSourceError)
    assert docs[0].uri == str(bad)


def test_a_missing_path_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "nope" / "gone.txt"
    assert _messages(_docs([str(missing), str(good)])) == [f"{missing}: does not exist; check the path", "article good.txt"]


def test_a_huge_file_is_refused_before_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50_000_000)
    assert _messages(_docs([str(huge)])) == [
        f"{huge}: is 50.0 MB, over the 5 MB limit; split it or raise CLAIMS_MAX_BYTES"
    ]


def test_the_size_limit_is_a_setting(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(GOOD, encoding="utf-8")
    docs = list(iter_documents([str(small)], settings=Settings(max_bytes=10)))
    assert _messages(docs) == [f"{small}: is 0.0 MB, over the 1e-05 MB limit; split it or raise CLAIMS_MAX_BYTES"]


# --------------------------------------------------------------------------- good files

def test_text_markdown_json_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a-note.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Rates rise\n\n" + GOOD, encoding="utf-8")
    (tmp_path / "c.json").write_text(
        json.dumps(
            {"text": GOOD, "title": "Bank acts", "outlet": "Wire", "published_at": "2024-05-01", "url": "https://x/y"}
        ),
        encoding="utf-8",
    )
    (tmp_path / "d.html").write_text(
        "<html><head><title>Page title</title><script>var leaked = 'SECRET-SCRIPT';</script></head>"
        "<body><nav>Home | About</nav><article><h1>Budget plan</h1>"
        f"<p>{GOOD} Officials said the decision was unanimous and expected.</p>"
        "<script>document.write('SECRET-INLINE')</script>"
        "<p>Analysts expect inflation to fall below two percent by the end of next year.</p></article></body></html>",
        encoding="utf-8",
    )
    docs = _docs([str(tmp_path)])
    assert all(isinstance(d, Article) for d in docs)
    articles = [d for d in docs if isinstance(d, Article)]
    assert [(Path(a.source_uri).name, a.title, a.outlet, a.published_at) for a in articles] == [
        ("a-note.txt", "a-note", None, None),
        ("b.md", "Rates rise", None, None),
        ("c.json", "Bank acts", "Wire", datetime(2024, 5, 1, tzinfo=UTC)),
        ("d.html", "Budget plan", None, None),
    ]
    assert articles[0].text == GOOD
    assert articles[1].text == "# Rates rise\n\n" + GOOD
    html = articles[3].text
    assert "SECRET" not in html and "leaked" not in html
    assert GOOD in html and "Analysts expect inflation" in html


def test_caller_overrides_win(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# Rates rise\n\n" + GOOD, encoding="utf-8")
    (article,) = _docs([str(tmp_path)], title="Given", outlet="Daily", published_at=parse_published("2024-02-03"))
    assert isinstance(article, Article)
    assert (article.title, article.outlet, article.published_at) == ("Given", "Daily", datetime(2024, 2, 3, tzinfo=UTC))


def test_folders_are_walked_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "b/1.md", "a.txt", ".hidden.txt", ".git/x.txt", "c/notes.docx", "c/d/e.htm"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<p>" + GOOD + "</p>" if rel.endswith("htm") else GOOD, encoding="utf-8")
    skipped: list[Skipped] = []
    found = list(iter_sources([str(tmp_path)], settings=SETTINGS, on_skip=skipped.append))
    assert [Path(s.uri).relative_to(tmp_path).as_posix() for s in found if not isinstance(s, SourceError)] == [
        "a.txt", "b/1.md", "b/2.txt", "c/d/e.htm",
    ]  # fmt: skip
    assert skipped == [Skipped(str(tmp_path / "c" / "notes.docx"), "unsupported type .docx")]


def test_a_folder_of_thousands_of_files_streams(tmp_path: Path) -> None:
    n = 3000
    for i in range(n):
        (tmp_path / f"{i:05d}.txt").write_text(f"Item {i} rose by {i} percent.", encoding="utf-8")
    documents = iter_documents([str(tmp_path)], settings=SETTINGS)
    first = next(documents)
    assert isinstance(first, Article) and first.text == "Item 0 rose by 0 percent."
    # Texts are read one at a time: a file removed after the walk began is reported, not already loaded.
    last = tmp_path / f"{n - 1:05d}.txt"
    last.unlink()
    rest = list(documents)
    assert sum(isinstance(d, Article) for d in rest) == n - 2
    assert [str(d) for d in rest if isinstance(d, SourceError)] == [f"{last}: does not exist; check the path"]


def test_parse_published_rejects_nonsense() -> None:
    from claims.errors import ConfigError

    with pytest.raises(ConfigError, match="^published: 'yesterday' is not an ISO date; use e.g. 2024-05-01"):
        parse_published("yesterday")
    assert parse_published("2024-05-01T09:30:00+02:00") == datetime(2024, 5, 1, 7, 30, tzinfo=UTC)
    assert parse_published(None) is None


# --------------------------------------------------------------------------- pages

PAGE = (
    "<html><head><title>Rates rise | Daily Wire</title>"
    '<meta property="og:site_name" content="Daily Wire">'
    '<meta property="article:published_time" content="2024-03-01T08:00:00+00:00">'
    "<script>window.SECRET = 'do not store me';</script></head><body>"
    "<header>Subscribe now</header><article><h1>Rates rise</h1>"
    f"<p>{GOOD} The decision surprised several economists in the city.</p>"
    "<p>Analysts expect inflation to fall below two percent by the end of next year.</p>"
    "</article><footer>Copyright</footer></body></html>"
)


def test_a_page_is_fetched_and_its_main_text_kept(web) -> None:  # type: ignore[no-untyped-def]
    url = web.route("/news/rates", PAGE)
    (article,) = _docs([url])
    assert isinstance(article, Article)
    assert article.source_uri == url
    assert (article.title, article.outlet, article.published_at) == (
        "Rates rise", "Daily Wire", datetime(2024, 3, 1, tzinfo=UTC),
    )  # fmt: skip
    assert GOOD in article.text and "SECRET" not in article.text and "Subscribe" not in article.text
    assert web.hits["/news/rates"] == 1


def test_a_plain_text_page_is_kept_as_is(web) -> None:  # type: ignore[no-untyped-def]
    url = web.route("/a.txt", GOOD, content_type="text/plain; charset=utf-8")
    (article,) = _docs([url])
    assert isinstance(article, Article) and article.text == GOOD


WEB_ERRORS = [
    ("/boom", dict(body="oops", status=500), TransientSourceError, "server answered 500 Internal Server Error; try again later"),
    ("/busy", dict(body="", status=503), TransientSourceError, "server answered 503 Service Unavailable; try again later"),
    ("/gone", dict(body="no", status=404), SourceError, "server answered 404 Not Found; check the URL"),
    (
        "/paper.pdf",
        dict(body=b"%PDF-1.4", content_type="application/pdf"),
        SourceError,
        "is application/pdf, not an HTML page, plain text or a feed; download and convert it first",
    ),
    ("/slow", dict(body=PAGE, hang=True), TransientSourceError, "timed out after 0.5s; try again later or raise CLAIMS_HTTP_TIMEOUT"),
    ("/empty", dict(body="<html><body></body></html>"), SourceError, "has no main text that could be extracted from its HTML"),
]


@pytest.mark.parametrize(("path", "route", "kind", "problem"), WEB_ERRORS, ids=[c[0] for c in WEB_ERRORS])
def test_web_failures_are_one_line_transient_or_terminal(web, path, route, kind, problem) -> None:  # type: ignore[no-untyped-def]
    url = web.route(path, **route)
    good = web.route("/ok", PAGE)
    docs = _docs([url, good])
    assert _messages(docs)[:1] == [f"{url}: {problem}"]
    assert type(docs[0]) is kind
    assert isinstance(docs[1], Article)


def test_a_batch_retries_only_its_transient_failures_in_rounds(web, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from claims.sources import Source

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    boom, gone, ok = web.route("/boom", "oops", status=503), web.route("/gone", "no", status=404), web.route("/ok", PAGE)
    batch = [Source(str(tmp_path / "a.txt"), SourceKind.FILE), Source(boom, SourceKind.PAGE),
             Source(gone, SourceKind.PAGE), Source(ok, SourceKind.PAGE)]  # fmt: skip
    waits: list[float] = []
    docs = load_sources(batch, settings=SETTINGS, retries=2, retry_delay=1.5, sleep=waits.append)
    assert [type(d) for d in docs] == [Article, TransientSourceError, SourceError, Article]
    assert (docs[0].source_uri, docs[3].source_uri) == (str(tmp_path / "a.txt"), ok)  # type: ignore[union-attr]
    assert (waits, web.hits["/boom"], web.hits["/gone"], web.hits["/ok"]) == ([1.5, 1.5], 3, 1, 1)


def test_a_batch_fetches_its_pages_at_the_same_time(web) -> None:  # type: ignore[no-untyped-def]
    from claims.sources import Source

    # Both pages hang until two requests are in flight at once: one at a time, both would time out.
    web.release_at = 2
    batch = [Source(web.route(f"/p{i}", PAGE, hang=True), SourceKind.PAGE) for i in (1, 2)]
    docs = load_sources(batch, settings=Settings(http_timeout=5, workers=2))
    assert [type(d) for d in docs] == [Article, Article]
    assert [d.source_uri for d in docs] == [s.uri for s in batch]  # type: ignore[union-attr]


# --------------------------------------------------------------------------- feeds

def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}/story/{i}</link><guid>story-{i}</guid>"
        f"<pubDate>Mon, 0{i} Apr 2024 10:00:00 GMT</pubDate></item>"
        for i in (1, 2, 3)
    )
    full = (
        "<item><title>Full text</title><guid>full-4</guid>"
        f"<content:encoded><![CDATA[<p>{GOOD} The board will meet again in June to review the data.</p>]]></content:encoded></item>"
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Wire feed</title><link>{base}</link>{items}{full}</channel></rss>"
    )


def test_a_feed_fetches_only_entries_not_seen_before(web) -> None:  # type: ignore[no-untyped-def]
    base = web.url("")
    feed = web.route("/feed.xml", _rss(base), content_type="application/rss+xml")
    for i in (1, 2, 3):
        web.route(f"/story/{i}", PAGE.replace("Rates rise", f"Story page {i}"))
    asked: list[list[str]] = []

    def seen(keys: list[str]) -> set[str]:
        asked.append(list(keys))
        return {"story-2"}

    skipped: list[Skipped] = []
    docs = list(iter_documents([feed], settings=SETTINGS, seen=seen, on_skip=skipped.append))
    assert asked == [["story-1", "story-2", "story-3", "full-4"]]
    assert [(d.source_uri, d.title, d.outlet) for d in docs if isinstance(d, Article)] == [
        (f"{base}/story/1", "Story page 1", "Daily Wire"),
        (f"{base}/story/3", "Story page 3", "Daily Wire"),
        (f"{feed}#full-4", "Full text", "Wire feed"),
    ]
    assert skipped == [Skipped(f"{base}/story/2", "feed entry already seen")]
    assert dict(web.hits) == {"/feed.xml": 1, "/story/1": 1, "/story/3": 1}


def test_feed_entries_carry_their_key_and_feed(web) -> None:  # type: ignore[no-untyped-def]
    base = web.url("")
    feed = web.route("/atom", _rss(base), content_type="text/xml")
    listing = list_sources(feed, settings=SETTINGS)
    assert [(s.kind, s.entry_key, s.feed_url, s.published_at) for s in listing.sources][:2] == [
        (SourceKind.FEED_ENTRY, "story-1", feed, datetime(2024, 4, 1, 10, tzinfo=UTC)),
        (SourceKind.FEED_ENTRY, "story-2", feed, datetime(2024, 4, 2, 10, tzinfo=UTC)),
    ]
    assert web.hits["/story/1"] == 0  # listing fetches nothing but the feed
    article = load_source(listing.sources[3], settings=SETTINGS)
    assert article.text.startswith(GOOD)


def test_xml_that_is_not_a_feed(web) -> None:  # type: ignore[no-untyped-def]
    url = web.route("/data.xml", "<?xml version='1.0'?><data><row>1</row></data>", content_type="application/xml")
    assert _messages(_docs([url])) == [f"{url}: is XML but not an RSS or Atom feed"]
