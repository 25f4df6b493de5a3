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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.attribution import REPORTING_VERBS
from claims.errors import ModelError
from claims.inflect import gerund
from claims.model import Block, BlockKind, Sentence
from claims.settings import DEFAULT_SPACY_MODEL
from claims.structure import complete_item

# Lead-ins that report ("Analysts say:") take whole sentences as items.
_REPORTING = {"say", "note", "suggest", "argue", "warn", "expect", "predict", "believe", "think", "add", "claim"}

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# The parse, tags and lemmas are used; entities are not.
_EXCLUDE = ("ner",)
_PARSED = (BlockKind.PARAGRAPH, BlockKind.LEAD_IN, BlockKind.LIST_ITEM)
# A lead-in ending in one of these needs its items to finish the sentence.
_OPEN_POS = {"VERB", "AUX", "ADP", "PART", "SCONJ", "DET", "CCONJ", "ADJ"}
_OPEN_WORDS = {"include", "includes", "including", "as", "like", "are", "is", "were", "was", "be", "to", "for"}
_TRAILING_ADVERBS = {"instead", "also", "now", "then", "still", "first", "further", "too", "immediately", "urgently"}
_BATCH = 64


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_QUOTES = {"“", "\"", "‘", "'"}
_SAYING = {"said", "says", "say", "told", "added", "warned", "wrote", "explained", "announced", "declared", "stated"}


def _semicolon_sentences(doc: Doc) -> Doc:
    """"Libraries are not just places to borrow books; they are among the last free public
    spaces": two clauses joined by a semicolon (or a colon: "the timing could hardly be worse:
    the holidays began on Saturday") are two sentences, marked before the parser runs (it keeps
    marked boundaries) so each gets a parse of its own."""
    cuts = [t.i for t in doc if t.text in {";", ":"}]
    edges = [-1, *cuts, len(doc)]
    for n, cut in enumerate(cuts, start=1):
        left, right = doc[edges[n - 1] + 1 : cut], doc[cut + 1 : edges[n + 1]]
        if doc[cut].text == ":" and (right[:1].text in _QUOTES or any(t.lower_ in _SAYING for t in left[-3:])):
            continue  # "He said: “...”": what follows a colon is a clause of its own only when not a quote
        if len(right) > 2 and any(t.tag_ in _FINITE for t in left) and any(t.tag_ in _FINITE for t in right):
            doc[cut + 1].is_sent_start = True
    return doc


def load_spacy(name: str = DEFAULT_SPACY_MODEL) -> Language:
    """Build the pinned spaCy pipeline once, without the components we don't use, and with
    semicolons between clauses read as sentence ends (``_semicolon_sentences``)."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name, exclude=list(_EXCLUDE))
    except OSError as exc:
        raise ModelError(
            name, f"the spaCy package is not installed; install it with `pip install {name.replace('_', '-')}`"
        ) from exc
    if "claims_semicolons" not in Language.factories:
        Language.component("claims_semicolons", func=_semicolon_sentences)
    if "tagger" in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claims_semicolons", before="parser")
    _straight_quotes(nlp)
    return nlp


# A curly possessive with the straight form the small model learnt from (the other curly marks:
# no better parses on the gold sets, some worse ones)
_CURLY = {"’s": "'s"}


def _straight_quotes(nlp: Language) -> None:
    """"last year’s Tour": the small model, trained on straight quotes, can read a curly "’s" as
    punctuation and the parse around it falls apart; the curly form shows the model the shape,
    prefix and suffix of its straight form (the text itself is untouched)."""
    for curly, straight in _CURLY.items():
        lexeme, model = nlp.vocab[curly], nlp.vocab[straight]
        lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = model.shape_, model.prefix_, model.suffix_


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence with its parse. ``span`` may be longer than ``sentence.text``
    for list items (it includes the lead-in)."""

    sentence: Sentence
    span: Span


def lead_in_is_open(doc: Doc | Span) -> bool:
    """True when a lead-in ("Russia aims to:") cannot stand without its items."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    while len(words) > 1 and words[-1].lower_ in _TRAILING_ADVERBS:
        words.pop()  # "The group said it would instead:"
    if not words:
        return True
    last = words[-1]
    # "The report recommends that the government:": a "that" clause with a subject and no verb
    subject_only = last.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "mark" and c.lower_ == "that"
                                                         for c in last.head.children if last.head.pos_ != "VERB")
    subject_only = subject_only or any(c.dep_ == "mark" and c.lower_ == "that" for c in last.children)
    return last.pos_ in _OPEN_POS or last.lower_ in _OPEN_WORDS or subject_only


def _is_clause(doc: Doc) -> bool:
    root = next(iter(doc.sents)).root
    return root.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children)


# Objects that stand for actions, so the items are what the subject would do ("would do three things:").
_ACTION_NOUNS = {"thing", "step", "action"}


_MODAL_ENDS = (" would", " will", " should", " could", " must", " can", " may", " might")


def _possessive(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def enumerating(lead: Span) -> str | None:
    """A lead-in that counts its items ("Lumora highlighted three priorities for 2026:") read
    as a frame each item completes: "Lumora’s priorities for 2026 include"; "A settlement
    would do three things:" -> "A settlement would" (the items are what it would do)."""
    root = lead.root
    frame = ""
    inner = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() in _REPORTING and inner is not None and speaker is not None:
        # "The company said it had taken the following steps:" -> "The company said it had" + each step
        frame, root = f"{_bare_phrase(speaker)} {root.text} ", inner
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)
    if obj is None and subj is not None and not frame and (on := _counted_after_preposition(lead)) is not None:
        # "The negotiators remain divided on three issues:" -> "The negotiators remain divided on" + each issue
        return "".join(t.text_with_ws for t in lead.doc[lead.start : on.i + 1]).strip()
    if subj is None or obj is None or (subj.pos_ == "PRON" and not frame) or root.pos_ != "VERB":
        return None
    if frame and obj.lemma_.lower() not in _ACTION_NOUNS:
        return None
    if not any((c.dep_ == "nummod" or c.lower_ in {"several", "following"}) and c.i < obj.i for c in obj.children):
        return None  # "three priorities", "the following steps" (not "tensions following events such as")
    after = [t for c in root.children if c.dep_ == "prep" and c.i > obj.i for t in c.subtree]
    words = [t for t in lead if not t.is_punct]
    if words and words[-1].i > obj.right_edge.i and words[-1] not in after:
        return None
    doc = root.doc
    subject = _bare_phrase(subj)
    if obj.lemma_.lower() in _ACTION_NOUNS:
        return frame + subject + "".join(" " + t.text for t in doc[subj.right_edge.i + 1 : root.i]
                                         if t.dep_ in {"aux", "neg"})
    if obj.lemma_.lower() in _PROPOSING:
        return f"{subject} {_PROPOSING[obj.lemma_.lower()]}"
    kept = [t for t in obj.subtree if t.dep_ not in {"nummod", "det"} and t.lower_ not in {"several", "following"}]
    noun = " ".join(t.text for t in [*kept, *after])
    return f"{_possessive(subject)} {noun} include"


def _counted_after_preposition(lead: Span) -> Token | None:
    """The preposition of a lead-in that ends on a counted noun it governs ("divided on three
    issues:", "disagree over several points:"), so each item is what the preposition takes."""
    words = [t for t in lead if not t.is_punct]
    last = words[-1] if words else None
    if last is None or last.tag_ != "NNS" or last.dep_ != "pobj" or not any(
            (c.dep_ == "nummod" or c.lower_ in {"several", "following"}) and c.i < last.i for c in last.children):
        return None
    on = last.head
    if on.dep_ != "prep" or on.lower_ not in {"on", "over", "about", "in", "between"} or on.i + 1 != last.left_edge.i:
        return None
    return on


# Verbs that put forward the things a lead-in counts ("pointed to three things that could X:")
_POINTING = {"point", "cite", "list", "identify", "name", "highlight", "flag", "mention", "see"}


