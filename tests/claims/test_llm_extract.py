"""The ``llm`` extractor against a local OpenAI-compatible endpoint (a server in the test, never the network)."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.errors import ConfigError, ModelError, TransientModelError, is_transient
from claims.extract import build_extractor
from claims.llm_extract import SYSTEM_PROMPT, parse_reply, user_prompt
from claims.model import Article, BlockKind, Claim, Sentence
from claims.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

SEED = Path(__file__).resolve().parents[2] / "seeds" / "russia-us-diplomacy.txt"
MODEL = "test-model"
VERSION = f"llm-0.1:{MODEL}"
KEY_ENV = "CLAIMS_TEST_LLM_KEY"

TEXT = """The council voted 7-2 on Monday to ban diesel buses. Critics argue the ban will
hurt small shops. Supporters hope it will:
- Reduce asthma cases.
"""
ARTICLE = Article(text=TEXT, source_uri="test")
# What the split gives (checked in test_claims_keep_the_sentence_they_came_from).
UNITS = (
    Sentence("The council voted 7-2 on Monday to ban diesel buses.", 0, 52, BlockKind.PARAGRAPH, 0),
    Sentence("Critics argue the ban will\nhurt small shops.", 53, 97, BlockKind.PARAGRAPH, 0),
    Sentence("Supporters hope it will:", 98, 122, BlockKind.LEAD_IN, 1),
    Sentence("Reduce asthma cases.", 125, 145, BlockKind.LIST_ITEM, 2, "Supporters hope it will:"),
)
PROMPT = """Sentences:
[1] The council voted 7-2 on Monday to ban diesel buses.
[2] Critics argue the ban will hurt small shops.
[3] Supporters hope it will:
    [4] - Reduce asthma cases."""
REPLY = json.dumps({"claims": [
    {"sentence": 1, "text": "The council voted 7-2 on Monday to ban diesel buses", "source": None},
    {"sentence": 2, "text": "The diesel bus ban will hurt small shops.", "source": "critics"},
    {"sentence": 4, "text": "The diesel bus ban will reduce asthma cases.", "source": "supporters"},
]})  # fmt: skip


def _claim(position: int, text: str, unit: Sentence, source: str | None = None) -> Claim:
    return Claim(ARTICLE.article_id, position, text, unit.text, unit.start, unit.end, source, extractor_version=VERSION)


EXPECTED = [
    _claim(0, "The council voted 7-2 on Monday to ban diesel buses.", UNITS[0]),
    _claim(1, "The diesel bus ban will hurt small shops.", UNITS[1], "critics"),
    _claim(2, "The diesel bus ban will reduce asthma cases.", UNITS[3], "supporters"),
]


class ChatServer:
    """A local chat-completions endpoint: ``reply(user_message) -> content`` and ``status`` are set per
    test; every request's headers and JSON body are recorded."""

    def __init__(self) -> None:
        self.reply: Callable[[str], str] = lambda _: REPLY
        self.status = 200
        self.raw: bytes | None = None  # a body that is not a chat completion
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                if self.path != "/v1/chat/completions":
                    status, data = 404, b'{"error": "no such route"}'
                elif server.raw is not None or server.status != 200:
                    status, data = server.status, server.raw or b'{"error": {"message": "nope"}}'
                else:
                    content = server.reply(body["messages"][1]["content"])
                    message = {"role": "assistant", "content": content}
                    status = 200
                    completion = {"object": "chat.completion", "choices": [{"index": 0, "message": message}]}
                    data = json.dumps(completion).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.http.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def chat() -> Iterator[ChatServer]:
    server = ChatServer()
    yield server
    server.close()


def _settings(url: str, **more: Any) -> Settings:
    return Settings(extractor="llm", llm_url=url, llm_model=MODEL, llm_api_key_env=KEY_ENV, **more)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --------------------------------------------------------------------------- the pure core


