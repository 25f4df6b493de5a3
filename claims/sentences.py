"""Stage 2: sentences — blocks -> parsed sentences (spaCy), one parse per unit.

**Reads:** the article text and its blocks (``claims.structure``).
**Adds:** ``ParsedSentence``s in document order: the ``Sentence`` (text and
span in the original text, block kind and index, lead-in) plus the spaCy
``Span`` with its dependency parse. Each block is parsed on its own, so a
heading never merges into the next sentence; a list item is parsed as the
sentence it forms with its lead-in (guideline 1.2), while its span stays the
item's own. Headings and boilerplate are not parsed (guideline 1: not claims).

All blocks of all articles go through ``nlp.pipe`` in two batches: first
paragraphs and lead-ins, then list items (whose completion depends on the
parse of their lead-in).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.errors import ModelError
from claims.model import Block, BlockKind, Sentence
from claims.settings import DEFAULT_SPACY_MODEL
from claims.structure import complete_item

# Lead-ins that report ("Analysts say:") take whole sentences as items.
_REPORTING = {"say", "note", "suggest", "argue", "warn", "expect", "predict", "believe", "think", "add", "claim"}

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# The parse, tags and lemmas are used; entities are not.
_EXCLUDE = ("ner",)
_PARSED = (BlockKind.PARAGRAPH, BlockKind.LEAD_IN, BlockKind.LIST_ITEM)
# A lead-in ending in one of these needs its items to finish the sentence.
_OPEN_POS = {"VERB", "AUX", "ADP", "PART", "SCONJ", "DET", "CCONJ", "ADJ"}
_OPEN_WORDS = {"include", "includes", "including", "as", "like", "are", "is", "were", "was", "be", "to", "for"}
_BATCH = 64


def load_spacy(name: str = DEFAULT_SPACY_MODEL) -> Language:
    """Build the pinned spaCy pipeline once, without the components we don't use."""
    import spacy

    try:
        return spacy.load(name, exclude=list(_EXCLUDE))
    except OSError as exc:
        raise ModelError(
            name, f"the spaCy package is not installed; install it with `pip install {name.replace('_', '-')}`"
        ) from exc


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence with its parse. ``span`` may be longer than ``sentence.text``
    for list items (it includes the lead-in)."""

    sentence: Sentence
    span: Span


def lead_in_is_open(doc: Doc | Span) -> bool:
    """True when a lead-in ("Russia aims to:") cannot stand without its items."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not words:
        return True
    last = words[-1]
    return last.pos_ in _OPEN_POS or last.lower_ in _OPEN_WORDS


def _is_clause(doc: Doc) -> bool:
    root = next(iter(doc.sents)).root
    return root.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children)


# Objects that stand for actions, so the items are what the subject would do ("would do three things:").
_ACTION_NOUNS = {"thing", "step", "action"}


def _possessive(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def enumerating(lead: Span) -> str | None:
    """A lead-in that counts its items ("Lumora highlighted three priorities for 2026:") read
    as a frame each item completes: "Lumora’s priorities for 2026 include"; "A settlement
    would do three things:" -> "A settlement would" (the items are what it would do)."""
    root = lead.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)
    if subj is None or obj is None or subj.pos_ == "PRON" or root.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nummod" or c.lower_ in {"several", "following"} for c in obj.children):
        return None
    after = [t for c in root.children if c.dep_ == "prep" and c.i > obj.i for t in c.subtree]
    words = [t for t in lead if not t.is_punct]
    if words and words[-1].i > obj.right_edge.i and words[-1] not in after:
        return None
    doc = root.doc
    subject = doc[subj.left_edge.i : subj.right_edge.i + 1].text
    if obj.lemma_.lower() in _ACTION_NOUNS:
        return doc[subj.left_edge.i : root.i].text
    kept = [t for t in obj.subtree if t.dep_ not in {"nummod", "det"} and t.lower_ not in {"several", "following"}]
    noun = " ".join(t.text for t in [*kept, *after])
    return f"{_possessive(subject)} {noun} include"