def counted_with_predicate(lead: Span) -> tuple[str, str] | None:
    """"Feld pointed to three things that could push prices higher still:" -> ("Feld said",
    "could push prices higher still"): each item is the subject of what the counted noun's
    relative clause says, in the words of whoever pointed to them."""
    words = [t for t in lead if not t.is_punct]
    if not words:
        return None
    rel = next((t for t in lead if t.dep_ == "relcl" and t.right_edge.i == words[-1].i), None)
    noun = rel.head if rel is not None else None
    pron = lead.doc[rel.left_edge.i] if rel is not None else None
    if noun is None or pron is None or pron.lower_ not in {"that", "which"} or pron.dep_ != "nsubj" or (
            pron.i != noun.i + 1) or noun.tag_ != "NNS" or not any(
            c.dep_ == "nummod" or c.lower_ in {"several", "following"} for c in noun.children):
        return None
    root = lead.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = f"{_bare_phrase(subj)} said" if subj is not None and root.lemma_.lower() in _POINTING else ""
    said = said[0].lower() + said[1:] if said.startswith(("The ", "A ")) else said
    return said, "".join(t.text_with_ws for t in lead.doc[pron.i + 1 : words[-1].i + 1]).strip()


# Counted objects whose items are what the subject proposes ("makes three recommendations:").
_PROPOSING = {"recommendation": "recommends", "proposal": "proposes", "demand": "demands", "suggestion": "suggests",
              "request": "requests", "call": "calls for", "pledge": "pledges", "promise": "promises"}
# Verbs that put what should be done in a "that" clause ("The report recommends that the government:").
_RECOMMENDING = {"recommend", "propose", "suggest", "urge", "demand", "insist", "ask", "say"}
# Verbs of advice whose object is told what to do ("Officials advised residents to:").
_ADVISING = {"advise", "urge", "tell", "ask", "encourage", "instruct", "remind", "warn", "call"}


def _bare_phrase(head: Token) -> str:
    """``head``'s phrase without clauses set off by commas ("Its report, published in May," -> "Its report")."""
    drop: set[int] = set()
    for t in head.subtree:
        left = t.left_edge.i - 1
        if t.i != head.i and t.dep_ in {"relcl", "acl", "appos"} and left >= 0 and head.doc[left].text == ",":
            drop |= {x.i for x in t.subtree} | {left, t.right_edge.i + 1}
    words = [t for t in head.subtree if t.i not in drop]
    return "".join(t.text_with_ws for t in words).strip().rstrip(",").strip()


