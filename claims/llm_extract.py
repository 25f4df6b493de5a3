"""The ``llm`` extractor: an LLM behind an OpenAI-compatible chat-completions endpoint.

**Reads:** ``Article``s.
**Adds:** for each article a list of ``Claim``s, like the ``rules`` extractor:
``claim_type=None``, sequential ``position``, the text and span of the sentence
or list item each came from, ``attributed_to`` and ``extractor_version``
(``llm-0.1:<model>``).

The article is split with the same stages as the rules (``split_blocks``, then
``parse_articles``); the model sees the numbered sentences and list items and
answers, as JSON, which claims each one states (guideline section 1, condensed
into :data:`SYSTEM_PROMPT`). The number ties every claim to its sentence, so
spans come from our split, never from the model.

Pure core: :func:`user_prompt` builds the request text and :func:`parse_reply`
turns the model's answer into claims. The one side effect is :class:`_Chat`,
the only code here that touches the network (vLLM, llama.cpp server, Ollama
and OpenAI all speak this protocol); besides ``claims/sources.py`` it is the
package's only network edge.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claims.errors import ClaimsError, ConfigError, ModelError, TransientModelError
from claims.filtering import is_claim_text
from claims.model import Article, BlockKind, Claim, Sentence
from claims.sentences import ParsedSentence, parse_articles
from claims.settings import Settings
from claims.structure import split_blocks

if TYPE_CHECKING:
    import httpx
    from spacy.language import Language

LLM_EXTRACTOR_VERSION = "llm-0.1"

SYSTEM_PROMPT = """\
You extract atomic claims from a news article. The user lists the article's sentences, numbered; \
list items start with "-" under the line that introduces them (their lead-in).

Rules:
1. Atomic: a claim is one proposition a reader could hold to be true or false. Split a sentence \
that asserts several things (coordinations, relative or appositive clauses adding a second \
assertion) into one claim each; keep one proposition whole.
2. Self-contained: each claim must be readable away from the article. Replace pronouns, \
demonstratives and bare references ("it", "they", "this stance", "the move", "the X") with what \
they point to in the article. Complete a list item with its lead-in ("Russia aims to:" + \
"- Maintain leverage." gives "Russia aims to maintain leverage.").
3. Faithful: add nothing the article does not say. Keep hedges, modality and conditions \
("could", "may", "is expected to", "if ...").
4. Attributed: when the article reports someone's words or views ("Analysts note that X", \
"X, the minister said"), the claim is X and "source" is who said it ("analysts", "the minister"); \
otherwise "source" is null.
5. Skip questions, headings, boilerplate and lead-ins that say nothing without their items \
("Key actors include:").

Answer with JSON only, no prose, in this form:
{"claims": [{"sentence": <number of the sentence or item the claim comes from>, \
"text": "<the claim, one sentence>", "source": "<who asserts it>" or null}]}"""

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)
_NO_SOURCE = {"", "null", "none", "n/a"}
_END = tuple(".!?…")
_CLOSERS = "\"”’')"
_SNIPPET = 60


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where the model is served. ``url`` is the API base (``http://localhost:8000/v1``)."""

    url: str
    model: str
    api_key: str | None = field(default=None, repr=False)  # never printed
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = 10.0

    @property
    def chat_url(self) -> str:
        return self.url.rstrip("/") + "/chat/completions"