def _with_lead_in(lead: Doc, item: Doc, block: Block, text: str) -> str | None:
    """The item read with its lead-in (guideline 1.2), or None when it stands alone.

    "Russia aims to:" + "Maintain leverage." -> one sentence; "Under the new law:" +
    "Developers must ..." -> "Under the new law, developers must ..."; a full
    sentence under "The next steps include:" stands alone.
    """
    assert block.lead_in is not None
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in lead)
    last = [t for t in lead if not t.is_punct and not t.is_space]
    frame = bool(last) and (last[-1].lemma_.lower() in _REPORTING or last[-1].lower_ == "that")
    if not has_verb:
        return complete_item(block.lead_in, block.text, text, joiner=",")
    counted = enumerating(lead[:])
    if counted is not None and (item[0].pos_ == "VERB" or not _is_clause(item)):
        return complete_item(counted, block.text, text)
    if lead_in_is_open(lead):
        if _is_clause(item) and not frame:
            return None
        return complete_item(block.lead_in, block.text, text)
    if _is_clause(item):
        return None
    return complete_item(block.lead_in, block.text, text, joiner=":")


# Capitalised sentence openers that are adverbs, not names.
_OPENERS = {"however", "yet", "still", "meanwhile", "now", "then", "also", "instead", "today", "yesterday",
            "nevertheless", "nonetheless", "finally", "later", "earlier", "recently", "separately", "overall",
            "previously", "last", "next", "first", "again", "here", "there", "so", "thus", "indeed"}


def repair(doc: Doc) -> Doc:
    """Fix one frequent slip of the small parser: an unfamiliar name that opens a sentence,
    tagged as an adverb or adjective, before a verb that has no subject ("Northpost
    announced ..."). The name becomes the verb's subject."""
    for sent in doc.sents:
        first, root = sent[0], sent.root
        if first.i + 1 != root.i or root.pos_ != "VERB" or root.tag_ not in {"VBD", "VBN", "VBZ"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children) or first.head.i != root.i:
            continue
        if first.is_title and first.pos_ in {"ADV", "ADJ", "NOUN"} and first.lower_ not in _OPENERS:
            first.dep_, first.tag_, first.pos_ = "nsubj", "NNP", "PROPN"
            if root.tag_ == "VBN":
                root.tag_ = "VBD"
    return doc


def _sentences_of(doc: Doc, block: Block, index: int) -> list[ParsedSentence]:
    out = []
    for sent in doc.sents:
        raw = block.text[sent.start_char : sent.end_char]
        text = raw.strip()
        if not text:
            continue
        start = block.start + sent.start_char + (len(raw) - len(raw.lstrip()))
        sentence = Sentence(text, start, start + len(text), block.kind, index, block.lead_in)
        out.append(ParsedSentence(sentence, sent))
    return out


def parse_articles(
    nlp: Language, articles: Sequence[tuple[str, Sequence[Block]]], *, batch_size: int = _BATCH
) -> list[tuple[ParsedSentence, ...]]:
    """Parse the blocks of each ``(text, blocks)`` pair; one tuple per article."""
    first = [(a, i) for a, (_, blocks) in enumerate(articles) for i, b in enumerate(blocks) if b.kind in _PARSED]
    docs: dict[tuple[int, int], Doc] = {}
    # A hard-wrapped paragraph is one text: newline -> space keeps every offset.
    texts = (articles[a][1][i].text.replace("\r", " ").replace("\n", " ") for a, i in first)
    for key, doc in zip(first, nlp.pipe(texts, batch_size=batch_size), strict=True):
        docs[key] = repair(doc)
    items = []
    for a, (text, blocks) in enumerate(articles):
        lead_doc: Doc | None = None
        for i, block in enumerate(blocks):
            if block.kind == BlockKind.LEAD_IN:
                lead_doc = docs[(a, i)]
            elif block.kind == BlockKind.LIST_ITEM and block.lead_in and lead_doc is not None:
                unit = _with_lead_in(lead_doc, docs[(a, i)], block, text)
                if unit is not None:
                    items.append(((a, i), unit))
            elif block.kind != BlockKind.HEADING:
                lead_doc = None
    for (key, _), doc in zip(items, nlp.pipe((u for _, u in items), batch_size=batch_size), strict=True):
        docs[key] = repair(doc)
    out: list[tuple[ParsedSentence, ...]] = []
    for a, (_, blocks) in enumerate(articles):
        sents: list[ParsedSentence] = []
        for i, block in enumerate(blocks):
            parsed = docs.get((a, i))
            if parsed is None:
                continue
            if block.kind == BlockKind.LIST_ITEM:
                sentence = Sentence(block.text.strip(), block.start, block.end, block.kind, i, block.lead_in)
                sents.append(ParsedSentence(sentence, parsed[:]))
            else:
                sents.extend(_sentences_of(parsed, block, i))
        out.append(tuple(sents))
    return out


__all__ = ["load_spacy", "ParsedSentence", "parse_articles", "lead_in_is_open", "enumerating", "DEFAULT_SPACY_MODEL"]