def advising(lead: Span) -> str | None:
    """"Health officials advised residents to:" -> "Health officials said residents should": each
    item is then advice the officials give (the attribution stage records them as its source)."""
    root = lead.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    words = [t for t in lead if not t.is_punct]
    told = next((c for c in root.children if c.dep_ in {"ccomp", "dobj"} and c.pos_ in {"NOUN", "PROPN"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if root.lemma_.lower() in _RECOMMENDING and subj is not None and told is not None and words and words[-1] == told:
        # "The report recommends that the government:" -> "The report said the government should"
        return f"{_bare_phrase(subj)} said {re.sub(r'^that ', '', _bare_phrase(told))} should"
    asked = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if root.lemma_.lower() in _ADVISING and asked is not None and words and words[-1].lower_ == "to" and not any(
            c.dep_ == "agent" for c in root.children):
        return f"{_bare_phrase(asked)} should"  # "Parents are being asked to:" -> "Parents should" (no adviser named)
    if root.lemma_.lower() not in _ADVISING or subj is None or obj is None or not words or words[-1].lower_ != "to":
        return None
    return f"{_bare_phrase(subj)} said {_bare_phrase(obj)} should"


def _item_as_gerund(item: Doc) -> str | None:
    """"Restore coursework." -> "restoring coursework." (an imperative item read as an activity)."""
    first = item[0]
    if first.tag_ != "VB" and not (first.pos_ == "VERB" and first.i == 0 and first.is_title):
        return None
    return gerund(first.lemma_.lower()) + item.text[len(first.text) :]


def _with_lead_in(lead: Doc, item: Doc, block: Block, text: str, verb: str | None = None) -> str | None:
    """The item read with its lead-in (guideline 1.2), or None when it stands alone.

    "Russia aims to:" + "Maintain leverage." -> one sentence; "Under the new law:" +
    "Developers must ..." -> "Under the new law, developers must ..."; a full
    sentence under "The next steps include:" stands alone. ``verb`` is the lemma of the
    item's first word when that word is a verb ("Boil all water." -> "boil").
    """
    assert block.lead_in is not None
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in lead)
    last = [t for t in lead if not t.is_punct and not t.is_space]
    frame = bool(last) and (last[-1].lemma_.lower() in _REPORTING or last[-1].lower_ == "that")
    if not has_verb:
        return complete_item(block.lead_in, block.text, text, joiner=",")
    advice = advising(lead[:])
    if advice is not None and verb is not None:
        return complete_item(advice, block.text, text)
    # (an item the verb test took for an imperative, "Low stocks in X", that parses as a noun phrase)
    phrase = verb is None or (item[0].pos_ in {"ADJ", "DET", "NOUN"} and item[:].root.pos_ in {"NOUN", "PROPN"})
    if phrase and not _is_clause(item) and (described := counted_with_predicate(lead[:])) is not None:
        said, predicate = described  # "Low stocks in warehouses." + "could push prices higher still"
        body = item.text.strip().rstrip(".")
        body = f"{body}{',' if ',' in body else ''} {predicate}"  # (after a clause set off inside the item)
        return f"{body}, {said}." if said else f"{body}."  # the frame after it: "..., Feld said."
    counted = enumerating(lead[:])
    if counted is not None and (verb is not None or not _is_clause(item)):
        as_activity = None
        done = counted.endswith((" had", " has", " have"))  # "it had" + "Withdrawn X", "Put X"
        if verb is not None and not counted.endswith(_MODAL_ENDS) and not item[0].lower_.endswith("ing") and not done:
            as_activity = gerund(verb) + item.text[len(item[0].text) :]  # "Restore X." -> "restoring X."
        return complete_item(counted, as_activity or block.text, text)
    if lead_in_is_open(lead):
        if _is_clause(item) and not frame and verb is None:
            return None
        return complete_item(block.lead_in, block.text, text)
    if _is_clause(item):
        return None
    return complete_item(block.lead_in, block.text, text, joiner=":")


# Capitalised sentence openers that are adverbs, not names.
_OPENERS = {"however", "yet", "still", "meanwhile", "now", "then", "also", "instead", "today", "yesterday",
            "nevertheless", "nonetheless", "finally", "later", "earlier", "recently", "separately", "overall",
            "previously", "last", "next", "first", "again", "here", "there", "so", "thus", "indeed"}


def _reduced_relative(sent: Span) -> None:
    """"The share of entries awarded an A fell to 18%": the small parser reads "awarded" as the
    verb and "fell" as a second one joined without "and"; "awarded an A" modifies the subject."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    # (or "was felt": a participle with its own auxiliary is finite too)
    second = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and (
        c.tag_ in {"VBD", "VBZ", "VBP"} or c.tag_ == "VBN" and any(a.dep_ in {"aux", "auxpass"} for a in c.children))),
                  None)
    # (or an irregular participle with its agent: "Server rooms run by hospitals are exempt")
    participle = root.lower_.endswith("ed") or root.tag_ == "VBN" and any(c.dep_ == "agent" for c in root.children)
    if subj is None or second is None or root.tag_ not in {"VBD", "VBN"} or not participle:
        return
    start = min([second.i, *(a.i for a in second.children if a.dep_ in {"aux", "auxpass"})])
    # "The plant, opened in 2019 with public money, employs 300 people": set off by commas on both sides
    bracketed = (sent.doc[root.i - 1].text == "," and subj.right_edge.i >= root.i - 2
                 and sent.doc[start - 1].text == "," and not any(t.text == "," for t in sent.doc[root.i : start - 1]))
    if any(c.dep_ in {"cc", "aux", "auxpass"} for c in root.children) or (
            sent.doc[start - 1].is_punct and not bracketed) or (start != second.i and not bracketed):
        return
    later = [c for c in root.children if c.i > second.i]
    second.head, second.dep_ = second, "ROOT"
    subj.head = second
    root.head, root.dep_, root.tag_ = subj, "acl", "VBN"
    for child in later:
        child.head = second


_EXPECTING = {"expect", "forecast", "predict", "estimate", "anticipate", "project", "pencil"}


def _expected_figure(sent: Span) -> None:
    """"revenue of $3.42 billion, ahead of the $3.30 billion analysts had expected": the small
    parser makes "analysts" the object of "of" and "expected" a clause of the main verb; the
    figure is what "of" takes, and "analysts had expected" a relative clause on it."""
    for verb in sent:
        if verb.lemma_.lower() not in _EXPECTING or verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {
                "ccomp", "ROOT", "conj"}:
            continue
        root = verb.head
        if verb.dep_ == "ROOT":  # "... reported revenue of X, ... analysts had expected." with "expected" the root
            root = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and any(
                x.dep_ == "nsubj" for x in c.children)), verb)
            if root == verb:
                continue
        # "Brightline reported revenue of $3.4 billion ...": the object taken for the clause's subject
        misread = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == root.i + 1), None)
        if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "ccomp"} and c not in (misread, root) for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        who = sent.doc[(auxes[0].i if auxes else verb.i) - 1]
        figure = next((c for c in who.children if c.dep_ == "nummod" and c.i == who.i - 1 and (
            c.like_num or c.text in {"million", "billion"})), None)
        if figure is None or who.dep_ != "pobj" or who.pos_ not in {"NOUN", "PROPN"}:
            continue
        if verb.dep_ == "ROOT":
            root.head, root.dep_ = root, "ROOT"
            for child in [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i]:
                child.head = root
        if misread is not None:
            misread.head, misread.dep_ = root, "dobj"
        change = next((c for c in root.children if c.dep_ == "advmod" and c.lower_ in {"up", "down"} and any(
            x.dep_ == "cc" for x in c.children)), None)
        for child in [c for c in verb.children if c.i < who.left_edge.i and c != misread]:
            child.head = root  # "up 31% from a year earlier" is said of the main verb's figure
            if change is not None and child.dep_ == "advmod" and child.i > change.i:
                child.head, child.dep_ = change, "conj"  # "up 31% ... and ahead of ..."
        for child in [c for c in who.children if c.i < figure.i]:
            child.head = figure  # "the"
        figure.head, figure.dep_ = who.head, "pobj"
        who.head, who.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = figure, "relcl"
        return


def _expected_infinitive_read_as_purpose(sent: Span) -> None:
    """"She expects employment in hospitality to grow more slowly": the small parser can read the
    infinitive as a purpose of "expects" and "in hospitality" as the verb's; the object is the
    infinitive's doer, and what stands between them is said of the object."""
    for verb in sent:
        if verb.lemma_.lower() not in _EXPECTING or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        comp = next((c for c in verb.children if c.dep_ == "advcl" and obj is not None and c.i > obj.i and any(
            a.dep_ == "aux" and a.lower_ == "to" and a.i == c.left_edge.i for a in c.children)), None)
        if obj is None or comp is None:
            continue
        for child in [c for c in verb.children if c.dep_ == "prep" and obj.i < c.i < comp.i]:
            child.head = obj
        comp.dep_ = "xcomp"


def _made_name_read_as_clause(sent: Span) -> None:
    """"..., making Marrowfield the first city in Ostrevia to adopt such a scheme": the small parser
    can make "city" the subject of "adopt" and "Marrowfield" the subject of "city"; the name is what
    the act made it, "the first city ... to adopt" (as in "making it one of the costliest storms")."""
    for make in sent:
        if make.lemma_ != "make" or make.tag_ != "VBG":
            continue
        verb = next((c for c in make.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) if verb else None
        name = next((c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None) if noun else None
        if verb is None or noun is None or name is None or name.i > noun.i:
            continue
        noun.head, noun.dep_ = make, "ccomp"
        verb.head, verb.dep_ = noun, "acl"


def _hyphenated_word_read_as_three(sent: Span) -> None:
    """"two junior co-authors had not known": the small parser can make "co", "-" and "authors"
    three subjects of the verb; the word is one noun, "authors" with its prefix."""
    for dash in sent[1:-1]:
        first, last = dash.doc[dash.i - 1], dash.doc[dash.i + 1]
        if dash.text != "-" or first.whitespace_ or dash.whitespace_ or not (
                first.head.i == dash.head.i == last.head.i and first.dep_ == dash.dep_ == last.dep_ != "ROOT"):
            continue
        for child in [c for c in first.children]:
            child.head = last  # "two junior" count and describe the whole word
        first.head, first.dep_ = last, "compound"
        dash.head, dash.dep_ = last, "punct"


def _relative_read_as_subject(sent: Span) -> None:
    """"According to a report by X, which the council published on Wednesday, the cracks run ...":
    the small parser can leave "which" hanging and make "the council" a second subject of the main
    verb with "published" on it; the council published the report, in a relative clause."""
    for which in sent:
        if which.lower_ not in {"which", "that"} or which.dep_ != "dep" or which.i + 1 >= sent.end:
            continue
        subject = next((t for t in sent[which.i + 1 - sent.start :] if t.dep_ == "nsubj"), None)
        verb = next((c for c in subject.children if c.dep_ == "acl" and c.i > subject.i), None) if subject else None
        if subject is None or verb is None or any(t.text == "," for t in sent.doc[which.i + 1 : subject.i]):
            continue
        verb.head, verb.dep_ = which.head, "relcl"
        subject.head = verb
        which.head, which.dep_ = verb, "dobj"
        return


def _partitive_relative_read_as_conjunct(sent: Span) -> None:
    """"It would cost about 4.2 million crowns over five years, most of which would be paid by X":
    the small parser can join "paid" to "cost" as a second clause; "most of which" makes it a
    relative clause on what the first clause cost (its object)."""
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if verb.dep_ != "conj" or subject is None or subject.i == 0 or sent.doc[subject.left_edge.i - 1].text != ",":
            continue
        if not any(t.lower_ in {"which", "whom"} and t.dep_ == "pobj" and t.head.lower_ == "of" for t in subject.subtree):
            continue
        thing = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if thing is not None:
            comma = sent.doc[subject.left_edge.i - 1]
            comma.head = verb.head  # (the comma sets the clause off; it stays outside it)
            verb.head, verb.dep_ = thing, "relcl"


def _split_subject(sent: Span) -> None:
    """"A magnitude 6.4 earthquake struck ...": the small parser can make "magnitude" and
    "earthquake" two subjects of the verb; the first is a modifier of the second."""
    for verb in sent:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].right_edge.i + 1 != subjects[1].left_edge.i or subjects[0].pos_ != "NOUN":
            continue
        first, second = subjects
        for det in [c for c in first.children if c.dep_ == "det"]:
            det.head = second
        first.head, first.dep_ = second, "compound"
        return


def _preposition_read_as_quantity(sent: Span) -> None:
    """"concerns about 212 towns": after a noun, "about" is its preposition, not "roughly" (the
    small parser makes "towns" the object of "concerns", which a noun cannot take)."""
    for about in sent:
        number = about.head
        noun = number.head
        if about.lower_ not in {"about", "over"} or about.dep_ != "quantmod" or number.dep_ != "nummod":
            continue
        if noun.dep_ == "dobj" and noun.head.pos_ == "NOUN" and about.i == noun.head.i + 1:
            about.head, about.dep_ = noun.head, "prep"
            noun.head, noun.dep_ = about, "pobj"


def _clause_read_as_preposition(sent: Span) -> None:
    """"will elect a sheriff after the incumbent, Dale Price, announced he would retire": with an
    apposition in between, the small parser reads "after" as a preposition and "announced" as a
    second verb of the sentence; "after" opens a clause whose subject is "the incumbent"."""
    for verb in sent:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in verb.children):
            continue
        root = verb.head
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in {"after", "before", "since", "until",
                                                                                   "when", "because"}
                     and c.i < verb.i), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if prep is None or noun is None or not any(c.dep_ == "appos" for c in noun.children):
            continue
        between = sent.doc[noun.right_edge.i + 1 : verb.i]
        if [t.text for t in between] != [","]:
            continue
        prep.head, prep.dep_ = verb, "mark"
        noun.head, noun.dep_ = verb, "nsubj"
        verb.dep_ = "advcl"
        for t in between:
            t.head = verb
        return


def _verb_read_as_participle(sent: Span) -> None:
    """"The money, they said, paid for a villa": with a parenthetical frame in between, the small
    parser can take the noun for the root and the verb for a participle modifying it; a sentence
    has a verb, so the participle is the verb and the noun its subject."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
    aside = next((c for c in sent if c.dep_ == "parataxis" and c.lemma_.lower() in _REPORTING), None)
    if aside is None and verb is not None:
        # "The 24-year-old Slovenian, who took up running at 19, finished in 30 minutes": a relative
        # clause set off between them
        aside = next((c for c in root.children if c.dep_ == "relcl" and root.i < c.i < verb.i and sent.doc[
            c.left_edge.i - 1].text == "," and sent.doc[c.right_edge.i + 1].text == "," and c.right_edge.i + 2 == verb.i),
                     None)
    moved: list[Token] = []
    if aside is None and verb is None:
        # "The Bank of Lestrania, which supervises the payment systems, called X and ordered Y": the
        # participle hung on the relative clause's last noun, its conjunct on the relative verb
        aside = next((c for c in root.children if c.dep_ == "relcl" and c.i > root.i
                      and sent.doc[c.left_edge.i - 1].text == ","), None)
        verb = next((t for t in aside.subtree if t.dep_ == "acl" and t.tag_ in {"VBN", "VBD"} and t.i > aside.i
                     and sent.doc[t.i - 1].text == "," and t.head.i != aside.i and t.head.i < t.i),
                    None) if aside is not None else None
        if verb is not None and aside is not None:
            moved = [c for c in aside.children if c.i > verb.i and c.dep_ in {"conj", "cc"}]
    if verb is None or aside is None or not root.i < aside.i < verb.i:
        return
    clause = {x.i for x in aside.subtree} if aside.dep_ == "relcl" else {aside.i}
    if any(t.pos_ in {"VERB", "AUX"} and t.i not in {x.i for x in verb.subtree} and t.i not in clause
           and t.head.i != aside.i for t in sent):
        return  # another verb: the participle may be one after all
    later = [c for c in root.children if c.i > verb.i] + moved
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in later:
        child.head = verb


def _listed_apposition(sent: Span) -> None:
    """"offer lower prices, better ranges and a real challenge": the small parser often reads the
    middle item of a list as an apposition of the first; it is one more coordinated item."""
    for tok in sent:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.head.dep_ not in {"dobj", "pobj", "nsubj", "attr"}:
            continue
        if any(c.dep_ == "conj" for c in tok.children) and any(c.dep_ == "cc" for c in tok.children):
            tok.dep_ = "conj"


def _content_read_as_relative(sent: Span) -> None:
    """"She told analysts on a conference call that the losses were concentrated": the small parser
    can read the "that" clause as a relative clause on the noun before it ("call"); a clause with
    "that" as its marker and a subject of its own is what the reporting verb reports."""
    for clause in sent:
        if clause.dep_ != "relcl" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i),
                    None)
        noun = clause.head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if mark is None or verb is None or verb.lemma_.lower() not in _REPORTING | {"tell"} or not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) or any(
                c.dep_ == "ccomp" for c in verb.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"  # an ancestor of the old head: no cycle


def _second_that_clause(sent: Span) -> None:
    """"She said the order was issued as soon as the agency raised its alert and that any earlier
    move would have been guesswork": the small parser joins the second "that" clause to the
    nearest verb; it is the second thing said, a conjunct of the first reported clause."""
    for tok in sent:
        if tok.dep_ != "conj" or tok.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            continue
        if tok.head.lemma_.lower() in {"say", "tell", "add", "insist", "argue", "claim", "warn"} and (
                first := next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)) is not None:
            # "said emergency care would continue, but that 900 operations would be postponed": joined to
            # "said", the second clause is the second thing said
            between = [c for c in tok.head.children if c.dep_ in {"cc", "punct"} and first.i < c.i < tok.i]
            tok.head = first
            for link in between:  # ", but" goes with it
                link.head = first
            continue
        if tok.head.dep_ not in {"advcl", "xcomp"}:  # (also "said the raid appeared to have been planned and that")
            continue
        reported = next((a for a in tok.head.ancestors if a.dep_ == "ccomp"), None)
        if reported is None or reported.head.lemma_.lower() not in {"say", "tell", "add", "insist", "argue", "claim"}:
            continue
        cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i == tok.left_edge.i - 1), None)
        if reported is None or cc is None:
            continue
        # the new head is an ancestor of the old one, so the tree keeps no cycle and no crossing arc
        tok.head = reported
        cc.head = reported


def _clock_time(sent: Span) -> None:
    """"at about 2.30 a.m.": the small parser can hang "a.m." on the main verb, which then keeps
    it when the clause with the time is cut off; it belongs to its number."""
    for tok in sent:
        if tok.lower_ in {"a.m.", "p.m."} and tok.i > sent.start and (number := tok.doc[tok.i - 1]).like_num and (
                tok.head.i != number.i and not list(tok.children)):
            tok.head, tok.dep_ = number, "advmod"


def _range_read_as_conjunct(sent: Span) -> None:
    """"avoid running washing machines and dishwashers between 5pm and 9pm": the small parser can
    make the range's end one more conjunct of the objects; the range says when, on the verb."""
    for tok in sent:
        if tok.dep_ == "conj" and tok.left_edge.lower_ == "between" and tok.left_edge.i > tok.head.i and (
                tok.head.dep_ in {"dobj", "pobj"}):
            tok.head, tok.dep_ = tok.head.head, "npadvmod"


def _subject_adjective_read_as_conjunct(sent: Span) -> None:
    """"Snow fell on Sunday, and strong westerly winds have piled it into drifts": the small parser
    can take the adjective after "and" for the second verb and hang the real second clause on the
    first as a subordinate one; the adjectives belong to the subject, the clause is a conjunct."""
    for tok in sent:
        head = tok.head
        if tok.dep_ != "conj" or tok.pos_ != "ADJ" or head.pos_ not in {"VERB", "AUX"} or head.i > tok.i:
            continue
        verb = next((c for c in head.children if c.dep_ == "advcl" and c.i > tok.i and c.pos_ in {"VERB", "AUX"}), None)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb else None
        if verb is None or subject is None or subject.pos_ not in {"NOUN", "PROPN"} or not all(
                t.pos_ in {"ADJ", "ADV"} for t in sent.doc[tok.i + 1 : subject.left_edge.i if subject.left_edge.i > tok.i
                                                             else subject.i]):
            continue
        verb.head, verb.dep_ = head, "conj"
        for t in sent.doc[tok.i : subject.i]:
            if t.head.i in {verb.i, head.i}:  # "strong" (on the first verb), "westerly" (on the second)
                t.head, t.dep_ = subject, "amod"


def _infinitive_read_as_preposition(sent: Span) -> None:
    """"He promised to double grants for families": the small parser can read "to" as a preposition
    and "double" as an adjective of "grants"; it is an infinitive, and "grants" its object."""
    for to in sent:
        if to.tag_ != "TO" or to.dep_ != "prep" or to.i + 2 >= sent.end:
            continue
        verb, noun = to.nbor(1), next((c for c in to.children if c.dep_ == "pobj"), None)
        if verb.tag_ != "VB" or noun is None or verb.head.i != noun.i or noun.i <= verb.i or to.head.pos_ != "VERB":
            continue
        verb.head, verb.dep_, verb.pos_ = to.head, "xcomp", "VERB"
        to.head, to.dep_ = verb, "aux"
        noun.head, noun.dep_ = verb, "dobj"


def _fronted_phrase_read_as_conjunct(sent: Span) -> None:
    """"The census was carried out in March, and for the first time most households answered
    online": the small parser can take "for" as the second conjunct and the clause after "the first
    time" as its relative clause; the clause is the conjunct, the phrase fronted in it."""
    for prep in sent:
        if prep.dep_ != "conj" or prep.pos_ != "ADP" or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        clause = next((c for c in noun.children if c.dep_ == "relcl"), None) if noun is not None else None
        if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in
                                     clause.children) or any(c.tag_ in {"WDT", "WP", "WRB"} for c in clause.children):
            continue
        clause.head, clause.dep_ = prep.head, "conj"
        prep.head, prep.dep_ = clause, "prep"
        if clause.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
            clause.tag_ = "VBD"  # "most households answered"


