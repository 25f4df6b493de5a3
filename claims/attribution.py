"""Stage 3: attribution — who asserts the sentence's content.

**Reads:** a parsed sentence (``ParsedSentence.span``).
**Adds:** an ``Attribution``: the source as written ("analysts", "the
minister", "Putin") or ``None``, the token that heads the reported content, and
the tokens of the reporting frame to leave out of the claim.

Guideline 1.4: "Analysts note that X", "X, the minister said", "According to
Y, X", "Experts suggest that X", "Y said X", "X, Y argued" -> the claim is X and
the source is recorded beside it. A reporting verb counts only with a clausal
complement: "Putin emphasized Russia's interests" is a claim about Putin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Lemmas of verbs that report speech or a view when they take a clause.
REPORTING_VERBS = frozenset(
    """say note suggest argue claim believe warn predict contend insist assert state add report observe
    acknowledge admit estimate hope think fear caution stress emphasize emphasise explain tell write announce
    confirm reckon agree conclude find show indicate remark forecast anticipate speculate worry allege concede
    recall point maintain expect assume doubt feel know reveal testify mention declare insist warn urge
    argued suspect""".split()
)
_SUBJECTS = {"nsubj", "nsubjpass"}
# "It suggests that ...", "This shows that ...": an inference, not a source.
_NOT_SOURCES = {"it", "this", "that", "which", "these", "those", "there"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """The reporting frame of one sentence. ``content`` heads the claim."""

    source: str | None
    content: Token
    frame: frozenset[int]  # token indices (doc-level) that belong to the frame


def _source_text(subject: Token) -> str:
    words = [t for t in subject.subtree if not t.is_punct or t.text in "-–'’"]
    text = "".join(t.text_with_ws for t in words).strip()
    first = words[0]
    if first.pos_ != "PROPN" and first.text != "I" and not first.text.isupper():
        text = text[0].lower() + text[1:]
    return text


def _root(span: Span) -> Token:
    return span.root


def _reported(verb: Token) -> Attribution | None:
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    if len(subjects) != 1 or len(clauses) != 1:
        return None
    subject, content = subjects[0], clauses[0]
    if subject.lower_ in _NOT_SOURCES or subject.pos_ == "PRON" and subject.lower_ not in {"he", "she", "they", "we"}:
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in content.children):
        return None  # an open question, not a reported claim
    content_tokens = {t.i for t in content.subtree}
    frame = frozenset(t.i for t in verb.subtree if t.i not in content_tokens)
    frame |= {c.i for c in content.children if c.dep_ == "mark" and c.lower_ == "that"}
    return Attribution(_source_text(subject), content, frame)


def _according_to(span: Span) -> Attribution | None:
    for tok in span:
        if tok.lower_ != "according":
            continue
        tos = [c for c in tok.children if c.lower_ == "to"]
        objs = [c for to in tos for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        frame = {t.i for t in tok.subtree}
        for side in (tok.left_edge.i - 1, tok.right_edge.i + 1):
            if span.start <= side < span.end and span.doc[side].text == ",":
                frame.add(side)
        return Attribution(_source_text(objs[0]), _root(span), frozenset(frame))
    return None


def attribute(span: Span) -> Attribution:
    """Find the reporting frame of ``span``; without one the content is the whole span."""
    root = _root(span)
    found = _reported(root) or _according_to(span)
    return found or Attribution(None, root, frozenset())


__all__ = ["Attribution", "attribute", "REPORTING_VERBS"]