def test_prompt_numbers_sentences_and_indents_items_under_their_lead_in() -> None:
    assert user_prompt(ARTICLE, UNITS) == PROMPT
    titled = Article(text=TEXT, source_uri="test", title="Bus ban")
    assert user_prompt(titled, UNITS[:1]) == (
        "Article: Bus ban\nSentences:\n[1] The council voted 7-2 on Monday to ban diesel buses."
    )


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        pytest.param(REPLY, EXPECTED, id="json"),
        pytest.param(f"```json\n{REPLY}\n```", EXPECTED, id="fenced"),
        pytest.param(f"Here are the claims:\n{REPLY}\nDone.", EXPECTED, id="prose around"),
        pytest.param(json.dumps(json.loads(REPLY)["claims"]), EXPECTED, id="bare list"),
        pytest.param(
            json.dumps({"claims": [
                {"sentence": 0, "text": "Sentence zero does not exist."},
                {"sentence": 5, "text": "Sentence five does not exist."},
                {"sentence": "x", "text": "Not a number at all."},
                {"sentence": True, "text": "A boolean is no number."},
                {"text": "No sentence number given."},
                "a bare string",
                {"sentence": 1, "text": "   "},
                {"sentence": 1, "text": "Did the council vote?"},
                {"sentence": 1, "text": "Voted."},
                {"sentence": "2", "text": "The ban will hurt small shops", "source": "None"},
                {"sentence": 2, "text": "the ban will hurt  small shops."},
            ]}),
            [_claim(0, "The ban will hurt small shops.", UNITS[1])],
            id="invalid items dropped",
        ),  # fmt: skip
        pytest.param('{"claims": []}', [], id="no claims"),
    ],
)
def test_parse_reply(reply: str, expected: list[Claim]) -> None:
    assert parse_reply(reply, ARTICLE, UNITS, VERSION) == expected


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        pytest.param(
            "Sure! The council voted.",
            f"model {MODEL}: its reply for article {ARTICLE.article_id} is not JSON (Expecting value: "
            "'Sure! The council voted.'); use a model that follows instructions or check the server's chat template",
            id="prose",
        ),
        pytest.param(
            '{"answer": "none"}',
            f"model {MODEL}: its reply for article {ARTICLE.article_id} has no list of claims; expected "
            '{"claims": [{"sentence": 1, "text": "...", "source": null}]}',
            id="no claims list",
        ),
    ],
)
def test_a_reply_that_is_not_json_names_the_article(reply: str, message: str) -> None:
    with pytest.raises(ModelError) as info:
        parse_reply(reply, ARTICLE, UNITS, VERSION)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        pytest.param(
            Settings(extractor="llm", llm_model=MODEL),
            "llm_url: is not set; the llm extractor needs it (the API base, e.g. http://localhost:8000/v1) "
            "(looked in: CLAIMS_LLM_URL, claims.toml)",
            id="no url",
        ),
        pytest.param(
            Settings(extractor="llm", llm_url="http://localhost:8000/v1"),
            "llm_model: is not set; the llm extractor needs it (the name the server gives the model) "
            "(looked in: CLAIMS_LLM_MODEL, claims.toml)",
            id="no model",
        ),
        pytest.param(
            Settings(extractor="llm", llm_url="localhost:8000/v1", llm_model=MODEL),
            "llm_url: 'localhost:8000/v1' is not an http(s) URL; use the API base, e.g. http://localhost:8000/v1",
            id="no scheme",
        ),
    ],
)
def test_missing_settings_are_config_errors(settings: Settings, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMS_CONFIG", raising=False)
    with pytest.raises(ConfigError) as info:
        build_extractor("llm", nlp=None, settings=settings)  # type: ignore[arg-type]
    assert str(info.value) == message


# --------------------------------------------------------------------------- through the endpoint


@pytest.mark.model
def test_claims_keep_the_sentence_they_came_from(
    nlp: Language, chat: ChatServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_ENV, "sk-test")
    extractor = build_extractor("llm", nlp=nlp, settings=_settings(chat.url))
    assert (extractor.name, extractor.version) == ("llm", VERSION)
    empty = Article(text="# Background\n", source_uri="heading only")
    assert extractor.extract_many([ARTICLE, empty]) == [EXPECTED, []]  # nothing to ask about: no request
    assert len(chat.requests) == 1
    headers, body = chat.requests[0]
    assert headers["authorization"] == "Bearer sk-test"
    assert body == {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": PROMPT}],
        "temperature": 0,
    }
    assert [TEXT[c.char_start : c.char_end] for c in EXPECTED] == [c.sentence for c in EXPECTED]


@pytest.mark.model
def test_no_key_in_the_environment_sends_no_authorization(
    nlp: Language, chat: ChatServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    build_extractor("llm", nlp=nlp, settings=_settings(chat.url)).extract(ARTICLE)
    assert "authorization" not in chat.requests[0][0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("status", "raw", "error", "message"),
    [
        pytest.param(
            401, None, ConfigError,
            "llm_api_key_env: {url}/chat/completions answered 401 Unauthorized; set CLAIMS_TEST_LLM_KEY to its API key",
            id="401",
        ),
        pytest.param(
            404, None, ConfigError,
            'llm_url: {url}/chat/completions answered 404 Not Found ({{"error": {{"message": "nope"}}}}); '
            "check llm_url (the API base, e.g. http://localhost:8000/v1) and llm_model ('test-model')",
            id="404",
        ),
        pytest.param(
            503, None, TransientModelError,
            "model test-model at {url}/chat/completions: the server answered 503 Service Unavailable; try again later",
            id="503",
        ),
        pytest.param(
            200, b"<html>hello</html>", ModelError,
            "model test-model: {url}/chat/completions did not answer as an OpenAI-compatible chat-completions endpoint "
            "(no choices[0].message.content); check llm_url",
            id="not a chat completion",
        ),
    ],
)  # fmt: skip
def test_http_errors_name_the_fix(
    nlp: Language, chat: ChatServer, status: int, raw: bytes | None, error: type[Exception], message: str
) -> None:
    chat.status, chat.raw = status, raw
    with pytest.raises(error) as info:
        build_extractor("llm", nlp=nlp, settings=_settings(chat.url)).extract(ARTICLE)
    assert str(info.value) == message.format(url=chat.url)
    assert is_transient(info.value) is (status >= 500)


@pytest.mark.model
def test_a_server_that_is_down_is_transient_and_named(nlp: Language) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    with pytest.raises(TransientModelError) as info:
        build_extractor("llm", nlp=nlp, settings=_settings(url)).extract(ARTICLE)
    message = str(info.value)
    assert message.startswith(f"model test-model at {url}/chat/completions: cannot be reached (ConnectError: ")
    assert message.endswith("); start the server or fix llm_url")
    assert is_transient(info.value) and info.value.url == f"{url}/chat/completions"


# --------------------------------------------------------------------------- the commands


def _seed_reply(user: str) -> str:
    """Two claims on the seed article, found by the text of their numbered lines."""

    def number(words: str) -> int:
        found = re.search(r"\[(\d+)\] (?:- )?" + re.escape(words), user)
        assert found is not None, words
        return int(found.group(1))

    return "```json\n" + json.dumps({"claims": [
        {"sentence": number("Maintain leverage"), "source": None,
         "text": "By evading a deal, Russia aims to maintain leverage in negotiations."},
        {"sentence": number("Within multilateral organizations"), "source": None,
         "text": "Consensus on addressing the impasse between Russia and the US remains elusive."},
    ]}) + "\n```"  # fmt: skip


def _run(args: list[str], url: str) -> tuple[int, str, str]:
    env = {"CLAIMS_LLM_URL": url, "CLAIMS_LLM_MODEL": MODEL, "CLAIMS_LLM_API_KEY_ENV": KEY_ENV}
    result = CliRunner().invoke(app, args, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.model
def test_claims_extract_with_the_llm_extractor(chat: ChatServer) -> None:
    chat.reply = _seed_reply
    args = ["extract", str(SEED), "--extractor", "llm", "--model", "keywords", "--format", "jsonl"]
    code, out, err = _run(args, chat.url)
    assert (code, err) == (0, f"2 claims from {SEED}\n")
    text = SEED.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["source"], r["sentence"]) for r in rows] == [
        ("By evading a deal, Russia aims to maintain leverage in negotiations.", None,
         "Maintain leverage in negotiations."),
        ("Consensus on addressing the impasse between Russia and the US remains elusive.", None,
         "Within multilateral organizations such as the United Nations, calls for diplomacy and respect for "
         "international norms prevail, though consensus on addressing the impasse remains elusive."),
    ]  # fmt: skip
    assert [text[r["start"] : r["end"]] for r in rows] == [r["sentence"] for r in rows]
    assert chat.requests[0][1]["model"] == MODEL


@pytest.mark.model
def test_claims_ingest_with_the_llm_extractor(chat: ChatServer, tmp_path: Path) -> None:
    from claims.store import Database, connect, make_engine

    chat.reply = _seed_reply
    db = tmp_path / "c.duckdb"
    args = ["ingest", str(SEED), "--db", str(db), "--model", "keywords", "--no-prefect", "--extractor", "llm"]
    code, _, _ = _run(args, chat.url)
    assert code == 0
    database = Database(str(db))
    engine = make_engine(database)
    with connect(engine, database, begin=False) as conn:
        from sqlalchemy import text

        rows = [tuple(r) for r in conn.execute(text("SELECT text, extractor_version FROM claims ORDER BY position"))]
    engine.dispose()
    assert rows == [
        ("By evading a deal, Russia aims to maintain leverage in negotiations.", VERSION),
        ("Consensus on addressing the impasse between Russia and the US remains elusive.", VERSION),
    ]


@pytest.mark.model
def test_claims_eval_extraction_with_the_llm_extractor(chat: ChatServer, tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"id": "bus", "text": TEXT, "claims": [
        {"text": "The council voted 7-2 on Monday to ban diesel buses.", "type": "fact", "attributed_to": None},
        {"text": "The diesel bus ban will hurt small shops.", "type": "forecast", "attributed_to": "critics"},
        {"text": "The diesel bus ban will reduce asthma cases.", "type": "forecast", "attributed_to": "supporters"},
    ]}), encoding="utf-8")  # fmt: skip
    code, out, _ = _run(["eval", "extraction", str(gold), "--extractor", "llm", "--model", "none"], chat.url)
    assert code == 0
    assert out.splitlines()[:4] == [
        "extraction on 1 gold file(s): 1 articles, 3 gold claims, 3 extracted, 3 matched (cosine >= 0.7 , one-to-one)",
        "recall     1.000",
        "precision  1.000",
        "F1         1.000",
    ]


def test_the_llm_settings_reach_the_flow_models(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import ingest

    built: list[Settings] = []

    def load(settings: Settings) -> object:
        built.append(settings)
        return object()

    monkeypatch.setattr(ingest, "load_components", load)
    ingest._models.cache_clear()
    try:
        ingest._components(_settings("http://localhost:8000/v1", db="a.duckdb", http_timeout=60.0))
    finally:
        ingest._models.cache_clear()
    assert built == [_settings("http://localhost:8000/v1", http_timeout=60.0)]