def _complementiser_read_as_determiner(sent: Span) -> None:
    """"She added that fog had cut visibility": the small parser can read "that" as the determiner of
    the reported clause's subject ("that fog"); right after a reporting verb it opens the clause."""
    for that in sent:
        if that.lower_ != "that" or that.dep_ != "det":
            continue
        noun, verb = that.head, that.head.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or (
                verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS):
            continue
        before = that.doc[that.i - 1] if that.i > sent.start else None
        if before is None or not (before.i == verb.head.i or (before.head.i == verb.head.i and before.dep_ == "dobj")):
            continue  # right after "added", or after "told reporters"
        if noun.i != that.i + 1 or any(c.dep_ != "det" for c in noun.children if c.i < noun.i):
            continue
        that.head, that.dep_, that.pos_, that.tag_ = verb, "mark", "SCONJ", "IN"
    for that in sent:
        # "which reported that velotrin, a common drug, slowed memory loss": "velotrin" read as the object of
        # "reported" and "slowed" as a verb of its own, without a subject
        if that.lower_ != "that" or that.dep_ != "det":
            continue
        noun, said = that.head, that.head.head
        if noun.dep_ != "dobj" or said.lemma_.lower() not in (
                REPORTING_VERBS) or said.i != that.i - 1 or noun.i != that.i + 1:
            continue
        after = noun.right_edge.i + 1
        while after < sent.end - 1 and sent.doc[after].is_punct:
            after += 1
        told = sent.doc[after]
        if told.tag_ not in {"VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in told.children) or told.dep_ not in {"ccomp", "conj"}:
            continue
        told.head, told.dep_ = said, "ccomp"
        noun.head, noun.dep_ = told, "nsubj"
        that.head, that.dep_, that.pos_, that.tag_ = told, "mark", "SCONJ", "IN"


def _second_report_read_as_content(sent: Span) -> None:
    """"X said the recall had been handled well but warned that shortages were likely": the small parser
    can take "warned" for a second clause of what was said; it is a second report, joined to "said"."""
    for verb in sent:
        said = verb.head
        if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or verb.lemma_.lower() not in REPORTING_VERBS or (
                said.lemma_.lower() not in REPORTING_VERBS) or said.i > verb.i or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue
        first = next((c for c in said.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        cc = next((c for c in first.children if c.dep_ == "cc" and c.i == verb.i - 1), None) if first else None
        if cc is None:
            continue
        verb.dep_, cc.head = "conj", said


def _subject_read_as_object_conjunct(sent: Span) -> None:
    """"Residents will get a discount, and blue-badge holders, taxis and emergency vehicles will be exempt":
    the small parser can join the second clause's subjects to the first one's object, leaving its verb
    without a subject; they are that verb's subject."""
    for verb in sent:
        main = verb.head
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        obj = next((c for c in main.children if c.dep_ == "dobj" and c.i < verb.i), None)
        first = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None) if obj else None
        if obj is None or first is None or first.right_edge.i + 1 != verb.left_edge.i:
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.i < first.left_edge.i), None)
        if cc is None or sent.doc[cc.i - 1].text != ",":
            continue  # ", and" closes the first clause
        first.head, first.dep_ = verb, "nsubj"
        cc.head = main