def endpoint_from_settings(settings: Settings, environ: Mapping[str, str] | None = None) -> Endpoint:
    """The endpoint named in ``settings``; the key is read from ``settings.llm_api_key_env``."""
    env = os.environ if environ is None else environ
    for key, value, example in (
        ("llm_url", settings.llm_url, "the API base, e.g. http://localhost:8000/v1"),
        ("llm_model", settings.llm_model, "the name the server gives the model"),
    ):
        if not value.strip():
            raise ConfigError(
                key, f"is not set; the llm extractor needs it ({example})",
                looked_in=(f"CLAIMS_{key.upper()}", env.get("CLAIMS_CONFIG", "claims.toml")),
            )  # fmt: skip
    url = settings.llm_url.strip()
    if not url.startswith(("http://", "https://")):
        raise ConfigError("llm_url", f"{url!r} is not an http(s) URL; use the API base, e.g. http://localhost:8000/v1")
    return Endpoint(
        url=url, model=settings.llm_model.strip(), api_key=env.get(settings.llm_api_key_env) or None,
        api_key_env=settings.llm_api_key_env, timeout=settings.http_timeout,
    )  # fmt: skip


# --------------------------------------------------------------------------- pure core


def _units(sentences: Sequence[ParsedSentence]) -> tuple[Sentence, ...]:
    """The sentences, list items and lead-ins the model sees; number ``n`` is ``units[n - 1]``."""
    return tuple(parsed.sentence for parsed in sentences)


def user_prompt(article: Article, units: Sequence[Sentence]) -> str:
    """The numbered sentences of one article; list items are indented under their lead-in."""
    lines = [f"Article: {article.title}"] if article.title else []
    lines.append("Sentences:")
    for number, unit in enumerate(units, start=1):
        text = " ".join(unit.text.split())
        if unit.block_kind == BlockKind.LIST_ITEM:
            lines.append(f"    [{number}] - {text}")
        else:
            lines.append(f"[{number}] {text}")
    return "\n".join(lines)


def _json_of(reply: str) -> Any:
    """The JSON in a reply: bare, inside a ```json fence, or between the outermost brackets."""
    text = reply.strip()
    if fenced := _FENCE.search(text):
        text = fenced.group(1).strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
        end = max(text.rfind("}"), text.rfind("]"))
        if not starts or end < min(starts):
            raise
        return json.loads(text[min(starts) : end + 1])


def _sentence_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _claim_text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    if not text.rstrip(_CLOSERS).endswith(_END):
        text += "."
    return text if is_claim_text(text) else None


