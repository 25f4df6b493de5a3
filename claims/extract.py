"""The extractor: article -> atomic, self-contained, attributed claims.

**Reads:** ``Article``s.
**Adds:** for each article a list of ``Claim``s with ``claim_type=None``,
sequential ``position``, the span and text of the sentence or list item each
came from, ``attributed_to`` and ``extractor_version``.

The default ``rules`` extractor chains the stages of guideline section 1:
structure -> sentences -> filtering -> attribution -> decomposition ->
decontextualisation. The ``llm`` extractor (``claims.llm_extract``: a model
behind an OpenAI-compatible endpoint) is registered beside it; other
implementations register in ``EXTRACTORS`` under their own name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from claims.attribution import Attribution, attribute
from claims.decompose import Proposition, decompose
from claims.decontext import decontextualise
from claims.errors import ConfigError
from claims.filtering import is_claim_sentence, is_claim_text
from claims.model import Article, Claim
from claims.llm_extract import build_llm_extractor
from claims.sentences import ParsedSentence, parse_articles
from claims.settings import Settings
from claims.structure import split_blocks

if TYPE_CHECKING:
    from spacy.language import Language

EXTRACTOR_VERSION = "rules-0.1"


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, article: Article) -> list[Claim]: ...

    def extract_many(self, articles: Sequence[Article]) -> list[list[Claim]]: ...


def _leaves_quote_open(text: str) -> bool:
    """True when ``text`` opens a quotation that goes on past it ("Berry said: “This is a betrayal.")."""
    return text.count("“") > text.count("”")


def _opens_quote(text: str) -> bool:
    """True when ``text`` starts a quotation it does not close ("“We finished fourth.")."""
    return text.lstrip().startswith("“") and _leaves_quote_open(text)


def _quote_speakers(sentences: Sequence[ParsedSentence], frames: list[Attribution]) -> list[Attribution]:
    """A quotation over several sentences is said by whoever the sentence closing it names:
    "“We finished fourth with Joel. Without him we will struggle,” he said." gives the first
    sentence the same speaker; and by whoever the sentence opening it names: in "Berry said:
    “This is a betrayal. Our members gave their lives to this place.”" Berry says both."""
    out = list(frames)
    for i, parsed in enumerate(sentences):
        if frames[i].source is not None and _leaves_quote_open(parsed.sentence.text):
            for j in range(i + 1, min(i + 4, len(sentences))):
                later = sentences[j].sentence
                if later.block_index != parsed.sentence.block_index or "“" in later.text or frames[j].source:
                    break
                out[j] = replace(out[j], source=frames[i].source)
                if "”" in later.text:
                    break
        if out[i].source is not None or not _opens_quote(parsed.sentence.text):
            continue
        for j in range(i + 1, min(i + 4, len(sentences))):
            later = sentences[j].sentence
            if later.block_index != parsed.sentence.block_index or "“" in later.text:
                break
            if "”" in later.text:
                if frames[j].source is not None:
                    out[i] = replace(out[i], source=frames[j].source)
                break
    return out


def _propositions(sentences: Sequence[ParsedSentence]) -> list[Proposition]:
    kept = [parsed for parsed in sentences if is_claim_sentence(parsed)]
    frames = _quote_speakers(kept, [attribute(parsed.span) for parsed in kept])
    props: list[Proposition] = []
    for parsed, frame in zip(kept, frames, strict=True):
        props.extend(decompose(parsed, frame))
    return props


def claims_from_sentences(article: Article, sentences: Sequence[ParsedSentence], version: str) -> list[Claim]:
    """Turn one article's parsed sentences into claims (everything after parsing)."""
    claims: list[Claim] = []
    seen: set[str] = set()
    for prop in decontextualise(_propositions(sentences)):
        if not is_claim_text(prop.text) or prop.text.lower() in seen:
            continue
        seen.add(prop.text.lower())
        s = prop.parsed.sentence
        claims.append(
            Claim(
                article_id=article.article_id,
                position=len(claims),
                text=prop.text,
                sentence=s.text,
                char_start=s.start,
                char_end=s.end,
                attributed_to=prop.attributed_to,
                extractor_version=version,
            )
        )
    return claims


class RulesExtractor:
    """Rules on the spaCy dependency parse (the stages of this package)."""

    name = "rules"
    version = EXTRACTOR_VERSION

    def __init__(self, nlp: Language, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def extract(self, article: Article) -> list[Claim]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Article]) -> list[list[Claim]]:
        inputs = [(a.text, split_blocks(a.text)) for a in articles]
        parsed = parse_articles(self.nlp, inputs, batch_size=self.batch_size)
        return [claims_from_sentences(a, p, self.version) for a, p in zip(articles, parsed, strict=True)]


def _rules(nlp: Language, settings: Settings) -> Extractor:
    return RulesExtractor(nlp)


# name -> factory(nlp, settings); an implementation takes what it needs from the settings.
EXTRACTORS: dict[str, Callable[[Language, Settings], Extractor]] = {"rules": _rules, "llm": build_llm_extractor}


def build_extractor(name: str = "rules", *, nlp: Language, settings: Settings | None = None) -> Extractor:
    """The extractor registered as ``name``, built around the caller's spaCy pipeline.

    ``settings`` (default: the defaults) configures implementations that need more than
    the pipeline: ``llm`` reads ``llm_url``, ``llm_model``, ``llm_api_key_env`` and ``http_timeout``.
    """
    try:
        factory = EXTRACTORS[name]
    except KeyError as exc:
        known = ", ".join(sorted(EXTRACTORS))
        raise ConfigError("extractor", f"unknown extractor {name!r}; choose one of: {known}") from exc
    return factory(nlp, settings or Settings())


__all__ = ["EXTRACTOR_VERSION", "Extractor", "EXTRACTORS", "RulesExtractor", "build_extractor", "claims_from_sentences"]