def _conjunct_read_on_adverbial(sent: Span) -> None:
    """"The plant will employ 1,400 people when fully running and support 2,000 more jobs": the
    small parser can join "support" to "running"; a plain verb after a participle clause is the
    main verb's conjunct (its form, not the participle's)."""
    for verb in sent:
        clause = verb.head
        if verb.dep_ != "conj" or clause.dep_ != "advcl" or clause.tag_ not in {"VBG", "VBN"}:
            continue
        main = clause.head
        same = verb.tag_ == main.tag_ or (verb.tag_, main.tag_) == ("VBP", "VB")  # ("will employ ... and support")
        if not same or verb.tag_ not in {"VB", "VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        verb.head, verb.tag_ = main, main.tag_
        for cc in [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i and c.i > clause.i]:
            cc.head = main


def _relative_read_as_report(sent: Span) -> None:
    """"announced a plan on Tuesday that she said would bring 5,000 teachers": the small parser can
    take "that she said" for what was announced; it is a relative clause on the object, whose "that"
    is the subject of the reported clause (a phrase between them goes with the object)."""
    for said in sent:
        that = next((c for c in said.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < said.i), None)
        teller = next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
        told = next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i), None)
        if said.dep_ != "ccomp" or that is None or teller is None or told is None or said.lemma_.lower() not in _REPORTING:
            continue
        obj = next((c for c in said.head.children if c.dep_ == "dobj" and c.i < that.i and c.pos_ == "NOUN"), None)
        if obj is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in told.children) or not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in told.children):
            continue
        between = [c for c in said.head.children if obj.i < c.i < that.i]
        if any(t.is_punct for c in between for t in c.subtree):
            continue
        for c in between:
            c.head = obj  # "on Tuesday": read with the object, so the tree keeps no crossing arc
        said.head, said.dep_ = obj, "relcl"
        that.head, that.dep_, that.tag_ = told, "nsubj", "WDT"


def _comma_splice(sent: Span) -> None:
    """"Sodium is cheap, it is everywhere": two clauses joined by a bare comma, which the small parser
    reads as a report ("X, it said"); when the second verb reports nothing, they are two clauses."""
    for verb in sent:
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if first is None or subject is None or verb.lemma_.lower() in REPORTING_VERBS:
            continue
        comma = sent.doc[first.right_edge.i + 1] if first.right_edge.i + 1 < sent.end else None
        if comma is None or comma.text != "," or subject.i != comma.i + 1 or (
                subject.lower_ not in {"it", "they", "he", "she", "some", "others", "many", "most", "that", "we"}):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
            continue
        # the left clause takes the right one's place, the right one becomes its conjunct
        if verb.head.i == verb.i:
            first.head, first.dep_ = first, "ROOT"
        else:
            first.head, first.dep_ = verb.head, verb.dep_
        verb.head, verb.dep_ = first, "conj"
        return


def _stray_object(sent: Span) -> None:
    """"... and that a cut would give manufacturers badly needed relief": the small parser can hang
    the last object on the reporting verb ("said ... relief"); it belongs to the verb of the
    reported clause it follows, when that verb already has an object before it (a second object)."""
    for tok in sent:
        if tok.dep_ != "dobj" or tok.head.dep_ != "ROOT" or tok.i < tok.head.i:
            continue
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.right_edge.i + 1 == tok.left_edge.i), None)
        if clause is None:
            continue
        verb = sent.doc[clause.right_edge.i]
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.i >= clause.left_edge.i:
            verb = verb.head
        first = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ == "VERB" else None
        if first is None or verb.lemma_.lower() not in {"give", "offer", "send", "show", "hand", "owe", "lend",
                                                         "grant", "pay", "bring", "cost"}:
            continue
        # "give manufacturers relief": the first object is the receiver; the new head is in the
        # same sentence and not below ``tok``, so the tree keeps no cycle
        first.dep_ = "dative"
        tok.head = verb


def _relative_report(sent: Span) -> None:
    """"subsidies, which it claims have flooded the market": the small parser can read "which"
    as the subject of "claims" and hang "have flooded ..." on the sentence's main verb; as in
    its usual parse, "which" is the subject of the reported clause, and that clause is what
    "claims" reports."""
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _REPORTING:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        which = next((c for c in subjects if c.tag_ == "WDT" or c.lower_ in {"which", "who", "that"}), None)
        if len(subjects) != 2 or which is None or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        clause = next((c for c in sent.root.children if c.dep_ in {"ccomp", "conj"} and c.left_edge.i == verb.i + 1
                       and c.pos_ in {"VERB", "AUX"} and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)),
                      None)
        if clause is None:
            continue
        # the clause moves from an ancestor of "claims" to "claims" itself, next to it: no cycle
        clause.head = verb
        which.head = clause