def _source(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip().lower() in _NO_SOURCE:
        return None
    return " ".join(value.split())


def parse_reply(reply: str, article: Article, units: Sequence[Sentence], version: str) -> list[Claim]:
    """Claims from the model's answer for ``article``.

    Items naming no listed sentence, with no text or with a question are dropped;
    a reply that is not JSON, or JSON without a list of claims, is a ``ModelError``.
    """
    model = version.partition(":")[2] or version
    try:
        data = _json_of(reply)
    except json.JSONDecodeError as exc:
        snippet = " ".join(reply.split())[:_SNIPPET]
        raise ModelError(
            model, f"its reply for article {article.article_id} is not JSON ({exc.msg}: {snippet!r}); "
            "use a model that follows instructions or check the server's chat template",
        ) from exc  # fmt: skip
    items = data.get("claims") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ModelError(model, f"its reply for article {article.article_id} has no list of claims; expected "
                         '{"claims": [{"sentence": 1, "text": "...", "source": null}]}')  # fmt: skip
    claims: list[Claim] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        number = _sentence_number(item.get("sentence"))
        text = _claim_text(item.get("text"))
        if number is None or not 1 <= number <= len(units) or text is None or text.lower() in seen:
            continue
        seen.add(text.lower())
        unit = units[number - 1]
        claims.append(
            Claim(
                article_id=article.article_id,
                position=len(claims),
                text=text,
                sentence=unit.text,
                char_start=unit.start,
                char_end=unit.end,
                attributed_to=_source(item.get("source")),
                extractor_version=version,
            )
        )
    return claims


# --------------------------------------------------------------------------- the network edge


def _status_error(ep: Endpoint, url: str, status: int, reason: str, body: str) -> ClaimsError:
    """The error for an HTTP error answer: 5xx is worth retrying, 4xx is a setting to fix."""
    if status >= 500:
        return TransientModelError(ep.model, url, f"the server answered {status} {reason}; try again later")
    if status in (401, 403):
        return ConfigError("llm_api_key_env", f"{url} answered {status} {reason}; set {ep.api_key_env} to its API key")
    detail = " ".join(body.split())[:120]
    return ConfigError(
        "llm_url", f"{url} answered {status} {reason} ({detail}); check llm_url (the API base, "
        f"e.g. http://localhost:8000/v1) and llm_model ({ep.model!r})",
    )  # fmt: skip


class _Chat:
    """One HTTP client for a run of requests to ``endpoint`` (a context manager that closes it)."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self._client: httpx.Client | None = None

    def __enter__(self) -> _Chat:
        import httpx

        headers = {"Authorization": f"Bearer {self.endpoint.api_key}"} if self.endpoint.api_key else {}
        self._client = httpx.Client(timeout=httpx.Timeout(self.endpoint.timeout), headers=headers)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def complete(self, system: str, user: str) -> str:
        """The text of the model's answer to one system + user message, at temperature 0."""
        import httpx

        assert self._client is not None, "use _Chat as a context manager"
        ep, url = self.endpoint, self.endpoint.chat_url
        payload = {
            "model": ep.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": 0,
        }
        try:
            response = self._client.post(url, json=payload)
        except httpx.UnsupportedProtocol as exc:
            raise ConfigError("llm_url", f"{ep.url!r} is not an http(s) URL; use the API base") from exc
        except httpx.TimeoutException as exc:
            raise TransientModelError(
                ep.model, url, f"no answer within {ep.timeout:g}s; try again later or raise CLAIMS_HTTP_TIMEOUT"
            ) from exc
        except httpx.TransportError as exc:
            raise TransientModelError(
                ep.model, url, f"cannot be reached ({type(exc).__name__}: {exc}); start the server or fix llm_url"
            ) from exc
        if response.status_code >= 400:
            raise _status_error(ep, url, response.status_code, response.reason_phrase, response.text)
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, LookupError, TypeError) as exc:
            raise ModelError(
                ep.model, f"{url} did not answer as an OpenAI-compatible chat-completions endpoint "
                "(no choices[0].message.content); check llm_url",
            ) from exc  # fmt: skip
        if not isinstance(content, str):
            raise ModelError(ep.model, f"{url} answered without text content; check llm_model")
        return content


# --------------------------------------------------------------------------- the extractor


class LlmExtractor:
    """Claims written by an LLM, one request per article, tied to our sentence split."""

    name = "llm"

    def __init__(self, nlp: Language, endpoint: Endpoint, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.endpoint = endpoint
        self.batch_size = batch_size
        self.version = f"{LLM_EXTRACTOR_VERSION}:{endpoint.model}"

    def extract(self, article: Article) -> list[Claim]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Article]) -> list[list[Claim]]:
        inputs = [(a.text, split_blocks(a.text)) for a in articles]
        parsed = parse_articles(self.nlp, inputs, batch_size=self.batch_size)
        out: list[list[Claim]] = []
        with _Chat(self.endpoint) as chat:
            for article, sentences in zip(articles, parsed, strict=True):
                units = _units(sentences)
                if not units:
                    out.append([])
                    continue
                reply = chat.complete(SYSTEM_PROMPT, user_prompt(article, units))
                out.append(parse_reply(reply, article, units, self.version))
        return out


def build_llm_extractor(nlp: Language, settings: Settings) -> LlmExtractor:
    """The ``llm`` extractor for the endpoint named in ``settings`` (``ConfigError`` when unset)."""
    return LlmExtractor(nlp, endpoint_from_settings(settings))


__all__ = [
    "LLM_EXTRACTOR_VERSION", "SYSTEM_PROMPT", "Endpoint", "LlmExtractor", "build_llm_extractor",
    "endpoint_from_settings", "parse_reply", "user_prompt",
]  # fmt: skip