def _subject_read_as_apposition(sent: Span) -> None:
    """"According to Canalys, Novatek’s share fell to 4%": the small parser can hang the subject
    on the name before the comma as its apposition, leaving the verb without a subject."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in root.children):
        return
    subject = next((t for t in sent if t.dep_ == "appos" and t.i < root.i and t.right_edge.i + 1 == root.i
                    and sent.doc[t.left_edge.i - 1].text == "," and t.head.dep_ == "pobj"), None)
    if subject is None:
        return
    path = [a for a in subject.ancestors if a.i != root.i]
    if not path or not all(a.dep_ in {"pobj", "prep", "pcomp"} for a in path):
        return  # only a leading "According to X," / "In a statement, X" hangs it there
    subject.head, subject.dep_ = root, "nsubj"


def _subject_read_as_compound(sent: Span) -> None:
    """"The warning runs from 6am": the small parser can read "warning runs" as one noun, with
    "warning" a compound of the verb; a finite verb with no subject takes it back."""
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ not in {"VBZ", "VBD", "VBP"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in root.children):
        return
    noun = next((c for c in root.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i == root.i - 1),
                None)
    if noun is not None:
        noun.dep_ = "nsubj"
        for left in [c for c in root.lefts if c.i < noun.i and c.dep_ in {"det", "amod", "compound", "poss"}]:
            left.head = noun  # "The" of "The warning"


def _finite_verb_on_infinitive(sent: Span) -> None:
    """"The vaccine is cheaper to produce than existing shots and needs only two doses": the small
    parser can join the second finite verb to the infinitive ("to produce"); a finite verb is
    coordinated with the finite main verb, whose subject it shares."""
    root = sent.root
    if root.tag_ not in {"VBZ", "VBD", "VBP"}:
        return
    for conj in [t for t in sent if t.dep_ == "conj" and t.tag_ == root.tag_ and t.i > root.i]:
        head = conj.head
        if head.tag_ == "VB" and head.dep_ == "xcomp" and any(c.lower_ == "to" for c in head.children) and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            conj.head = root
            for cc in [c for c in head.children if c.dep_ == "cc" and c.i == conj.i - 1]:
                cc.head = root


def _verb_read_as_noun(sent: Span) -> None:
    """"Ashford are fifth and risk missing out": after a copula's complement, the small parser can
    read a coordinated verb as a noun joined to the complement ("fifth and risk"), with the verb's
    own complement ("missing out") left on the copula; a noun takes no such complement, so it is a
    verb coordinated with the copula."""
    root = sent.root
    if root.lemma_ != "be" or root.tag_ not in {"VBZ", "VBD", "VBP"}:
        return
    for noun in sent:
        head = noun.head
        if noun.dep_ != "conj" or noun.tag_ not in {"NN", "NNS"} or head.dep_ not in {"acomp", "attr"} or (
                head.head.i != root.i) or any(c.dep_ in {"det", "amod", "compound", "poss"} for c in noun.children):
            continue
        after = sent.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if after is None or after.head.i != root.i or not (after.tag_ == "VBG" or after.lower_ == "to"):
            continue
        noun.head, noun.pos_ = root, "VERB"
        noun.tag_ = "VBZ" if noun.tag_ == "NNS" else ("VBD" if root.tag_ == "VBD" else "VBP")
        after.head, after.dep_ = noun, "xcomp"
        for cc in [c for c in head.children if c.dep_ == "cc" and c.i == noun.i - 1]:
            cc.head = root


def _subject_read_as_conjunct(sent: Span) -> None:
    """"Owners will be contacted by letter and the repair, which takes an hour, will be free": the
    small parser can join "the repair" to the object before it and leave the second verb without a
    subject; a definite noun that the verb's own auxiliary follows (after a set-off clause) is its
    subject, and "and" joins the two clauses."""
    for verb in sent:
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
            continue
        first = min([verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i)], key=lambda t: t.i)
        if first.i == verb.i or first.i - 1 <= sent.start:
            continue
        noun = next((t for t in sent if t.dep_ == "conj" and t.pos_ == "NOUN" and t.i < first.i and t.right_edge.i + 2 >= first.i
                     and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                     and t.head.dep_ in {"pobj", "dobj"} and verb.head.i in {a.i for a in t.ancestors}), None)
        if noun is None or any(not sent.doc[i].is_punct for i in range(noun.right_edge.i + 1, first.i)):
            continue
        cc = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i), None)
        noun.head, noun.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        if cc is not None:
            cc.head = verb.head
        return

# Verbs that take an "-ing" complement, so "this merger risks becoming X" can be read as noun + noun
_CATENATIVE = {"risk", "keep", "mean", "stop", "start", "continue", "avoid", "involve", "require", "need", "begin",
               "resume", "deserve", "include", "delay"}


def _verb_read_as_plural(sent: Span) -> None:
    """"Otherwise this merger risks becoming another case of X": with no finite verb, the small
    parser can read "merger risks" as one noun and make "becoming" the root; a sentence has a verb,
    so the plural that takes an "-ing" complement is the verb and the noun before it its subject."""
    root = sent.root
    if root.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass"} for c in root.children) or root.i == sent.start:
        return
    verb = sent.doc[root.i - 1]
    subject = sent.doc[verb.i - 1] if verb.i > sent.start else None
    if verb.tag_ != "NNS" or verb.dep_ != "nsubj" or verb.head.i != root.i or subject is None or (
            verb.lemma_.lower() not in _CATENATIVE) or subject.dep_ != "compound" or subject.tag_ not in {"NN", "NNP"}:
        return
    before = [c for c in root.children if c.i < verb.i - 1]
    verb.head, verb.dep_, verb.tag_, verb.pos_, verb.lemma_ = verb, "ROOT", "VBZ", "VERB", verb.lemma_.lower()
    root.head, root.dep_ = verb, "xcomp"
    subject.head, subject.dep_ = verb, "nsubj"
    for child in before:
        child.head = verb
    for child in [c for c in verb.children if c.i < subject.i and c.dep_ in {"det", "amod", "poss", "compound"}]:
        child.head = subject

# What a source holds back about its own statement: "did not give details", "declined to comment"
_RETICENT = {"comment", "elaborate", "specify", "disclose"}
_WITHHELD = {"detail", "details", "information", "figure", "figures", "breakdown", "timetable", "timeline", "reason", "name", "names"}


def _reticence_read_as_reported(sent: Span) -> None:
    """"It added that Solmark was preparing countermeasures but did not give details": the small
    parser joins the second verb to the reported clause, making Solmark hold back the details; a
    subjectless "did not give details" or "declined to comment" is what the speaker did, a
    conjunct of the reporting verb."""
    for tok in sent:
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
            continue
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING | {"tell", "confirm"} or (
                clause.head.i > clause.i):
            continue
        lemma = tok.lemma_.lower()
        complement = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        withheld = lemma in _RETICENT or (
            lemma in {"give", "provide", "offer", "release", "publish"}
            and any(c.dep_ == "dobj" and c.lower_ in _WITHHELD for c in tok.children)) or (
            lemma in {"decline", "refuse"} and complement is not None
            and complement.lemma_.lower() in _RETICENT | {"say", "give", "name"})
        if not withheld:
            continue
        for link in [c for c in clause.children if c.dep_ == "cc" and c.i < tok.i]:
            link.head = clause.head
        tok.head = clause.head  # an ancestor of the old head: no cycle, no crossing arc


_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _reported_subject_read_as_object(sent: Span) -> None:
    """"Feldhaus said newcomers to the city could find it harder": the small parser can take the
    reported clause's subject for the object of "said" and leave the clause, which opens with its
    modal, without a subject; "say" takes no such object, so the noun is the clause's subject."""
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() != "say" or noun.left_edge.i != verb.i + 1 or noun.pos_ not in {
                "NOUN", "PROPN"}:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
        modal = sent.doc[clause.left_edge.i] if clause is not None else None
        if clause is None or modal is None or not (modal.tag_ == "MD" or modal.lemma_ in {"have", "be"} and modal.dep_ in {
                "aux", "auxpass"}) or modal.head.i != clause.i or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in clause.children):
            continue
        between = [c for c in verb.children if noun.i < c.i < modal.i and c.dep_ == "prep"]
        end = max([noun.right_edge.i, *(p.right_edge.i for p in between)])
        if end + 1 != modal.i or any(not t.is_alpha for t in sent.doc[noun.i : modal.i]):
            continue  # (not past a comma: "numbers in the park, which covers X, had tripled" moved the held-out
            # sources of a claim or two the wrong way)
        noun.head, noun.dep_ = clause, "nsubj"
        for prep in between:
            prep.head = noun


def _quoted_conjunct_read_as_content(sent: Span) -> None:
    """"“A can be explained by contamination, but together with X it points to Y,” she said": the
    small parser can hang both halves of the quote on "said"; the second, after the first one's
    "but" or "and", is its conjunct, so that the quote is one reported content."""
    for verb in sent:
        if verb.lemma_.lower() not in _REPORTING:
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if len(clauses) != 2:
            continue
        first, second = clauses
        if any(c.dep_ == "cc" and first.i < c.i < second.left_edge.i for c in first.children):
            second.head, second.dep_ = first, "conj"


def _shared_modifier_read_as_conjuncts(sent: Span) -> None:
    """"about 2,300 sheep and cattle farmers": the small parser can read "cattle" and "farmers" as
    two more conjuncts of "sheep", side by side with nothing between them; the last noun is the
    head ("farmers") and the pair before it ("sheep and cattle") says which kind."""
    for first in sent:
        conjs = [c for c in first.children if c.dep_ == "conj"]
        if len(conjs) != 2 or conjs[0].i + 1 != conjs[1].i or conjs[1].right_edge.i != conjs[1].i or not all(
                c.tag_ in {"NN", "NNS"} for c in [first, *conjs]) or not any(
                c.dep_ == "cc" and first.i < c.i < conjs[0].i for c in first.children):
            continue
        head = conjs[1]
        if first.dep_ == "ROOT":
            continue
        before = [c for c in first.children if c.i < first.i]
        head.head, head.dep_ = first.head, first.dep_
        first.head, first.dep_ = head, "compound"
        for child in before:
            child.head = head
        for child in [c for c in first.children if c.i > head.i]:
            child.head = head


def _emphatic_reflexive_read_as_subject(sent: Span) -> None:
    """"Orsana was likely to cut costs and could itself become a target": the small parser can take
    the emphatic "itself" after the modal for the second verb's subject; it only stresses the
    subject the two verbs share."""
    for tok in sent:
        verb = tok.head
        if tok.lower_ in {"itself", "themselves", "himself", "herself"} and tok.dep_ == "nsubj" and verb.dep_ == "conj" and (
                any(c.dep_ == "aux" and c.i < tok.i for c in verb.children)):
            tok.dep_ = "npadvmod"


# participles spelled like the plain verb, which the small parser can take for a second verb
_BARE_PARTICIPLES = {"run", "put", "set", "cut", "shut", "spread", "cast", "hit", "let", "split", "broadcast", "upset"}


def _participle_read_as_conjunct(sent: Span) -> None:
    """"Build a backup system, run from a second data centre, by the end of 2027": the small
    parser can take the participle set off after the object for a second verb joined without
    "and"; it describes the object, and what follows the second comma is the first verb's again."""
    for verb in sent:
        if verb.dep_ not in {"conj", "dep"} or verb.lower_ not in _BARE_PARTICIPLES or verb.i - 2 < sent.start:
            continue
        obj = next((t for t in sent if t.dep_ == "dobj" and t.right_edge.i + 2 == verb.i), None)
        head = obj.head if obj is not None else verb
        if obj is None or sent.doc[verb.i - 1].text != "," or verb.head.i not in {head.i, *(a.i for a in head.ancestors)} or (
                any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)) or any(
                c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux"} for c in verb.children):
            continue
        close = next((c for c in verb.children if c.text == "," and c.dep_ == "punct"), None)
        later = [c for c in verb.children if close is not None and c.i > close.i]
        verb.head, verb.dep_, verb.tag_ = obj, "acl", "VBN"
        for child in later:
            child.head = head


_CONDITIONS = {"if", "unless", "once", "provided"}


def _condition_read_as_conjunct(sent: Span) -> None:
    """"Reopen one lane to cars and buses, but not to lorries, in early July if tests show X": the
    small parser can join the conditional clause to the verb as a conjunct, taking "not to lorries,
    in early July" with it; a clause that opens with "if" is a condition on the verb before, and
    the words before "if" still belong to that verb."""
    for verb in sent:
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or verb.head.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CONDITIONS and c.i < verb.i), None)
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i), None)
        if mark is None or cc is None or cc.lower_ != "but" or not any(
                c.dep_ == "neg" and c.i < mark.i for c in verb.children):
            continue
        for child in [c for c in verb.children if c.i < mark.i]:
            child.head = verb.head
        verb.dep_ = "advcl"


def _source_apposition_read_as_adverbial(sent: Span) -> None:
    """"..., according to Drovnet, the national grid operator.": the noun phrase closing the sentence
    after the source's comma describes the source; the small parser hangs it on the main verb."""
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head.lower_ != "according":
            continue
        comma = tok.right_edge.i + 1
        if comma >= sent.end - 1 or tok.doc[comma].text != ",":
            continue
        head = next((t for t in sent if t.i > comma and t.head.i == sent.root.i and t.pos_ in {"NOUN", "PROPN"}
                     and t.dep_ in {"npadvmod", "dobj", "attr", "appos", "nsubj", "conj"}), None)
        if head is None or head.left_edge.i not in {comma, comma + 1} or head.right_edge.i + 1 != sent.end - 1 or not (
                sent[-1].is_punct):
            continue
        head.head, head.dep_ = tok, "appos"
        tok.doc[comma].head = tok


def _verb_read_as_adjective(sent: Span) -> None:
    """"The Frostvik Falcons sacked head coach Lars Medin on Monday after ...": the small parser can
    read the verb after a plural name as an adjective of its object; the name is the subject, the
    object hangs on the verb, and a clause that had been made the root is the verb's adverbial."""
    for verb in sent:
        obj = verb.head
        name = verb.doc[verb.i - 1] if verb.i > sent.start else None
        if verb.tag_ != "VBD" or verb.dep_ != "amod" or name is None or name.pos_ != "PROPN" or name.head.i != obj.i or (
                obj.pos_ != "NOUN" or obj.i <= verb.i or obj.dep_ not in {"nsubj", "ROOT"}):
            continue
        root = obj.head if obj.dep_ == "nsubj" else None
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        for det in [c for c in obj.children if c.dep_ == "det" and c.i < name.i]:
            det.head = name
        name.head, name.dep_ = verb, "nsubj"
        for prep in [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ != "of"]:
            prep.head = verb
        obj.head, obj.dep_ = verb, "dobj"
        if root is not None and root.i != verb.i:
            root.head, root.dep_ = verb, "advcl"
            mark = next((t for t in sent if t.dep_ == "prep" and t.head.i == verb.i and t.i < root.i
                         and t.lower_ in {"after", "before", "when", "as", "because", "since", "until"}), None)
            subject = next((c for c in mark.children if c.dep_ == "pobj"), None) if mark is not None else None
            if mark is not None and subject is not None and subject.right_edge.i + 1 == root.i:
                mark.head, mark.dep_ = root, "mark"
                subject.head, subject.dep_ = root, "nsubj"
        for punct in [t for t in sent if t.is_punct and t.head.i == (root.i if root is not None else obj.i) and t.i == sent.end - 1]:
            punct.head = verb
        return


_TIME_PREPS = {"between", "in", "on", "during", "from", "until", "since", "after", "before", "by"}


def _time_read_on_apposed_name(sent: Span) -> None:
    """"took the money from Calloway Homes, a developer based in Dunmore, between 2019 and 2022": a
    time phrase after a name's set-off description says when the verb happened, not which name."""
    for prep in sent:
        noun = prep.head
        appos = next((c for c in noun.children if c.dep_ == "appos" and c.i < prep.i), None)
        if prep.dep_ != "prep" or prep.lower_ not in _TIME_PREPS or appos is None or noun.dep_ != "pobj" or (
                noun.head.head.pos_ not in {"VERB", "AUX"}) or prep.doc[prep.i - 1].text != ",":
            continue
        if any(t.like_num or t.lower_ in _CALENDAR_WORDS for t in prep.subtree if t.i != prep.i):
            prep.head = noun.head.head


_CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "year", "month", "week", "spring", "summer", "autumn", "winter"}


def _silent_e(doc: Doc) -> None:
    """"hoped" lemmatised as "hop", "noted" as "not": a one-syllable stem that the past tense
    does not double ("hopped") had a silent "e" ("hope"), so reporting verbs are found."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.tag_ in {"VBD", "VBN"} and tok.lower_ == lemma + "ed" and _SHORT_STEM.match(lemma):
            tok.lemma_ = lemma + "e"


def _ampersand_names(doc: Doc) -> None:
    """"Hallam & Pryce", "Tessel & Marr": the small parser reads the two names as a pair; joined by
    an ampersand they are one name, merged into one token."""
    spans = [doc[tok.i - 1 : tok.i + 2] for tok in doc if tok.text == "&" and 0 < tok.i < len(doc) - 1
             and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i + 1].is_title]
    taken: set[int] = set()
    with doc.retokenize() as retokenizer:
        for span in spans:
            if taken & set(range(span.start, span.end)):
                continue  # "A & B & C": the first pair only
            taken |= set(range(span.start, span.end))
            retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN", "LEMMA": span.text})


def _object_apposition_read_as_object(sent: Span) -> None:
    """"Freshway bought Bellamy’s, a chain of 80 stores, for 300 million euros": the small parser can
    read the description set off after a named object as a second object (with what follows it), or
    take the figure after it for a conjunct of the description ("fined Chatterlane, the app popular
    with teenagers, €18.5 million"); the description is the name's, the rest the verb's."""
    for verb in sent:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        name = next((o for o in objects if o.pos_ == "PROPN"), None)
        if verb.pos_ != "VERB" or name is None:
            continue
        doc = sent.doc
        comma = max([name.i, *(c.i for c in name.children if c.dep_ == "case" and c.i > name.i)]) + 1  # ("Bellamy’s,")
        if comma >= sent.end or doc[comma].text != ",":
            continue
        described = next((o for o in objects if o.i > comma and o.left_edge.i == comma + 1 and o.pos_ == "NOUN"), None)
        if described is None:
            described = next((c for c in name.children if c.dep_ == "appos" and c.left_edge.i == comma + 1
                              and c.pos_ == "NOUN"), None)
        if described is None or not any(c.dep_ == "det" for c in described.children):
            continue
        close = next((t for t in described.subtree if t.text == "," and t.i > described.i), None)
        if close is None:
            continue
        after = [c for c in described.children if c.i > close.i and c.dep_ in {"prep", "conj", "npadvmod"}]
        if not after:
            continue
        described.head, described.dep_ = name, "appos"
        doc[comma].head = name
        close.head = verb
        for child in after:
            child.head = verb
            if child.dep_ == "conj" and (child.like_num or child.tag_ == "CD"):
                child.dep_ = "npadvmod"  # "fined Chatterlane ... €18.5 million": the fine is the verb's
        for cc in [c for c in described.children if c.dep_ == "cc" and c.i > close.i]:
            cc.head = verb
        return


def repair(doc: Doc) -> Doc:
    """Fix frequent slips of the small parser, one function each (``_reduced_relative`` and the
    ones after it), then an unfamiliar name that opens a sentence, tagged as an adverb or
    adjective, before a verb that has no subject ("Northpost announced ..."), which becomes
    the verb's subject."""
    _silent_e(doc)
    _ampersand_names(doc)
    for sent in list(doc.sents):
        _reduced_relative(sent)
        _expected_figure(sent)
        _hyphenated_word_read_as_three(sent)
        _relative_read_as_subject(sent)
        _partitive_relative_read_as_conjunct(sent)
        _expected_infinitive_read_as_purpose(sent)
        _made_name_read_as_clause(sent)
        _preposition_read_as_quantity(sent)
        _split_subject(sent)
        _clause_read_as_preposition(sent)
        _verb_read_as_participle(sent)
        _listed_apposition(sent)
        _content_read_as_relative(sent)
        _second_that_clause(sent)
        _clock_time(sent)
        _range_read_as_conjunct(sent)
        _infinitive_read_as_preposition(sent)
        _fronted_phrase_read_as_conjunct(sent)
        _complementiser_read_as_determiner(sent)
        _second_report_read_as_content(sent)
        _subject_read_as_object_conjunct(sent)
        _conjunct_read_on_adverbial(sent)
        _relative_read_as_report(sent)
        _comma_splice(sent)
        _subject_adjective_read_as_conjunct(sent)
        _reticence_read_as_reported(sent)
        _stray_object(sent)
        _relative_report(sent)
        _subject_read_as_apposition(sent)
        _subject_read_as_compound(sent)
        _finite_verb_on_infinitive(sent)
        _verb_read_as_noun(sent)
        _verb_read_as_plural(sent)
        _subject_read_as_conjunct(sent)
        _condition_read_as_conjunct(sent)
        _participle_read_as_conjunct(sent)
        _reported_subject_read_as_object(sent)
        _quoted_conjunct_read_as_content(sent)
        _shared_modifier_read_as_conjuncts(sent)
        _emphatic_reflexive_read_as_subject(sent)
        _source_apposition_read_as_adverbial(sent)
        _verb_read_as_adjective(sent)
        _time_read_on_apposed_name(sent)
        _object_apposition_read_as_object(sent)
    for sent in doc.sents:
        first, root = sent[0], sent.root
        if first.tag_ == "NN" and first.is_title and first.dep_ == "nsubj" and first.head.i == root.i and (
                root.lemma_.lower() in _REPORTING | {"announce", "tell"} and not any(c.dep_ == "det" for c in first.children)):
            first.tag_, first.pos_ = "NNP", "PROPN"  # "Oakline said ...": a bare singular noun that speaks is a name
        for tok in sent:
            if tok.tag_ == "NNP" and tok.text.isupper() and len(tok.text) <= 4 and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
                tok.tag_, tok.pos_ = "NN", "NOUN"  # "an MP", "a CEO": an acronym for a kind of person, no name
            if tok.tag_ == "JJ" and tok.is_title and tok.dep_ == "amod" and tok.head.i == tok.i + 1 and (
                    tok.head.pos_ == "PROPN") and (tok.i == sent.start or not tok.doc[tok.i - 1].is_title):
                tok.tag_, tok.pos_, tok.dep_ = "NNP", "PROPN", "compound"  # "Nordic Rail": part of the name
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


def _first_verbs(nlp: Language, items: Sequence[tuple[tuple[int, int], Doc]]) -> dict[tuple[int, int], str]:
    """The lemma of each list item's first word when it is a verb. A capitalised imperative
    ("Boil all water.") is often tagged a name; read as "to boil all water" it is a verb."""
    keys = [key for key, doc in items if len(doc) and doc[0].is_alpha and doc[0].tag_ not in {"DT", "PRP", "PRP$", "CD"}]
    texts = ("to " + items_doc[0].text.lower() + items_doc.text[len(items_doc[0].text) :]
             for items_doc in (dict(items)[k] for k in keys))
    out = {}
    for key, doc in zip(keys, nlp.pipe(texts), strict=True):
        if len(doc) > 1 and doc[1].tag_ == "VB":
            out[key] = doc[1].lemma_.lower()
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
    verbs = _first_verbs(nlp, [(key, docs[key]) for key in first if articles[key[0]][1][key[1]].kind == BlockKind.LIST_ITEM])
    items = []
    for a, (text, blocks) in enumerate(articles):
        lead_doc: Doc | None = None
        for i, block in enumerate(blocks):
            if block.kind == BlockKind.LEAD_IN:
                lead_doc = docs[(a, i)]
            elif block.kind == BlockKind.LIST_ITEM and block.lead_in and lead_doc is not None:
                unit = _with_lead_in(lead_doc, docs[(a, i)], block, text, verbs.get((a, i)))
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


__all__ = ["load_spacy", "ParsedSentence", "parse_articles", "lead_in_is_open", "enumerating", "advising", "DEFAULT_SPACY_MODEL"]
