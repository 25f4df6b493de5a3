"""Stage 4: decomposition — one parsed sentence -> atomic propositions.

**Reads:** a ``ParsedSentence`` and its ``Attribution`` (the reported content
and the frame tokens to leave out).
**Adds:** ``Proposition``s: the text of each atomic proposition (not yet
decontextualised or polished), the sentence it came from, its source and its
grammatical subject (for later reference resolution).

Guideline 1.1 (atomic), on the dependency parse:

- coordinated predicates: "X exerted A but also galvanized B" -> two clauses,
  the second borrowing the subject (and auxiliary) of the first;
- coordinated direct objects: "X emphasized A and B" -> "X emphasized A." /
  "X emphasized B."; coordinated subjects and nouns inside a phrase stay
  whole ("Trade between the EU and China grew");
- non-restrictive relative clauses with their own subject role: "Putin, who
  has emphasized A, ..." -> "Putin has emphasized A."; "Trump, whose
  administration advocated A" -> "Trump's administration advocated A.";
- non-restrictive appositions: "Lavrov, the foreign minister, said" -> "Lavrov
  is the foreign minister.";
- participial add-ons after a comma: "X is a critical moment, underscoring Y"
  -> "X underscores Y." (tense and aspect follow the main verb);
- concessive clauses: "..., though consensus remains elusive" -> a claim of
  their own. Conditional, causal and temporal clauses stay attached: they are
  part of the proposition (guideline 1.3 keeps modality and conditions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claims.attribution import REPORTING_VERBS, Attribution, possessor, source_text
from claims.backshift import CALENDAR, WEEKDAYS, date_word, present_again
from claims.inflect import gerund, past, possessive, third_person
from claims.sentences import ParsedSentence

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERBAL = {"VERB", "AUX"}
# Nouns for people ("a player with two years left on his contract", "pupils at schools, who ...").
# Places and bodies a thing is in or on that a following ", which" can be about ("a factory in the
# region, which has lost 2,000 jobs").
_HOLDERS = {"town", "city", "village", "country", "region", "state", "area", "county", "district", "province", "island",
            "community", "neighbourhood", "capital", "school", "hospital", "plant", "factory", "company", "market",
            "sector", "industry", "economy", "league", "party", "system", "government", "parliament", "council"}

# Participles of acts done once, so "The study, published in X," was published (not "is").
_ONE_OFF = {"publish", "found", "build", "launch", "establish", "elect", "appoint", "release", "sign", "issue",
            "complete", "introduce", "create", "discover", "design", "commission", "write"}

PERSON_NOUNS = frozenset(
    """player striker man woman person people child children worker resident manager officer minister official
    patient customer driver member voter candidate director owner leader spokesperson spokesman spokeswoman father
    mother son daughter boy girl teacher doctor nurse student pupil victim suspect defendant parent family farmer
    shopper consumer fan supporter employee staff scientist researcher analyst economist expert""".split()
)
# Posts a person holds in a body ("Northpost’s chief executive"), named to say who is acting.
_JOB_TITLES = {"executive", "chairman", "chairwoman", "chair", "director", "spokesperson", "spokesman", "spokeswoman",
               "minister", "mayor", "president", "secretary", "officer", "manager", "founder", "governor", "head",
               "leader", "chief", "mp", "councillor", "senator"}
_OFFICES = {"minister", "mayor", "chancellor", "governor", "spokesperson", "spokesman", "spokeswoman"}  # no owner needed
_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_CONCESSIVE = {"though", "although", "whereas", "while"}
_PLURAL_PRON = {"they", "we", "these", "those"}


@dataclass(frozen=True, slots=True)
class Proposition:
    """One atomic proposition of a sentence, before decontextualisation."""

    text: str
    parsed: ParsedSentence
    attributed_to: str | None = None
    subject: str | None = None
    subject_plural: bool = False


@dataclass(slots=True)
class _Unit:
    tokens: set[int]
    replace: dict[int, str] = field(default_factory=dict)
    prefix: str = ""
    subject: Token | None = None
    subject_text: str | None = None
    source: str | None = None
    speaker: str | None = None  # who reports the clause this unit belongs to (the frame's source)


# --- tense of participial add-ons -------------------------------------------------------------


def _is_plural(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.tag_ == "NNPS" and any(c.dep_ == "compound" and c.lemma_.lower() in PERSON_NOUNS | {"chief", "head"}
                                      for c in subject.children):
        return False  # "Health minister Priya Danvers" (a surname the tagger took for a plural)
    if subject.tag_ == "NNPS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children) and (
            _person_unlike(subject)):
        return False  # "Halvect Semiconductors", "Quillon Systems": one company
    if subject.lower_ in _PLURAL_PRON or subject.tag_ in {"NNS", "NNPS"}:
        return True
    if subject.lower_ in {"half", "most", "all", "some", "much", "part", "many", "few", "several", "none", "both",
                          "majority", "third", "quarter", "fifth", "rest"} and (whole := next(
            (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None)) is not None:
        return _is_plural(whole)  # "Half of my customers come": as many as the whole they are part of
    return any(c.dep_ == "conj" for c in subject.children)


def _finite_like(main: Token, lemma: str, subject: Token | None) -> str:
    """``lemma`` in the tense and aspect of ``main`` ("has exhibited" + opt -> "has opted")."""
    auxes = [c for c in main.children if c.dep_ in {"aux", "auxpass"}]
    if main.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return " ".join([*(a.text for a in auxes), gerund(lemma)])
    if any(a.lemma_ == "have" for a in auxes):
        return " ".join([*(a.text for a in auxes if a.lemma_ == "have" or a.tag_ == "MD"), past(lemma, True)])
    modals = [a.text for a in auxes if a.tag_ == "MD"]
    if modals:
        return f"{modals[0]} {lemma}"
    if main.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return past(lemma)
    return lemma if _is_plural(subject) else third_person(lemma)


# --- token sets -------------------------------------------------------------------------------


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


# What an event brings about ("..., which leaves little margin", "..., which raised concerns")
_CONSEQUENCES = {"leave", "mean", "give", "save", "put", "make", "bring", "push", "allow", "force", "cause", "raise", "prompt",
                 "spark", "trigger", "suggest", "wipe", "add"}


def _event_of_amount(amount: Token, clause: Token) -> str | None:
    """"the lander’s batteries would last only about 60 hours" -> "the lander’s batteries lasting
    only about 60 hours": a ", which" after an amount that ends its clause is about the clause."""
    verb = amount.head
    if clause.lemma_.lower() not in _CONSEQUENCES:
        return None  # "3,000 staff, which is more than X" is about the amount
    if amount.dep_ not in {"dobj", "npadvmod", "attr"} or not any(c.dep_ == "nummod" or c.like_num for c in
                                                                    amount.children) or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or clause.right_edge.i + 1 < verb.right_edge.i:
        return None
    rest = [t for t in verb.subtree if t.i > verb.i and t.i < clause.left_edge.i - 1]
    words = ["".join(t.text_with_ws for t in subject.subtree).strip(), gerund(verb.lemma_.lower()),
             "".join(t.text_with_ws for t in rest).strip()]
    return " ".join(w for w in words if w)


# Verbs of a change in an amount, and the noun for that change
_CHANGES = {"fall": "fall", "rise": "rise", "drop": "drop", "climb": "rise", "increase": "increase", "decline": "decline",
            "grow": "growth", "jump": "jump", "slump": "slump", "dip": "dip", "soar": "rise", "plunge": "fall",
            "shrink": "fall", "slide": "fall", "tumble": "fall"}
_EXPLAINING = {"blame", "attribute", "link", "put"}  # "which the company blamed on X"


def _change_to_amount(amount: Token, clause: Token) -> str | None:
    """"Net profit fell to 140 million dollars from 230 million, which the company blamed on weaker
    demand" -> "the fall in net profit": the amount a change went to or from, then explained, is the
    change that the clause explains."""
    verb = amount.head.head if amount.dep_ == "pobj" and amount.head.lower_ in {"to", "from", "by"} else None
    if verb is None or verb.lemma_.lower() not in _CHANGES or clause.lemma_.lower() not in _EXPLAINING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or clause.right_edge.i + 1 < verb.right_edge.i:
        return None
    words = "".join(t.text_with_ws for t in subject.subtree).strip()
    words = words if subject.left_edge.pos_ == "PROPN" else words[0].lower() + words[1:]
    return f"the {_CHANGES[verb.lemma_.lower()]} in {words}"


def _action_to_place(place: Token, clause: Token) -> str | None:
    """"spend 6 billion crowns upgrading the existing line to Kessby, which would cut the journey
    time": a ", which would ..." after the place an action leads to is about the action."""
    if place.pos_ != "PROPN" or not any(c.tag_ == "MD" for c in clause.children):
        return None
    path = [place]
    while path[-1].dep_ in {"pobj", "prep", "dobj"} and path[-1].tag_ != "VBG":
        path.append(path[-1].head)
    doing = path[-1]
    if doing.tag_ != "VBG" or doing.right_edge.i != clause.right_edge.i:
        return None
    words = [t for t in doing.subtree if t.i < clause.left_edge.i - 1]
    text = "".join(t.text_with_ws for t in words).strip()
    return text[0].upper() + text[1:]


def _comma_before(tok: Token) -> bool:
    left = tok.left_edge.i - 1
    return left >= tok.sent.start and tok.doc[left].text in {",", "—", "–", "("}


def _edge_punct(tok: Token) -> set[int]:
    """Commas or dashes that set off ``tok``'s subtree on either side."""
    out = set()
    for i in (tok.left_edge.i - 1, tok.right_edge.i + 1):
        if 0 <= i < len(tok.doc) and tok.doc[i].text in {",", "—", "–", "(", ")"}:
            out.add(i)
    return out


def _set_off(head: Token, deps: frozenset[str] = frozenset({"relcl", "appos", "acl"})) -> set[int]:
    """Clauses and appositions set off by commas inside ``head``'s phrase, with their commas."""
    drop: set[int] = set()
    for t in head.subtree:
        if t.dep_ in deps and t.i != head.i and _comma_before(t):
            drop |= _subtree(t) | _edge_punct(t)
    return drop


def _noun_phrase(head: Token, allowed: set[int] | None = None, replace: Mapping[int, str] | None = None) -> str:
    drop = _set_off(head)
    ids = [t.i for t in head.subtree if t.i not in drop and (allowed is None or t.i in allowed)]
    while ids and head.doc[ids[-1]].dep_ == "punct" and head.doc[ids[-1]].text in {".", "!", "?", ";", ":"}:
        ids.pop()  # a noun the parser made the root holds the full stop: "The association, which ..."
    return _render(head.doc, ids, replace)


def _render(doc: object, ids: Iterable[int], replace: Mapping[int, str] | None = None, prefix: str = "") -> str:
    replace = replace or {}
    parts = [prefix + " "] if prefix else []
    order = sorted(ids)
    for n, i in enumerate(order):
        tok = doc[i]  # type: ignore[index]
        gap = n + 1 < len(order) and order[n + 1] != i + 1
        parts.append(replace.get(i, tok.text) + (" " if gap else tok.whitespace_))
    return tidy("".join(parts))


def tidy(text: str) -> str:
    """Collapse the spacing and punctuation left behind by removed tokens."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    text = re.sub(r"[,;:]\s*(?=[,.;:!?]|$)", "", text)
    text = re.sub(r"^[,;:.\s—–-]+", "", text)
    text = re.sub(r"\s*[—–]\s*$", "", text)
    # A conjunction left dangling by a coordination split ("... institutions and.")
    text = re.sub(r",?\s+(?:and|or|but|nor)\s*(?=[.;:!]?$)", "", text)
    return text.strip()


# --- the decomposition ------------------------------------------------------------------------


def _subject_of(verb: Token) -> Token | None:
    found = next((c for c in verb.children if c.dep_ in _SUBJ and c.dep_ != "expl"), None)
    if found is None:  # "repairs remain allowed" parsed with the subject on the auxiliary
        aux = (c for c in verb.children if c.dep_ in {"aux", "auxpass"})
        found = next((g for c in aux for g in c.children if g.dep_ in _SUBJ and g.dep_ != "expl"), None)
    return found


def _fronted(verb: Token, allowed: set[int]) -> str:
    """"Under the new law, A can X, and B remain Y": the set-off opening phrase A's clause
    shares with the clause coordinated to it ("Under the new law, B remain Y")."""
    subj = _subject_of(verb)
    for c in verb.children:
        if subj is None or c.i >= subj.i or c.dep_ not in {"prep", "advmod", "npadvmod"} or c.i not in allowed or (
                c.lower_ == "according"):  # the source, recorded beside the claim
            continue
        nxt = c.right_edge.i + 1
        if c.left_edge.i == verb.sent.start and nxt < len(verb.doc) and verb.doc[nxt].text == ",":
            return _render(verb.doc, _subtree(c)) + ","
    return ""


def _clause_head_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, else of the clause it is coordinated with."""
    while verb is not None:
        subj = _subject_of(verb)
        if subj is not None:
            return subj
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head
    return None


def _relative_pronoun(clause: Token) -> Token | None:
    for t in clause.subtree:
        if (t.tag_ in {"WP", "WDT", "WP$"} or (t.tag_ == "WRB" and t.lower_ in {"where", "when"})) and t.i < clause.i + 1:
            return t
    return None


def _cuts(verb: Token, allowed: set[int]) -> list[tuple[str, Token]]:
    """Sub-clauses of ``verb`` that carry their own assertion, outermost only."""
    found: list[tuple[str, Token]] = []
    stack = [c for c in verb.children if c.i in allowed]
    while stack:
        tok = stack.pop()
        kind = _cut_kind(verb, tok)
        if kind:
            found.append((kind, tok))
            continue
        stack.extend(c for c in tok.children if c.i in allowed)
    return sorted(found, key=lambda kt: kt[1].i)


def _cut_kind(verb: Token, tok: Token) -> str | None:
    if tok.head == verb and tok.dep_ == "conj" and tok.pos_ in _VERBAL and tok.i > verb.i and not any(
            c.dep_ == "cc" and c.lower_ in {"or", "than"} and verb.i < c.i < tok.i for c in verb.children):
        return "conj"  # (not "repair or replace any damaged bike": a disjunction is one claim; nor "repair
        # the bridge rather than build a new one")
    # "Hugo Lindqvist, a scientist who is not involved in the mission, said": said of the person named
    described = tok.head.dep_ == "appos" and tok.head.head.pos_ == "PROPN" and tok.left_edge.lower_ == "who"
    # (or under a phrase of that description: "Ansel Brevik, an MP for the Green Left party who sits on X")
    described = described or (tok.left_edge.lower_ == "who" and tok.head.dep_ == "pobj" and tok.head.pos_ == "NOUN"
                              and tok.head.lemma_.lower() not in PERSON_NOUNS and tok.head.head.head.dep_ == "appos"
                              and tok.head.head.head.head.pos_ == "PROPN")
    # "a plan that she said would bring X": what the speaker says of the thing is a claim of its own
    reported = tok.dep_ == "relcl" and tok.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children) for c in tok.children)
    if tok.dep_ == "relcl" and (_comma_before(tok) or described or reported) and len(
            [c for c in tok.children if c.dep_ == "nsubj"]) < 2:
        pron = _relative_pronoun(tok)
        if pron is not None and (pron.dep_ in {"nsubj", "nsubjpass"} or pron.tag_ == "WP$"):
            return "relcl"
        if pron is not None and pron.dep_ in {"dobj", "pobj", "advmod"} and pron.lower_ in {"which", "whom", "where", "when"}:
            return "relcl"
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and any(
            c.dep_ == "xcomp" for c in tok.children)) and _comma_before(tok) and tok.head.dep_ in _SUBJ:
        # (a participle the tagger took for a past tense: "The bridge, expected to cost X, will ...")
        return "acl"
    if _described(verb, tok) is not None:
        return "acl"  # "Quill, founded in 2016, sold ..."; "unveiled its phone, priced at 1,799 dollars,"
    if tok.dep_ == "appos" and tok.like_num and _comma_before(tok) and tok.head.pos_ == "PROPN":
        return "age"  # "Martin Caldwell, 54," : the age is dropped from the claims about him
    if (tok.dep_ == "advmod" and tok.lower_ in {"up", "down"} and tok.head in (verb, _figure(verb)) and _comma_before(tok)
            and any(c.dep_ == "npadvmod" and (c.like_num or c.text == "%") for c in tok.children)
            and _quantity(verb, _subject_of(verb)) is not None):
        return "change"  # "..., up 3.2% on last year"
    owner = tok.head.head
    if (tok.dep_ == "appos" and _comma_before(tok) and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN"
            and tok.head.i < tok.i and (tok.head.dep_ in _SUBJ and owner == verb or tok.head.dep_ == "dobj" and (
                owner == verb or owner.dep_ == "xcomp" and owner.head == verb)
                                       and any(c.dep_ == "poss" for c in tok.head.children)  # "sell their captain, X,"
                                       or tok.head.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ != "PRON"
                                                                          for c in tok.head.children))  # "by the chain’s owner, X,"
            and any(c.dep_ in {"det", "poss"} or possessor(c) for c in tok.head.children) and not any(
                t.i > tok.right_edge.i and not t.is_punct for t in tok.head.subtree)
            and tok.right_edge.i + 1 < len(tok.doc) and (tok.doc[tok.right_edge.i + 1].text == "," or (
                tok.head.dep_ == "pobj" and tok.doc[tok.right_edge.i + 1].text == "."))):
        return "named"
    if _labelled_object(tok) is not None:
        return "label"  # "approved a €640 million expansion of its terminal, a project that would double X"
    if tok.dep_ == "appos" and _comma_before(tok) and tok.head.pos_ in {"PROPN", "NOUN"} and _next_to_head(tok):
        if tok.head.pos_ == "PROPN" and (_post(tok) or _speakers_job(tok)) and not any(c.dep_ == "relcl" for c in tok.children):
            return "age"  # "Dr Alina Morrow, the trust’s chief executive, blamed X": a label, dropped like an age
        if (tok.head.dep_ in _SUBJ or tok.head.dep_ in {"dobj", "pobj"} and tok.head.pos_ == "PROPN" and _set_off_name(tok)) and any(
                t.pos_ == "DET" or t.pos_ == "ADJ" for t in tok.subtree):
            return "appos"  # ("operated by Tessaly Ferries, the largest ferry company in Ostmark": said of the name too)
    if _partitive(tok) is not None:
        return "partitive"  # "90,000 passengers have been affected, most of them on short-haul routes"
    if _describes_amount(tok):
        return "amount"  # "cost 640 jobs, about a fifth of all manufacturing work in the town"
    if _day_described(tok) is not None:
        return "day"  # "kept its rate on Thursday, the third consecutive meeting without a change"
    if _second_object(tok) is not None:
        return "owned"  # "issued a severe flood warning on Sunday, its highest alert level"
    if _object_described(tok) is not None:
        return "described"  # "impose a hosepipe ban from Monday, the first such restriction in 14 years"
    if (tok.dep_ == "advcl" and tok.left_edge.tag_ == "WRB" and tok.left_edge.lower_ in {"when", "where"}
            and tok.left_edge.head.i == tok.i and _comma_before(tok) and _subject_of(tok) is not None
            and _adverbial_anchor(tok) is not None):
        return "adverbial"
    marks = [c for c in tok.children if c.dep_ == "mark"]
    if tok.dep_ == "advcl" and tok.i > verb.i and marks and _subject_of(tok) is not None:
        if marks[0].lower_ in _CONCESSIVE and _comma_before(tok):
            return "concessive"  # "..., while Ashford have lost three": a second assertion
        focused = any(c.dep_ in {"advmod", "npadvmod"} and c.i < marks[0].i for c in tok.children)
        # a claim of its own: not "after sales fell" (too short) nor "after the wind destroyed them" (whose
        # "them" is in the main clause)
        long_enough = len([t for t in tok.subtree if not t.is_punct]) > 3 and not any(
            t.tag_ == "PRP" and t.dep_ not in {"nsubj", "nsubjpass"} for t in tok.subtree)
        if tok.head == verb and marks[0].lower_ == "because" and not focused and long_enough:
            return "concessive"  # "hard to sell because all three are catalogued": the reason is asserted too
        if (tok.head == verb and marks[0].lower_ in _TEMPORAL and _happened(verb) and _in_past(tok) and not focused
                and long_enough and not any(m.lower_ in {"if", "though"} for m in marks)):  # ("as if it were free")
            # "The decision was taken after two pupils fell ill": a main clause too short to stand alone keeps it
            rest = [t for t in verb.subtree if not t.is_punct and t.i not in _subtree(tok)]
            return "timed" if len(rest) <= 4 else "concessive"  # "finished with ten men after Sandri was sent off": both happened
            # (but "arrived only after the water had reached" is about the timing: one claim)
    if tok.lemma_ == "make" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "xcomp" and (
            tok.head.head == verb and _comma_before(tok) and _made(tok) is not None):
        return "making"  # "voted to introduce X, making Marrowfield the first city to adopt one"
    if tok.head == verb and tok.dep_ == "advcl" and tok.i > verb.i and _comma_before(tok):
        if tok.lemma_ == "make" and _made(tok) is not None:
            return "making"  # "..., making it one of the costliest storms on record"
        if not marks and tok.tag_ == "VBG" and _subject_of(tok) is None and not _starting_with(tok):
            return "participle"
    if _with_doing(verb, tok) is not None:
        return "with"  # "..., with Vesk General treating 85 patients on Sunday alone"
    return None


def _coordinated(head: Token, clause: Token) -> str | None:
    """"The Kessel Pass and the Dornjoch Pass, which together carry 9,000 vehicles": a plural
    relative clause on the last of singular conjuncts is about them all."""
    verb = next((c for c in clause.children if c.dep_ in {"aux", "auxpass"}), clause)
    plural = verb.tag_ == "VBP" or verb.lower_ in {"were", "have", "are"}
    if head.dep_ != "conj" or head.tag_ not in {"NN", "NNP"} or not plural:
        return None
    first = head
    while first.dep_ == "conj":
        first = first.head
    return head.doc[first.left_edge.i : head.i + 1].text


def _mentioned_again(subject: Token | None, text: str) -> str:
    """"Thieves stole X, breaking in through a door" -> "The thieves broke in": a subject brought in
    without an article ("Thieves", "A man") is definite once it is named again."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in PERSON_NOUNS - {"thief", "man", "woman"}:
        return text
    dets = [c for c in subject.children if c.dep_ in {"det", "poss", "nummod", "amod", "compound"}]
    if subject.tag_ == "NNS" and not dets and text == subject.text:
        return f"The {text[0].lower()}{text[1:]}"
    if [c.lower_ for c in subject.children if c.dep_ == "det"] in (["a"], ["an"]) and re.match(r"(?i)an? ", text):
        return "The " + text.split(" ", 1)[1]
    return text


def _starting_with(tok: Token) -> bool:
    """"ease its warning step by step, starting with the lower slopes": how, not a second act."""
    return tok.lemma_.lower() in {"start", "begin"} and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children)


def _made(tok: Token) -> Token | None:
    """The small clause of "making it one of the costliest storms": "it" and what it is."""
    clause = next((c for c in tok.children if c.dep_ in {"ccomp", "oprd", "xcomp"}), None)
    if clause is None or not any(c.dep_ == "nsubj" and (c.lower_ in {"it", "them"} or c.pos_ == "PROPN" and c.i < clause.i)
                                 for c in clause.children):
        return None  # (or a name: "making Marrowfield the first city to adopt X")
    return clause if clause.pos_ in {"NOUN", "NUM", "ADJ", "PROPN"} else None


def _with_doing(verb: Token, tok: Token) -> Token | None:
    """The gerund of an absolute "with X doing Y" set off after the clause."""
    if tok.dep_ != "prep" or tok.lower_ != "with" or tok.head != verb or not _comma_before(tok) or tok.i < verb.i:
        return None
    doing = next((c for c in tok.children if c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG"), None)
    subject = _subject_of(doing) if doing is not None else None
    return doing if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


# Participles that say what a thing is, so one set off after an object is said of the object.
_DESCRIBING = {"price", "value", "build", "make", "design", "base", "own", "name", "found", "manufacture", "produce"}


def _described(verb: Token, tok: Token) -> Token | None:
    """The noun a participle set off by commas but hung on the verb describes: the subject it
    follows ("Quill, founded in 2016 by two engineers, sold ..."), or the object before it
    ("unveiled its first foldable phone on Tuesday, priced at 1,799 dollars, as ...")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.head != verb or not _comma_before(tok) or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in tok.children):
        return None
    after = tok.right_edge.i + 1
    if after >= len(tok.doc) or tok.doc[after].text not in {",", "."}:
        return None
    subject = _subject_of(verb)
    if tok.i < verb.i:
        if subject is not None and subject.right_edge.i == tok.left_edge.i - 2 and tok.doc[after].text == ",":
            return subject
        return None
    if tok.lemma_.lower() not in _DESCRIBING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in {"NOUN", "PROPN"}), None)
    between = [c for c in verb.children if obj is not None and obj.i < c.i < tok.i and c.dep_ not in {"prep", "npadvmod",
                                                                                                    "punct"}]
    return obj if obj is not None and not between else None


def _next_to_head(tok: Token) -> bool:
    """A set-off phrase that follows its head's own words ("Ministers have promised to build
    300,000 homes a year, a target ..." is not about the ministers, whatever the parser says)."""
    before = tok.left_edge.i - 2
    return before >= 0 and tok.doc[before] in tok.head.subtree and tok.doc[before] not in tok.subtree


def _is_amount(tok: Token) -> bool:
    return tok.like_num or tok.text == "%" or bool(_WITH_UNIT.match(tok.text)) or any(
        c.dep_ == "nummod" or c.like_num for c in tok.children)


_WITH_UNIT = re.compile(r"^\d[\d.,]*(?:C|F|km|kg|mm|cm|m|MW|GW|kWh|MWh|GWh|bn)$")  # "43.8C", "12km": one token


def _amount_before(tok: Token) -> Token | None:
    """The amount that ends the clause before a set-off phrase, past a closing "this year"."""
    before = tok.left_edge.i - 2
    if before < 0:
        return None
    year = tok.doc[before]
    if year.dep_ == "pobj" and date_word(year) and year.head.left_edge.i > 0 and year.head.head.pos_ in {"VERB", "AUX"}:
        before = year.head.left_edge.i - 1  # "promised 25,000 homes a year by 2028, a target ...": past the date
    time = next((a for a in [tok.doc[before], *tok.doc[before].ancestors] if a.dep_ == "npadvmod"), None)
    if time is not None and time.left_edge.i > 0:
        before = time.left_edge.i - 1
    figure = tok.doc[before]
    if time is not None and time.head.i == figure.i:
        return figure if _is_amount(figure) else None  # "300,000 homes a year"
    while not _is_amount(figure) and (place := next((a for a in [figure, *figure.ancestors] if a.dep_ == "prep"
                                                     and a.head.pos_ in {"VERB", "AUX"}), None)) is not None:
        figure = tok.doc[place.left_edge.i - 1]  # "reached 43.8C in the city of Orsena on Tuesday afternoon, ..."
        if figure.i + 1 == place.i and figure.dep_ == "dobj":
            break
    return figure if _is_amount(figure) and figure.dep_ in {"dobj", "pobj"} else None


_DISTANCES = {"kilometre", "kilometer", "mile", "metre", "meter", "km"}
# what an action is called, never what an amount is: "for five years, the most far-reaching intervention"
_MEASURES = {"intervention", "measure", "move", "step", "reform", "decision", "crackdown", "overhaul", "policy"}


def _describes_amount(tok: Token) -> bool:
    """A noun phrase set off after an amount that closes the clause and says what the amount is:
    "640 jobs, about a fifth of all manufacturing work", "fell to 3.7%, their lowest level in 18
    months", "4.10 euros a share, a premium of 31%", "to build 300,000 homes a year, a target
    that has never been met"."""
    head = tok.head
    end = tok.right_edge.i + 1
    # it closes its clause: the sentence ends, or a new clause begins (", while the Conservatives fell")
    closes = end >= tok.sent.end or tok.doc[end].text in {".", ";"} or (
        tok.doc[end].text == "," and end + 1 < len(tok.doc) and (
            tok.doc[end + 1].pos_ in {"SCONJ", "CCONJ"} or tok.doc[end + 1].lower_ == "according" and not any(
                t.text == "," for t in tok.subtree)))  # (", according to X" closes it too, when it is one phrase)
    superlative = tok.tag_ == "JJS" and any(c.dep_ == "det" for c in tok.children)  # "68%, the highest in ..."
    # (or read as a second object: "reached 43.8C in Orsena on Tuesday, the highest reading since 1921")
    second = tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i and _is_amount(c) for c in head.children)
    # (the small parser often hangs the phrase on the verb: "fell to 21,300, the lowest since 2013")
    if not ((tok.dep_ in {"appos", "npadvmod"} or second) and (tok.pos_ == "NOUN" or superlative) and _comma_before(tok)
            and closes and any(c.dep_ in {"det", "poss", "quantmod", "advmod"} for c in tok.subtree)):
        return False
    if tok.lemma_.lower() in _MEASURES:
        return False  # "to cap rents for five years, the most far-reaching intervention since X": the cap is
    if tok.lemma_.lower() in _DISTANCES and any(c.dep_ in {"prep", "advmod"} for c in tok.children):
        return False  # "base four aircraft at Tessford Airport, 90 kilometres to the south": where the airport is
    if not _next_to_head(tok) or tok.dep_ == "npadvmod" or second:
        return _amount_before(tok) is not None
    counted = any(c.dep_ == "prep" and c.lower_ == "of" and any(_is_amount(g) for g in c.children)
                  for c in head.children)  # "a crowd of 31,200, a record for the ground"
    return head.dep_ in {"dobj", "pobj"} and head.pos_ == "NOUN" and (
        _is_amount(head) or counted or _target_amount(tok) is not None or _amount_object(tok) is not None)


def _amount_object(tok: Token) -> Token | None:
    """"won 42% of the vote in Sunday’s election, its best result since 1997": the phrase closes
    a clause whose object is an amount; the parser hangs it on the last noun before the comma."""
    head = tok.head
    if _is_amount(head) or head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.pos_ != "VERB":
        return None
    verb = head.head.head
    return next((c for c in verb.children if c.dep_ == "dobj" and _is_amount(c) and c.i < head.head.i), None)


def _target_amount(tok: Token) -> str | None:
    """"the plan to increase capital spending to $2.4 billion this year, almost double the 2025
    level": the parser hangs the description on the plan; it says what the spending comes to, so
    the amount is "capital spending of $2.4 billion"."""
    figure = _amount_before(tok)
    if figure is None or figure.dep_ != "pobj":
        return None
    to = figure.head
    verb = to.head
    measured = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if to.lower_ != "to" or verb.pos_ != "VERB" or measured is None or tok.head not in verb.ancestors:
        return None
    return f"{_noun_phrase(measured)} of {_noun_phrase(figure)}"


def _within(text: str, first: Token) -> str:
    """``text`` written inside a sentence: "The agency" -> "the agency", names keep their capital."""
    return text if first.pos_ == "PROPN" or not text else text[0].lower() + text[1:]


def _owned_by_subject(tok: Token) -> Token | None:
    """The "its"/"their" that opens a set-off noun phrase ("its highest alert level")."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    return poss if poss is not None and poss.i == tok.left_edge.i else None


def _second_object(tok: Token) -> Token | None:
    """"issued a severe flood warning for X on Sunday, its highest alert level": a set-off noun
    phrase the parser read as a second object, saying what the first object is to the subject."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or not _comma_before(tok) or _owned_by_subject(tok) is None:
        return None
    end = tok.right_edge.i + 1
    if end < len(tok.doc) and tok.doc[end].text not in {",", ".", ";"}:
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "NOUN"), None)


def _object_described(tok: Token) -> Token | None:
    """"impose a hosepipe ban from Monday, the first such restriction in 14 years": a set-off "the"
    noun phrase the parser read as a second object, saying what the first ("a ...") object is."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or not _comma_before(tok) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    first = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "NOUN"), None)
    if first is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in first.children):
        return None
    end = tok.right_edge.i + 1
    return first if end >= len(tok.doc) or tok.doc[end].text in {",", ".", ";"} else None


def _owned_description(tok: Token, owner: str) -> str:
    """"its highest alert level" -> "the Northvale Flood Agency’s highest alert level"."""
    poss = _owned_by_subject(tok)
    assert poss is not None
    return f"{possessive(owner)} {_render(tok.doc, _subtree(tok) - {poss.i})}"


def _day_described(tok: Token) -> str | None:
    """"on Thursday, the third consecutive meeting without a change" -> "Thursday": the weekday a
    set-off noun phrase describes (read by the parser as its apposition or as a second object)."""
    if tok.pos_ != "NOUN" or not _comma_before(tok) or not any(c.dep_ == "det" for c in tok.children):
        return None
    day = tok.doc[tok.left_edge.i - 2] if tok.left_edge.i >= 2 else None
    if day is None or day.lower_ not in WEEKDAYS or day.dep_ != "pobj" or tok.lemma_.lower() not in _OCCASIONS:
        return None  # (not "a ban from Monday, the first such restriction in 14 years": the ban is)
    if tok.dep_ == "appos" and tok.head.i == day.i:
        return day.text
    if tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < day.i for c in tok.head.children):
        return day.text
    return None


# What a day can be: "on Thursday, the third consecutive meeting without a change".
_OCCASIONS = {"meeting", "day", "session", "game", "match", "race", "sitting", "holiday", "anniversary", "deadline",
              "date", "round", "vote", "election", "hearing", "test", "strike"}
_AMOUNT_UNITS = {"%", "euros", "pounds", "dollars", "francs", "crowns", "yen"}


_TEMPORAL = {"after", "when", "as", "once"}  # not "before": what had not yet happened is not asserted


_PAST_TIME = re.compile(r"^(?:last (?:year|month|week|season|quarter|night)|yesterday)$", re.IGNORECASE)


def _dated_past(verb: Token) -> bool:
    """A clause set in a finished period of its own ("..., taking goods worth X last year")."""
    return any(t.dep_ == "npadvmod" and _PAST_TIME.match(" ".join(w.lower_ for w in t.subtree))
               for t in verb.subtree if t.i != verb.i)


def _happened(verb: Token) -> bool:
    """Past or present perfect: "was charged", "has been charged"."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return _in_past(verb) or (bool(aux) and aux[0].lemma_ == "have" and aux[0].tag_ in {"VBZ", "VBP"})


def _in_past(verb: Token) -> bool:
    """A verb in a past tense ("was sent off", "finished", "had won")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if aux:
        return aux[0].tag_ == "VBD" and aux[0].lower_ not in {"would", "could", "should", "might"}
    return verb.tag_ == "VBD"


def _clause(verb: Token, allowed: set[int], unit: _Unit) -> list[_Unit]:
    """Units for the clause headed by ``verb`` (``unit`` holds its prefix/replacements)."""
    cuts = _cuts(verb, allowed)
    removed: set[int] = set()
    extra: list[_Unit] = []
    subject = unit.subject if unit.subject is not None else _clause_head_subject(verb)
    subject_text = unit.subject_text or (
        _noun_phrase(subject, allowed, unit.replace) if subject is not None else None
    )
    renamed: dict[int, str] = {}
    for kind, tok in cuts:
        if kind == "timed":  # the main claim keeps its time; the clause is a claim of its own too
            extra.extend(_sub_clause("concessive", verb, tok, allowed & _subtree(tok), None, None, unit.source))
            continue
        removed |= _subtree(tok)
        if kind == "named":
            # "The market leader, Grandmart, has 27%" -> "Grandmart has 27%" + "Grandmart is the market leader"
            removed |= _edge_punct(tok)
            role = sorted((_subtree(tok.head) - _subtree(tok) - _edge_punct(tok)) & allowed)
            name = _noun_phrase(tok)
            removed |= set(role[1:])
            renamed[role[0]] = name
            role_text = _render(tok.doc, role)
            if tok.doc[role[0]].pos_ == "DET":
                role_text = _within(role_text, tok.doc[role[0]])
            if tok.doc[role[0]].lower_ in {"their", "its"} and subject_text and tok.head.dep_ == "dobj":
                role_text = f"{possessive(subject_text)}{role_text[len(tok.doc[role[0]].text):]}"  # "their captain"
            # what the article says of the person it names is its own claim, not the reported source's
            # ("The painting, Harbour at Dusk," says no more than the name: no claim)
            bare = len(role) == 2 and tok.doc[role[0]].lower_ == "the" and tok.doc[role[1]].pos_ == "NOUN"
            # "Northpost’s chief executive, Anna Lindgren, said": a label that says who the acting person
            # is, no claim (gold README); a business's role ("The museum’s insurer, Calder Mutual,") is one
            label = tok.head.dep_ in _SUBJ and _post(tok.head)
            if not bare and not label:
                extra.append(_Unit(set(), prefix=f"{name} is {role_text}", subject=tok, subject_text=name, source=""))
            for inner_kind, inner in _cuts(tok, allowed & _subtree(tok)):  # "Anna Lindgren, who took over in 2024,"
                for inner_unit in _sub_clause(inner_kind, tok, inner, allowed & _subtree(inner), tok, name):
                    inner_unit.source = inner_unit.source or ""
                    extra.append(inner_unit)
            subject_text = name if subject is not None and subject == tok.head else subject_text
            continue
        if kind in {"relcl", "appos", "acl", "age", "label"}:
            removed |= _edge_punct(tok)
        else:
            removed |= {i for i in _edge_punct(tok) if i < tok.left_edge.i}
            # the "and" before this conjunct (not one inside the kept part: "“rushed and one-sided” and that ...")
            kept = [c.right_edge.i for c in verb.children if c.dep_ == "conj" and c.i < tok.i and c.pos_ not in _VERBAL]
            removed |= {c.i for c in verb.children if c.dep_ in {"cc", "preconj"} and c.i < tok.left_edge.i
                        and not (kept and c.i < max(kept))}
        sub_allowed = allowed & _subtree(tok)
        extra.extend(_sub_clause(kind, verb, tok, sub_allowed, subject, subject_text, unit.source, unit.speaker,
                                 unit.replace))
    own = {t.i for t in verb.subtree if t.i in allowed and t.i not in removed}
    if unit.tokens:
        own &= unit.tokens
    extra.extend(_announced_when(verb, own))
    extra.extend(_owned_plans(own, verb.doc, unit.source))
    extra.extend(_events_in_modifiers(own - {verb.i}, verb.doc))
    extra.extend(_benchmarks(verb, own))
    main = _Unit(own, {**unit.replace, **renamed}, unit.prefix, subject, subject_text, unit.source)
    verdict = _verdict(verb, own)
    if verdict is not None:
        return [*verdict, *extra]
    expected = _expectation(verb, own)
    if expected:
        return [*expected, *extra]
    accused = _accusation(verb, own, subject, subject_text)
    if accused is not None:
        return [accused, *extra]
    return [*_object_variants(verb, main), *extra]


def _accusation(verb: Token, own: set[int], subject: Token | None, subject_text: str | None) -> _Unit | None:
    """"Rafe Cullen accused the government of missing its targets" -> "The government missed its
    targets", by Rafe Cullen's word: what someone is accused of is the claim, the accuser its source
    (``subject_text``, who may be the reporter of the clause before: "said X and accused Y of Z")."""
    if verb.lemma_.lower() != "accuse" or not subject_text or subject is None or subject.pos_ == "PRON":
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj" and c.i in own), None)
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i in own), None)
    doing = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if of is not None else None
    if accused is None or doing is None or _negated(verb):
        return None
    ids = (_subtree(accused) | _subtree(doing)) & own
    accuser = source_text(subject) if subject.i in own else subject_text  # (or the reporter named before)
    return _Unit(ids, {doing.i: past(doing.lemma_.lower())}, subject=accused, subject_text=_noun_phrase(accused),
                 source=accuser)


_INTENTIONS = {"plan": "plans", "intention": "intends", "pledge": "has pledged", "promise": "has promised"}


def _owned_plans(own: set[int], doc: object, source: str | None) -> list[_Unit]:
    """"Investors were unsettled by the company’s plan to increase spending" also says "The
    company plans to increase spending": a plan named with its owner is a claim of its own."""
    out = []
    for i in sorted(own):
        noun = doc[i]  # type: ignore[index]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _INTENTIONS or noun.dep_ in _SUBJ:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in own), None)
        act = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i in own
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if owner is None or act is None or owner.pos_ == "PRON":
            continue
        who = _render(doc, {t.i for t in owner.subtree if t.dep_ != "case" and t.i in own})
        what = _render(doc, {t.i for t in act.subtree if t.i in own} - _set_off(act, frozenset({"appos"})))
        out.append(_Unit(set(), prefix=f"{who} {_INTENTIONS[noun.lemma_.lower()]} {what}", subject=owner,
                         subject_text=who, source=source))
    return out


_WHEN = {"when", "after", "as", "since", "before"}


def _announced_when(verb: Token, own: set[int]) -> list[_Unit]:
    """"When Northpost announced that it would stop X, the reaction was hostile": besides the
    sentence, what was announced is a claim of its own, the announcer's (guideline 1.4)."""
    out = []
    for adv in verb.children:
        if adv.dep_ != "advcl" or adv.i not in own or adv.left_edge.lower_ not in _WHEN:
            continue
        speaker = _subject_of(adv)
        if adv.lemma_.lower() not in REPORTING_VERBS or speaker is None or speaker.pos_ == "PRON":
            continue
        content = next((c for c in adv.children if c.dep_ == "ccomp" and c.i in own), None)
        if content is not None and _subject_of(content) is not None:
            marks = {c.i for c in content.children if c.dep_ == "mark"}
            said = (own & _subtree(content)) - marks
            shifted = present_again(content, said) if adv.tag_ == "VBD" else {}
            out.extend(_clause(content, said, _Unit(set(), shifted, source=source_text(speaker))))
    return out


def _events_in_modifiers(own: set[int], doc: object) -> list[_Unit]:
    """"Similar pledges made after Grandmart bought Valora in 2019 were dropped": a dated event in
    a phrase that says which thing is meant happened, and is a claim of its own; so is what a
    "where" clause says of counted places ("212 towns where the two chains compete")."""
    out = []
    for i in sorted(own):
        tok = doc[i]  # type: ignore[index]
        where = tok.left_edge if tok.dep_ == "relcl" and tok.left_edge.lower_ == "where" else None
        if where is not None and where.head == tok and not _comma_before(tok) and any(
                c.dep_ == "nummod" and c.like_num for c in tok.head.children) and _subject_of(tok) is not None:
            # "concerns about 212 towns where the two chains are each other’s closest competitor"
            units = _clause(tok, (own & _subtree(tok)) - {where.i}, _Unit(set()))
            out.extend(_placed(units, "in", _noun_phrase(tok.head, own - _subtree(tok)), doc))
            continue
        marks = [c for c in tok.children if c.dep_ == "mark"]
        if tok.dep_ != "advcl" or tok.head.dep_ not in {"acl", "relcl"} or not marks or marks[0].lower_ != "after":
            continue
        subject = _subject_of(tok)
        if subject is None or subject.pos_ == "PRON" or not _in_past(tok) or not any(
                t.dep_ == "pobj" and date_word(t) for t in tok.subtree):
            continue
        out.extend(_clause(tok, (own & _subtree(tok)) - {m.i for m in marks}, _Unit(set())))
    return out


def _benchmarks(verb: Token, own: set[int]) -> list[_Unit]:
    """"Unemployment stands at 6.8%, against a national rate of 4.1%" also says "The national rate
    of unemployment is 4.1%": the figure a value is set against is a claim of its own."""
    out = []
    for prep in verb.children:
        link = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None) if (
            prep.lower_ == "compared") else prep
        if prep.i not in own or prep.dep_ != "prep" or prep.lower_ not in {"against", "compared"} or link is None or (
                not _comma_before(prep)):
            continue
        norm = next((c for c in link.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                     and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)), None)
        of = next((c for c in norm.children if c.dep_ == "prep" and c.lower_ == "of"), None) if norm else None
        value = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if norm is None or of is None or value is None or not any(t.like_num for t in value.subtree):
            continue
        subject = _subject_of(verb)
        words = [t.text for t in norm.lefts if t.dep_ in {"amod", "compound"}] + [norm.text]
        if subject is not None and subject.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in subject.children):
            # "a national rate" of unemployment; "a target" for punctuality
            words += ["for" if norm.lemma_.lower() in {"target", "goal", "limit", "ceiling", "cap"} else "of", subject.lower_]
        rest = [t for c in norm.children if c.dep_ == "prep" and c.i > of.i for t in c.subtree]  # "across the eurozone"
        tail = _render(verb.doc, {t.i for t in rest}) if rest else ""
        copula = "was" if _in_past(verb) else "is"
        text = " ".join(["the", *words, *([tail] if tail else []), copula, _render(verb.doc, _subtree(value))])
        out.append(_Unit(set(), prefix=text, subject=norm, subject_text=" ".join(["the", *words])))
    return out


_EXPECTING = {"expect", "forecast", "predict", "project"}
# Nouns whose own "to" clause says what they are ("a plan to cut costs", "the decision to close X")
_TO_NOUNS = {"plan", "decision", "proposal", "bid", "attempt", "effort", "move", "push", "deal", "offer", "call", "vote",
             "order", "request", "chance", "right", "need", "ability", "failure", "refusal", "promise", "pledge",
             "commitment", "intention", "way", "time", "money", "funding", "power", "pressure", "agreement", "law",
             "rule", "scheme", "programme", "program", "campaign", "license", "licence", "permission", "approval"}


# Subordinators of a condition or time that belong to the expected event ("..., once the plant opens").
_EVENT_MARKS = {"once", "when", "if", "until", "after", "before", "unless", "as"}


def _gapped(verb: Token, comp: Token, keep: set[int], own: set[int]) -> list[set[int]]:
    """"expects A to grow by 1% this year, and by 2% in 2027": the second, gapped figure
    read with the same verb ("A will grow by 2% in 2027")."""
    out = []
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i in own):
        same = [p for p in comp.children if p.dep_ == "prep" and p.lower_ == conj.lower_]
        if not same:
            continue
        drop = _subtree(same[0])
        drop |= {t.i for c in comp.children if c.i > same[0].i and c.dep_ in {"npadvmod", "advmod", "punct", "prep"}
                 for t in c.subtree}
        out.append((keep - drop) | _subtree(conj))
    return out


def _expectation(verb: Token, own: set[int]) -> list[_Unit]:
    """"X expects A to do B" -> "A will do B", with X as the source (guideline 1.4; the
    forecast keeps its modality as "will")."""
    pledge = verb.lemma_.lower() in PLEDGING
    perfect = pledge and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "She has promised to"
    if (verb.lemma_.lower() not in _EXPECTING and not pledge) or verb.pos_ != "VERB" or verb.tag_ == "VBN" and not perfect:
        return []
    subject = _subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or subject.lower_ in {"this", "that"}:
        return []
    if pledge and (_negated(verb) or verb.dep_ not in {"ROOT", "ccomp"}):
        return []
    # "Ojo said he expected X to ease": the speaker reported already is the source.
    source = None if subject.pos_ == "PRON" and verb.dep_ == "ccomp" else source_text(subject)
    # ("expect the rise to lift revenue", parsed as a rise that is to lift it: the rise will lift it)
    misread = [a for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() not in _TO_NOUNS and not pledge
               for a in d.children if a.dep_ == "acl" and a.tag_ == "VB" and a.i > d.i]
    for comp in [*verb.children, *misread]:
        if comp.dep_ not in {"xcomp", "ccomp", "acl"} or comp.i not in own:
            continue
        to = next((c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        agent = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
        if agent is None:
            agent = next((c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i), None)
        if pledge and agent is None and comp.dep_ == "xcomp":
            agent = subject  # "Jonas Lind pledged to keep every village school open" -> "Jonas Lind will keep ..."
        marks = {c.i for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"}
        if pledge and to is None and agent is not None and comp.dep_ == "ccomp" and (marks or subject.pos_ == "PRON"):
            # "“I promise that no patient will wait more than a year,” Danvers said": what is promised,
            # by the speaker's word (or the pledger's: "Danvers promised that no patient would wait")
            would = {c.i: "will" for c in comp.children if c.dep_ == "aux" and c.lower_ == "would"}
            return [_Unit((_subtree(comp) - marks) & own, would, subject=agent, subject_text=_noun_phrase(agent),
                          source=None if subject.pos_ == "PRON" else source)]
        if to is None or agent is None:
            continue
        keep = (_subtree(agent) | _subtree(comp)) & own
        for adv in verb.children:
            if adv.dep_ == "advcl" and adv.i > comp.i and adv.left_edge.lower_ in _EVENT_MARKS:
                keep |= (_subtree(adv) | {adv.left_edge.i - 1}) & own
        np = _noun_phrase(agent)
        will = "will not" if _negated(verb) else "will"  # "she did not expect them to spread" -> "they will not"
        replace = {to.i: will}
        if agent.lower_ in _SUBJECT_FORM:  # "it expects them to recover" -> "they will recover"
            np = replace[agent.i] = _SUBJECT_FORM[agent.lower_]
        # "expect ministers to accept A but to reject B": the second infinitive is a forecast of its own
        seconds = [c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB" and _subject_of(c) is None
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for second in seconds:
            keep -= _subtree(second) | {c.i for c in comp.children if c.dep_ == "cc" and c.i < second.i}
        units = [_Unit(ids, replace, subject=agent, subject_text=np, source=source)
                 for ids in [keep, *_gapped(verb, comp, keep, own)]]
        for second in seconds:
            to2 = next(a for a in second.children if a.dep_ == "aux" and a.lower_ == "to")
            ids = (_subtree(agent) | _subtree(second)) & own
            units.append(_Unit(ids, {**replace, to2.i: will}, subject=agent, subject_text=np, source=source))
        return units
    return []


_SUBJECT_FORM = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I"}  # an object made the subject

# "X pledged to do B": X will do B, by X's word (an announced plan is a forecast, attributed).
PLEDGING = frozenset({"pledge", "promise", "vow"})
_VERDICT_VERBS = {"call", "describe", "regard", "consider", "deem", "label", "brand", "dub", "view", "see"}
_QUOTES = set("“”\"‘’'")


def _verdict(verb: Token, own: set[int]) -> list[_Unit] | None:
    """"X called A B" / "X described A as B" / "X regards A as B" -> "A is B", with X as
    the source (guideline section 3: "The mayor called it a historic day")."""
    if verb.lemma_.lower() not in _VERDICT_VERBS or verb.pos_ != "VERB":
        return None
    subject = _subject_of(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i in own), None)
    if subject is None or obj is None or subject.dep_ != "nsubj":
        return None
    pred: set[int] = set()
    oprd = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i in own and c.i > obj.i), None)
    as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
    acl = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and not _comma_before(c)), None)
    after = [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.i in own]
    if oprd is None and as_prep is None and after and verb.lemma_.lower() == "call":
        # "called the decision “unjustified and illegal”": the adjectives after the noun, one claim each
        adjectives = [after[0], *(c for c in after[0].conjuncts if c.pos_ == "ADJ")]
        doc = verb.doc
        obj_text = _render(doc, [i for i in _subtree(obj) if i < after[0].left_edge.i and doc[i].text not in _QUOTES])
        copula = "are" if _is_plural(obj) else "is"
        # each adjective with its own modifiers ("short-sighted", "very costly")
        words = [_render(doc, [i for i in range(a.left_edge.i, a.i + 1) if doc[i].text not in _QUOTES]) for a in adjectives]
        return [_Unit(set(), prefix=f"{obj_text} {copula} {w}", subject=obj, subject_text=obj_text,
                      source=source_text(subject)) for w in words]
    named_as = next((c for c in obj.children if c.dep_ == "appos" and c.i in own and c.pos_ == "NOUN"
                     and obj.doc[c.left_edge.i - 1].text in _QUOTES), None)  # "called the plan “a betrayal of X”"
    if oprd is not None:
        pred = _subtree(oprd)
    elif named_as is not None and verb.lemma_.lower() in {"call", "label", "brand", "dub"}:
        pred = _subtree(named_as)
    elif as_prep is not None:
        pred = _subtree(as_prep) - {as_prep.i}
    elif acl is not None and verb.lemma_.lower() == "call":
        pred = _subtree(acl)  # "called the study well designed" (parsed as a participle)
    if not pred or not pred <= own:
        return None
    object_ids = _subtree(obj) - pred
    doc = verb.doc
    pred_text = _render(doc, [i for i in pred if doc[i].text not in _QUOTES])
    obj_text = _render(doc, [i for i in object_ids if doc[i].text not in _QUOTES])
    copula = "are" if _is_plural(obj) else "is"
    text = f"{obj_text} {copula} {pred_text}"
    return [_Unit(set(), prefix=text, subject=obj, subject_text=obj_text, source=source_text(subject))]


def _person_unlike(name: Token) -> bool:
    """"Calder Homes": a name that ends in a word organisations carry (a "which" may be about it)."""
    from claims.decontext.phrases import _organisation  # the package imports this module

    return _organisation(_noun_phrase(name))


# What an article calls the thing a verb acted on, set off at the end: "approved X, a project that will Y"
_LABEL_NOUNS = {"project", "scheme", "plan", "deal", "investment", "programme", "program", "agreement", "contract",
                "merger", "takeover", "acquisition", "sale", "purchase", "measure", "policy", "reform", "change",
                "increase", "rise", "cut", "development", "expansion", "upgrade", "package"}


def _labelled_object(label: Token) -> Token | None:
    """"approved a €640 million expansion of its Eastquay container terminal, a project that would
    almost double X": the verb's object that the closing "a project that ..." describes (the parser
    hangs it on the last noun before the comma)."""
    second = next((c for c in label.head.children if c.dep_ == "dobj" and c.i < label.i), None) if (
        label.dep_ == "dobj") else None
    if label.dep_ != "appos" and second is None or label.lemma_.lower() not in _LABEL_NOUNS or not _comma_before(label) or not any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in label.children):
        return None
    after = label.right_edge.i + 1
    if after < len(label.doc) and label.doc[after].text not in {".", ";"}:
        return None
    rel = next((c for c in label.children if c.dep_ == "relcl"), None)
    pron = _relative_pronoun(rel) if rel is not None else None
    if rel is None or pron is None or pron.dep_ not in {"nsubj", "nsubjpass"} or pron.lower_ not in {"that", "which"}:
        return None
    if second is not None:  # (read as a second object: "approved a new tram line to the airport, a scheme that ...")
        return second
    obj = label.head
    while obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ == "NOUN":
        obj = obj.head.head  # "expansion of its terminal, a project": the expansion
    return obj if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj is not label.head or (
        obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _LABEL_NOUNS) else None


def _action_of_move(move: Token) -> str | None:
    """"The ministry halted exports of live sheep from Fennmarsh, a move that will cost X" -> "halting
    exports of live sheep from Fennmarsh": the action a set-off "a move" or "a step" names."""
    if move.lemma_.lower() not in {"move", "step"} or not _comma_before(move) or not any(
            c.lower_ in {"a", "an"} for c in move.children):
        return None
    verb = move.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "ROOT":
        verb = verb.head
    if verb.pos_ != "VERB" or move.dep_ not in {"appos", "npadvmod", "dobj", "pobj"}:
        return None
    parts = [c for c in verb.children if c.dep_ in {"dobj", "prt", "dative", "prep"} and c.i < move.i]
    words = {t.i for c in parts for t in c.subtree} - _subtree(move) - _edge_punct(move)
    if not words:
        return None
    return f"{gerund(verb.lemma_.lower())} {_render(verb.doc, words)}".rstrip(".,")


def _speakers_job(noun: Token) -> bool:
    """"Jonas Brell, a commentator for Ilvara Sport Television, called the win X": the job, at a named
    body, of a person the sentence has judging something (a label, like a post)."""
    person = noun.head
    at = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"at", "for", "of", "with"}
          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return bool(at) and person.dep_ in _SUBJ and person.head.lemma_.lower() in _VERDICT_VERBS | REPORTING_VERBS and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _post(noun: Token) -> bool:
    """"the trust’s chief executive", "the chief executive of Quillon": a post a person holds in a
    body, which says who someone is rather than telling news (the gold README gives it no claim)."""
    owned = any(c.dep_ == "poss" or possessor(c) for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in {"of", "at", "for"} for c in noun.children) or any(  # ("an MP for the X party")
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)  # "the SDU leader"
    return noun.lemma_.lower() in _JOB_TITLES and owned or noun.lemma_.lower() in _OFFICES


# Nouns that describe an organisation of people ("an environmental group", "a local conservation charity")
_BODIES = {"group", "charity", "body", "organisation", "organization", "association", "federation", "institute",
           "tank", "campaign", "network", "coalition", "watchdog", "regulator", "foundation", "nonprofit", "consultancy",
           "start-up", "startup", "firm", "trust"}


def _business(noun: Token) -> bool:
    """"company", "maker", "insurer", "lender", "an environmental group": a noun that describes a
    business or another body, not a person (nor a person's post: "the trust’s director")."""
    from claims.decontext.phrases import _trade_word  # the package imports this module

    return noun.pos_ == "NOUN" and (_trade_word(noun.lemma_) or noun.lemma_.lower() in _BODIES) and not _post(noun)


def _partitive(tok: Token) -> Token | None:
    """"..., most of them on short-haul routes": a part of the plural the clause just named, said
    where it is; the plural (the clause's subject, else the last plural noun before)."""
    if tok.dep_ not in {"npadvmod", "appos"} or not _comma_before(tok) or not (
            tok.lower_ in {"most", "many", "some", "all", "half", "several", "few"} or tok.like_num):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(g.lower_ == "them" for g in of.children) or not any(
            c.dep_ == "prep" and c.i > of.i for c in tok.children):
        return None
    subject = _subject_of(tok.head) if tok.head.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.tag_ == "NNS":
        return subject
    return next((t for t in reversed(list(tok.doc[tok.sent.start : tok.i])) if t.tag_ == "NNS"), None)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _reported_content(tok: Token, allowed: set[int], source: str | None) -> list[_Unit] | None:
    """A coordinated or participial reporting verb ("... but said X", ", saying X"): X, attributed."""
    if tok.lemma_.lower() not in REPORTING_VERBS or source is None or _negated(tok):
        return None  # "could not show that X" does not assert X
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i in allowed), None)
    if clause is None:
        return None
    marks = {c.i for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"}
    own = (allowed & _subtree(clause)) - marks
    # "disputed the figure, saying costs had fallen": the participle reports in its verb's past
    past_report = tok.tag_ == "VBD" or (tok.tag_ == "VBG" and tok.dep_ == "advcl" and _in_past(tok.head))
    # "warned that its profit would be far lower, blaming bad loans": the speaker blamed them
    why = next((c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > clause.i and c.i in own
                and c.lemma_.lower() in _SAYING_WHY and _comma_before(c) and _subject_of(c) is None), None)
    if why is not None:
        own -= _subtree(why) | {why.left_edge.i - 1}
    shifted = present_again(clause, own) if past_report else {}
    units = _clause(clause, own, _Unit(set(), shifted, source=source))
    if why is not None:
        doer = source[0].upper() + source[1:]
        form = past(why.lemma_.lower()) if past_report else third_person(why.lemma_.lower())
        units += _clause(why, _subtree(why) & allowed, _Unit(set(), {why.i: form}, doer, None, doer, source=""))
    return units


# Reporting verbs only a person or body does ("said the results were encouraging but warned against X").
_SPEAKING = {"say", "tell", "warn", "caution", "stress", "insist", "admit", "acknowledge", "concede", "emphasise",
             "emphasize", "complain", "argue", "explain", "add"}
# What a source does with words as it speaks ("..., the board said, citing a shortage of staff").
_SAYING_WHY = {"cite", "blame", "call", "describe", "point", "argue", "add", "warn", "stress", "note", "say", "insist",
               "urge", "accuse", "claim", "acknowledge", "admit", "promise", "pledge", "vow", "highlight", "refer"}
# Verbs of what a speaker does with words, so a speaker is their subject, not the reported clause's.
_SPEECH_ACTS = {"call", "urge", "demand", "ask", "add", "vow", "pledge", "promise", "insist", "appeal", "accuse",
                "criticise", "criticize", "blame", "welcome", "reject", "deny", "refuse", "threaten", "announce"}


def _sub_clause(
    kind: str,
    verb: Token,
    tok: Token,
    allowed: set[int],
    subject: Token | None,
    subject_text: str | None,
    outer_source: str | None = None,
    reporter: str | None = None,
    inherited: Mapping[int, str] | None = None,
) -> list[_Unit]:
    if kind == "conj" and reporter and tok.lemma_.lower() in _SPEECH_ACTS | _SPEAKING and _subject_of(tok) is None and (
            verb.dep_ == "ccomp" and tok.tag_ in {"VBD", "VBZ", "VBP"}):
        # "Ferris said Rivermead had spent years patching up pipes and called for an inspection":
        # calling for the inspection is what Ferris did, a claim of the article's own; "... and
        # added that X": X is Ferris's claim.
        added = _reported_content(tok, allowed, reporter)
        if added is not None:
            return added
        return _clause(tok, allowed, _Unit(set(), prefix=reporter, subject_text=reporter, source=""))
    if kind in {"conj", "participle"} and _subject_of(tok) is None:
        speaker = outer_source or (source_text(subject) if subject is not None else subject_text)
        if kind == "conj" and reporter and verb.dep_ == "ccomp" and tok.tag_ in {"VBD", "VBZ", "VBP"}:
            speaker = reporter  # "He argued that the card was harsh and said X": he said X, not the card
        content = _reported_content(tok, allowed, speaker)
        if content is not None:
            return content
    if kind == "acl":
        # "The museum, built in 1890, will close": a participle with a year of its own tells a past event
        dated = _dated_past(tok) or (not any(c.dep_ == "xcomp" for c in tok.children) and any(
            t.dep_ == "pobj" and t.text.isdigit() and date_word(t) for t in tok.subtree))  # a year
        # "The scheme, approved by 31 votes to 19, ...": a vote is over once it is counted
        dated = dated or any(c.dep_ == "agent" and any(t.lemma_.lower() == "vote" for t in c.subtree) for c in tok.children)
        dated = dated or tok.lemma_.lower() in _ONE_OFF  # "The study, published in X,": it was, once
        described = _described(verb, tok) or tok.head
        copula = ("were" if _is_plural(described) else "was") if _in_past(verb) or dated else (
            "are" if _is_plural(described) else "is")
        np = _noun_phrase(described)
        return [_Unit(set(), prefix=f"{np} {copula} {_render(tok.doc, allowed)}", subject=described, subject_text=np)]
    if kind == "conj":
        own_subject = _subject_of(tok)
        if own_subject is not None and own_subject.pos_ != "PRON" or own_subject is not None and own_subject.lower_ in {
                "he", "she", "they", "we"}:
            # "Snow closed 300 schools, and forecasters warned that X": X is the forecasters'
            content = _reported_content(tok, allowed - _subtree(own_subject), source_text(own_subject))
            if content is not None:
                return content
        if own_subject is not None or subject_text is None:
            marks = {c.i for c in tok.children if c.dep_ == "mark" and c.lower_ == "that"}
            front = _fronted(verb, _subtree(verb)) if own_subject is not None and not marks else ""
            shifted = {i: w for i, w in (inherited or {}).items() if i in allowed}  # "and that X would" -> "will"
            return _clause(tok, allowed - marks, _Unit(set(), shifted, prefix=front, source=outer_source))
        prefix = subject_text = _mentioned_again(subject, subject_text)
        if tok.tag_ in {"VBN", "VBG", "VB"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
            auxes = [(inherited or {}).get(c.i, c.text) for c in verb.children  # "would" re-tensed as "will"
                     if c.dep_ in {"aux", "auxpass"} or c.dep_ == "neg"]
            prefix = " ".join([subject_text, *auxes])
        own_replace = {i: w for i, w in (inherited or {}).items() if i in allowed}  # "to" -> "will" of a forecast
        return _clause(tok, allowed, _Unit(set(), own_replace, prefix=prefix, subject=subject, subject_text=subject_text,
                                           source=outer_source))
    if kind == "change":
        quantity = _quantity(verb, subject)
        if quantity is None:
            return []
        before_now = verb.tag_ == "VBD" and not any(c.lemma_ == "have" for c in verb.children) or any(
            c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)  # "Roe said the club had posted X, up 40%"
        figure = _figure(verb)
        plural = not quantity.startswith("the number of") and _is_plural(figure if figure is not None else subject)
        tense = ("were" if plural else "was") if before_now else ("are" if plural else "is")
        # "up 31% from a year earlier and ahead of what analysts expected": two comparisons
        others = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"ADV", "ADP"} and c.i in allowed]
        parts = [tok, *others] if others else [tok]
        units = []
        for part in parts:
            own = allowed & (_subtree(part) - set().union(*(_subtree(o) for o in others if o.i != part.i)))
            if others:
                own -= {c.i for c in tok.children if c.dep_ == "cc"}
            units.append(_Unit(set(), prefix=f"{quantity} {tense} {_render(tok.doc, own)}", subject_text=quantity))
        return units
    if kind == "adverbial":
        # "scheduled for June 11, when it will publish X" -> "it will publish X on June 11"
        wh = tok.left_edge
        anchor = _adverbial_anchor(tok)
        assert anchor is not None
        units = _clause(tok, allowed - {wh.i}, _Unit(set()))
        return _placed(units, _where_when(wh, anchor), _noun_phrase(anchor), tok.doc)
    if kind == "label":
        obj = _labelled_object(tok)
        rel = next(c for c in tok.children if c.dep_ == "relcl")
        pron = _relative_pronoun(rel)
        assert obj is not None and pron is not None
        np = re.sub(r"^(?:a|an) ", "the ", _noun_phrase(obj, {t.i for t in obj.subtree} - _subtree(tok) - _edge_punct(tok)))
        return _clause(rel, allowed & _subtree(rel), _Unit(set(), {pron.i: np}, "", obj, np))
    if kind == "relcl":
        pron = _relative_pronoun(tok)
        assert pron is not None
        head = _agreeing_head(tok)
        if pron.lower_ in {"who", "whom", "whose"} and head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.pos_ == "PROPN"):
            head = head.head.head  # "Ravi Menon of Crestline Research, who rates ..." is about Ravi Menon
        elif pron.lower_ == "which" and head.dep_ == "pobj" and head.head.lower_ in {"on", "at", "in", "near"} and (
                head.head.head.pos_ == "NOUN" and head.pos_ == "PROPN"):
            head = head.head.head  # "the flood barrier on Quay Road, which was completed" is about the barrier
        elif pron.lower_ == "which" and pron.dep_ == "nsubj" and head.dep_ == "pobj" and head.head.lower_ in {
                "on", "in"} and head.pos_ == "NOUN" and head.head.head.pos_ == "NOUN" and (
                head.lemma_.lower() not in _HOLDERS) and not (tok.tag_ == "VBZ" and head.head.head.tag_ == "NNS"):
            head = head.head.head  # "a cracked hatch on the reservoir roof, which let rain in": the hatch did
            # (not "numbers in the park, which covers X": the verb agrees with the park)
        elif pron.lower_ == "which" and pron.dep_ == "nsubj" and date_word(head) and head.dep_ == "pobj" and (
                peak := next((t for p in head.head.head.children if p.dep_ == "prep" and p.lower_ in {"at", "to"}
                                for t in p.children if t.dep_ == "pobj" and _is_amount(t)), None)) is not None and (
                any(t.lower_ in {"figure", "level", "record", "total", "number"} for t in tok.subtree)):
            head = peak  # "peaked at 912 million litres on 9 July, which was the highest figure": the amount was
        elif pron.lower_ == "which" and head.dep_ == "pobj" and head.head.lower_ == "by" and head.pos_ == "PROPN" and (
                head.head.i > 0 and (work := head.doc[head.head.i - 1]).pos_ == "NOUN" and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children) and not _person_unlike(head)):
            head = work  # "watercolours by Thomas Reade, which had been lent": the works were, not the man
        if pron.lower_ == "which" and head.dep_ == "pobj" and head.head.lower_ == "of" and any(
                c.dep_ == "nummod" for c in head.children) and head.head.head.pos_ == "NOUN" and (
                head.head.head.lemma_.lower() not in {"number", "total", "share", "rate", "level", "price", "cost"}):
            head = head.head.head  # "A storm surge of 1.9 metres, which coincided with X": the surge did
        if pron.lower_ == "which" and pron.dep_ == "dobj" and head.dep_ == "pobj" and head.head.lower_ == "from" and (
                head.pos_ == "PROPN" and head.head.head.pos_ == "NOUN" and _comma_before(tok)):
            head = head.head.head  # "a €45 million fine from the Financial Conduct Board, which it disclosed": the fine
        if pron.lower_ == "which" and pron.dep_ == "dobj" and _comma_before(tok) and (
                change := _change_to_amount(head, tok)):
            # "Net profit fell to 140 million dollars, which the company blamed on X": the fall, not the dollars
            return _clause(tok, allowed - {pron.i}, _Unit(set(), {tok.i: f"{tok.text} {change}"}, "", None, None))
        if pron.lower_ == "which" and pron.dep_ == "nsubj" and _comma_before(tok) and (
                event := _event_of_amount(head, tok) or _action_to_place(head, tok)):
            # "the batteries would last only about 60 hours, which leaves little margin": what leaves it
            # is the batteries lasting so long, not the hours
            return _clause(tok, allowed, _Unit(set(), {pron.i: event}, "", None, event))
        up = head
        while pron.lower_ == "who" and up.dep_ == "pobj" and up.lemma_.lower() not in PERSON_NOUNS and up.pos_ == "NOUN":
            up = up.head.head  # "an MP for the Green Left party who sits on X": the MP sits, not the party
        if up is not head and up.dep_ == "appos" and up.lemma_.lower() in PERSON_NOUNS | {"mp"}:
            head = up
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and pron.lower_ in {"who", "whom", "whose"}:
            head = named  # "The club’s chairman, Ian Roe, who took over" -> Ian Roe
        elif head.dep_ == "appos" and head.head.pos_ == "PROPN" and pron.lower_ == "who" and (
                not _comma_before(tok) or _comma_before(head)):
            # "Hugo Lindqvist, a scientist who is not involved" -> Hugo Lindqvist; so is "Ruth Okonjo, the
            # finance director, who joined in 2021"
            head = head.head
        np = _coordinated(head, tok) or _action_of_move(head) or _noun_phrase(head)
        if pron.lower_ == "which" and (made := _made_by(head)) is not None:
            np = f"{possessive(made)} {np.split(' ', 1)[1]}"  # "Dorrance must hold a consultation, which ..."
        says = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
        if pron.dep_ == "nsubj" and pron.head.i == tok.i and tok.lemma_.lower() in {"say", "claim"} and (
                tok.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"neg", "aux"} for c in tok.children)) and (
                says is not None and _subject_of(says) is not None and not any(
                    c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in says.children)):
            # "The landlords’ association, which says it represents 1,200 owners," -> "It represents
            # 1,200 owners", the association's claim (its "it" is resolved as the speaker itself)
            marks = {c.i for c in says.children if c.dep_ == "mark"}
            return _clause(says, (allowed & _subtree(says)) - marks, _Unit(set(), source=np))
        said, sayer = pron.head, _subject_of(tok)
        if (said.dep_ == "ccomp" and said.head.i == tok.i and pron.dep_ in {"nsubj", "nsubjpass"}
                and tok.lemma_.lower() in REPORTING_VERBS and sayer is not None and sayer.i != pron.i):
            # "the decision, which the company says will save X," -> "the decision will save X", the company's claim
            speaker = source_text(sayer)
            if not _comma_before(tok) and not _action_of_move(head):  # "a plan on Tuesday that she said would ...": the plan, as named before
                own = {t.i for t in head.subtree if t.i < tok.left_edge.i and not any(
                    a.dep_ == "prep" and a.head.i == head.i and a.i > head.i for a in [t, *t.ancestors])}
                np = re.sub(r"^(?:a|an) ", "the ", _noun_phrase(head, own), flags=re.IGNORECASE)
            replace: dict[int, str] = {pron.i: np}
            if tok.tag_ == "VBD":  # "she said would bring" -> "will bring"
                replace |= {c.i: "will" for c in said.children if c.dep_ == "aux" and c.lower_ == "would"}
            if sayer.lower_ in {"it", "they"} and verb.dep_ == "ROOT" and subject is not None and subject.pos_ in {
                    "NOUN", "PROPN"} and (
                    _is_plural(subject) == (sayer.lower_ == "they")):
                speaker = _noun_phrase(subject)  # "The department has offered 4.5%, which it says is all it can afford"
            if sayer.lower_ in {"we", "i"}:
                speaker = None  # "“..., which we know has been very hard,” said X": the quote's speaker
            return _clause(said, allowed & _subtree(said), _Unit(set(), replace, "", head, np, speaker))
        if pron.dep_ == "dobj" and tok.lemma_.lower() in _VERDICT_VERBS and sayer is not None:
            # "the sale of 80 stores, which she called “a price already factored in”" -> "The sale of 80
            # stores is a price already factored in", hers (or the reported speaker's, for a pronoun)
            pred = next((c for c in tok.children if c.dep_ in {"dobj", "oprd", "xcomp"} and c.i > pron.i), None)
            if pred is not None:
                top = head
                while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
                    top = top.head.head
                pred_text = _render(tok.doc, [i for i in _subtree(pred) if tok.doc[i].text not in _QUOTES])
                copula = "are" if _is_plural(top) else "is"
                return [_Unit(set(), prefix=f"{_noun_phrase(top)} {copula} {pred_text}", subject=top,
                              subject_text=_noun_phrase(top), source=None if sayer.pos_ == "PRON" else source_text(sayer))]
        if pron.dep_ in {"dobj", "pobj", "advmod"}:
            # "letters, which many people depend on" -> "many people depend on letters"
            allowed = allowed - {pron.i}
            if pron.dep_ == "advmod":
                place = tok.doc[pron.i - 2]
                while place.dep_ == "conj":
                    place = place.head
                if pron.lower_ == "where" and head.pos_ == "NOUN" and place.pos_ == "PROPN" and place.i > head.i and (
                        place in head.subtree):
                    np = _noun_phrase(place)  # "coal use in India and Indonesia, where demand grew" -> in India and ...
                return _placed(_clause(tok, allowed, _Unit(set())), _where_when(pron, head), np, tok.doc)
            anchor = pron.head if pron.head.i in allowed else tok
            if anchor.lower_ == "of" and (counted := re.match(r"(?:about|around|almost|nearly|some|more than|over) (\d.*)",
                                                              np)):
                np = f"the {counted.group(1)}"  # "about 74,000 people, most of whom" -> "most of the 74,000 people"
            elif anchor.lower_ == "of" and not re.match(
                    r"([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose|about|around|almost|nearly|some|"
                    r"more|less|up)\b|[A-Z]", np):
                np = f"the {np}"  # "some of which stand" -> "some of the homes along Harbour Road stand"
            return _clause(tok, allowed, _Unit(set(), {anchor.i: f"{anchor.text} {np}"}))
        repl = possessive(np) if pron.tag_ == "WP$" else np  # ("the dams’ reservoirs")
        subj = head if pron.tag_ != "WP$" else None
        return _clause(tok, allowed, _Unit(set(), {pron.i: repl}, "", subj, np if subj is not None else None))
    if kind == "partitive":
        whole = _partitive(tok)
        assert whole is not None
        of = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of")
        where = _render(tok.doc, [i for i in allowed if i != tok.i and i not in _subtree(of)])
        words = [t.text for t in whole.lefts if t.dep_ in {"amod", "compound"} for t in t.subtree] + [whole.text]
        copula = "were" if _in_past(verb) or any(c.lower_ in {"have", "has"} for c in verb.children) else "are"
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and where.split(" ", 1)[0] in {
                "for", "with", "after", "because"}:
            copula = f"{copula} {verb.text}"  # "14 people were treated, most of them for minor injuries": treated for
        text = f"{tok.text[0].upper()}{tok.text[1:]} of the {' '.join(words)} {copula} {where}"
        return [_Unit(set(), prefix=text, subject=tok, subject_text=text.split(f" {copula} ")[0])]
    if kind == "day":
        copula = "was" if _in_past(verb) else "is"
        day = f"{possessive(str(_day_described(tok)))} {tok.lemma_.lower()}"
        return [_Unit(set(), prefix=f"{day} {copula} {_render(tok.doc, allowed)}", subject=tok, subject_text=day,
                      source=outer_source)]
    if kind == "amount":
        amount = _render(tok.doc, _subtree(tok.head) - _subtree(tok) - _edge_punct(tok))
        plural = _is_plural(tok.head) and tok.head.lower_ not in _AMOUNT_UNITS
        if (target := _target_amount(tok)) is not None:
            amount, plural = target, False
        elif (not _next_to_head(tok) or tok.dep_ in {"npadvmod", "dobj"}) and (figure := _amount_before(tok)) is not None:
            amount, plural = _noun_phrase(figure), False  # "300,000 homes a year is a target ..."
        elif (figure := _amount_object(tok)) is not None:  # "42% of the vote in Sunday’s election"
            amount, plural = _render(tok.doc, range(figure.left_edge.i, tok.left_edge.i - 1)), False
        what = _render(tok.doc, allowed)
        poss = _owned_by_subject(tok)
        if poss is not None and subject is not None and subject.pos_ != "PRON" and subject_text:
            # "fell to 3.7%, their lowest level in 18 months" -> "the lowest level of yields ... in 18 months"
            noun = [i for i in sorted(allowed) if poss.i < i <= tok.i]
            rest = [i for i in sorted(allowed) if i > tok.i]
            owner = _within(subject_text, subject.left_edge)
            if subject.pos_ == "PROPN":  # "the Labour Party’s best result since 1997"
                what = f"{possessive(owner)} {_render(tok.doc, [*noun, *rest])}"
            else:  # "the lowest level of yields on two-year government bonds in 18 months"
                what = f"the {_render(tok.doc, noun)} of {owner} {_render(tok.doc, rest)}".strip()
        return [_Unit(set(), prefix=f"{amount} {'are' if plural else 'is'} {what}",
                      subject=tok.head, subject_text=amount, source=outer_source)]
    if kind == "described":
        first = _object_described(tok)
        assert first is not None
        thing = "the " + _render(tok.doc, [t.i for t in first.subtree if not any(
            a.dep_ in {"prep", "det"} and a.head.i == first.i for a in [t, *t.ancestors] if a.i != first.i)])
        return [_Unit(set(), prefix=f"{thing} is {_render(tok.doc, allowed)}", subject=first, subject_text=thing)]
    if kind == "owned":
        first = _second_object(tok)
        if first is None or subject is None or subject.pos_ == "PRON" or not subject_text:
            return []
        thing = _render(tok.doc, [t.i for t in first.subtree if not any(
            a.dep_ == "prep" and a.head.i == first.i for a in [t, *t.ancestors] if a.i != first.i)])
        owner = _within(subject_text, subject.left_edge)
        return [_Unit(set(), prefix=f"{thing} is {_owned_description(tok, owner)}", subject=first,
                      subject_text=thing, source=outer_source)]
    if kind == "appos":
        copula = "are" if _is_plural(tok.head) else "is"
        # "Hugo Lindqvist, a scientist who is not involved in the mission," -> two claims about him
        # (and one on a name inside it: "an oil painting by Edith Marlowe, who lived in Alderwick")
        relatives = [c for c in tok.subtree if c.dep_ == "relcl" and _cut_kind(c.head, c) == "relcl" and c.i in allowed
                     and (c.head.i == tok.i or _comma_before(c))]
        own = allowed - {t.i for c in relatives for t in [*c.subtree, *([c.doc[c.left_edge.i - 1]] if c.head.i != tok.i else [])]}
        # "Brackenford Athletic, the second-tier club that was relegated two seasons ago," -> the club was
        # (but "Silver Network, a charity that supports X," is one description: which kind of body it is)
        restrictive = None if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) else next((
            c for c in tok.children if c.dep_ == "relcl" and c not in relatives and c.i in own and (
            pron := _relative_pronoun(c)) is not None and pron.dep_ in {"nsubj", "nsubjpass"} and pron.i == c.left_edge.i
            and pron.lower_ in {"that", "who", "which"}), None)
        if restrictive is not None:
            own -= _subtree(restrictive)
        text = f"{_noun_phrase(tok.head)} {copula} {_render(tok.doc, own)}"
        # the article's own description, even inside what someone reports
        units = [_Unit(set(), prefix=text, subject=tok.head, subject_text=_noun_phrase(tok.head), source="")]
        if restrictive is not None and len([i for i in own if not tok.doc[i].is_punct]) <= 2:
            units = []  # ("Lumora Systems, the company that makes X,": "is the company" says nothing)
        if tok.lemma_.lower() in {"move", "step", "decision"} and any(c.lower_ in {"a", "an"} for c in tok.children):
            units = []  # "halted exports from Fennmarsh, a move that will cost X": the halt is the move, not Fennmarsh
        if restrictive is not None:
            pron = restrictive.left_edge
            units.append(_Unit(_subtree(restrictive) & allowed, {pron.i: _noun_phrase(tok.head)}, subject=tok.head,
                               subject_text=_noun_phrase(tok.head), source=""))
        for clause in relatives:
            units += _sub_clause("relcl", clause.head, clause, allowed & _subtree(clause), None, None)
        return units
    if kind == "participle" and subject_text is not None:
        said = verb.head
        if (verb.dep_ == "ccomp" and said.tag_ == "VBD" and said.lemma_.lower() in REPORTING_VERBS
                and any(c.tag_ == "MD" for c in verb.children) and tok.i == max(c.i for c in verb.children)):
            # "The KCA said that it would open an investigation, citing concerns": citing them is what
            # it did in saying so, the article's own claim and in the past
            return _clause(tok, allowed, _Unit(set(), {tok.i: past(tok.lemma_.lower())}, subject_text, subject,
                                               subject_text, source=""))
        def finite(participle: Token) -> str:
            lemma = participle.lemma_.lower()
            return past(lemma) if _dated_past(tok) else _finite_like(verb, lemma, subject)

        # "killing at least 23 people and injuring more than 200": each participle takes the tense
        forms = {t.i: finite(t) for t in [tok, *tok.conjuncts] if t.tag_ == "VBG" and t.i in allowed}
        again = _mentioned_again(subject, subject_text)
        change = _FALLING.get(verb.lemma_.lower()) if tok.lemma_.lower() in _EFFECTS else None
        if change is not None:  # "Shares fell 38%, wiping €2 billion off its value": the fall did that
            common = subject is None or subject.left_edge.pos_ != "PROPN"  # ("Shares in X", "Inflation", "The shares")
            again = f"The {change} in {again[0].lower() + again[1:] if common else again}"
            return _clause(tok, allowed, _Unit(set(), forms, again, None, again))
        return _clause(tok, allowed, _Unit(set(), forms, again, subject, again))
    if kind == "age":  # a label dropped, but not what a clause inside it tells ("an MP for X who sits on Y")
        return [unit for t in tok.subtree if t.dep_ == "relcl" and t.left_edge.lower_ == "who"
                and _cut_kind(t.head, t) == "relcl"
                for unit in _sub_clause("relcl", t.head, t, allowed & _subtree(t), None, None)]
    if kind == "concessive":
        marks = {c.i for c in tok.children if c.dep_ == "mark"}
        # "even though the ground holds only 19,000": "even" goes with its "though"
        marks |= {c.i for c in tok.children if c.dep_ == "advmod" and c.lower_ == "even" and c.i + 1 in marks}
        teller = _subject_of(tok)
        if tok.lemma_.lower() in REPORTING_VERBS and teller is not None and (
                teller.pos_ != "PRON" or teller.lower_ in {"he", "she", "they"}) and (
                content := _reported_content(tok, allowed - marks - _subtree(teller), source_text(teller))):
            return content  # "Shares fell 17% after the lender warned that its profit would be far lower": the lender's
        return _clause(tok, allowed - marks, _Unit(set(), source="" if _other_party(tok) else None))
    if kind == "with":
        doing = _with_doing(verb, tok)
        assert doing is not None
        form = _finite_like(verb, doing.lemma_.lower(), _subject_of(doing))
        return _clause(doing, allowed - {tok.i}, _Unit(set(), {doing.i: form}))
    if kind == "making":
        small = _made(tok)
        assert small is not None
        it = next(c for c in small.children if c.dep_ == "nsubj")
        plural = it.lower_ == "them"
        copula = ("were" if plural else "was") if _in_past(verb) else ("are" if plural else "is")
        said_of = (allowed & _subtree(small)) - _subtree(it)
        if it.pos_ == "PROPN":  # "making Marrowfield the first city in Ostrevia to adopt X": what it now is
            return [_Unit(set(), prefix=f"{_noun_phrase(it)} is {_render(tok.doc, said_of)}", subject=it,
                          subject_text=_noun_phrase(it))]
        return [_Unit(set(), prefix=f"{'They' if plural else 'It'} {copula} {_render(tok.doc, said_of)}")]
    return []


def _made_by(thing: Token) -> str | None:
    """"Dorrance must hold a 45-day consultation, which ...": the named subject whose new thing
    (the object it brings in with "a") a relative clause goes on about."""
    if thing.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in thing.children):
        return None
    maker = _subject_of(thing.head)
    if maker is None or maker.pos_ != "PROPN" or maker.dep_ != "nsubj" or thing.head.lemma_.lower() in _EXPECTING:
        return None
    return _noun_phrase(maker)


def _set_off_name(appos: Token) -> bool:
    """"by Tessaly Ferries, the largest ferry company in Ostmark.": a description closed off after it,
    holding no figure of the main clause ("fined Chatterlane, the app popular with teenagers, €18.5
    million" is read by the parser as one phrase)."""
    after = appos.right_edge.i + 1
    closed = after >= len(appos.doc) or appos.doc[after].text in {",", ".", ";", "—", "–", ")"}
    return closed and not any(c.dep_ in {"appos", "npadvmod", "conj"} and any(t.like_num for t in c.subtree)
                              for c in appos.children)


def _adverbial_anchor(clause: Token) -> Token | None:
    """The place or time just before ", when/where ..." that the clause is set at ("on June 11,
    when ..."); None for other nouns ("at 14 knots, ..., when it hit the Mira Dawn" is the
    moment of the main clause, not of the knots)."""
    wh = clause.left_edge
    anchor = clause.doc[wh.i - 2]
    if anchor.pos_ not in {"PROPN", "NUM", "NOUN"}:
        return None
    while anchor.head.i != anchor.i and anchor.dep_ in {"nummod", "compound", "amod"}:
        anchor = anchor.head
    if wh.lower_ == "where" or anchor.pos_ == "PROPN":
        return anchor
    timely = anchor.lemma_.lower() in _PERIODS | _MOMENTS or any(date_word(t) for t in anchor.subtree)
    return anchor if timely else None


_MOMENTS = {"time", "moment", "hour", "minute", "point", "stage", "age", "date", "deadline", "morning", "evening",
            "afternoon", "election", "vote", "meeting", "summit", "match", "game", "final", "launch"}


def _where_when(pron: Token, head: Token) -> str:
    """The preposition that puts a clause at the place or time ``head`` names."""
    if pron.lower_ == "where":
        return "in"
    if head.lower_ in CALENDAR or any(t.lower_ in CALENDAR for t in head.subtree):
        return "in" if not any(t.like_num for t in head.subtree) or re.fullmatch(r"\d{4}", head.text) else "on"
    if re.fullmatch(r"\d{4}", head.text):
        return "in"
    if head.head.pos_ == "ADP" and head.head.lower_ in _PLACING:
        return head.head.text
    # "followed by an unusually hot summer, when ...": the time itself, not the link to it
    return "during" if pron.lower_ == "when" and head.lemma_.lower() in _PERIODS else "at"


_PLACING = {"in", "on", "at", "during", "near", "inside", "outside", "within", "across", "around"}
_PERIODS = {"summer", "winter", "spring", "autumn", "fall", "season", "year", "month", "week", "period", "decade",
            "term", "era", "weekend", "night", "day", "campaign", "crisis", "war", "pandemic", "storm", "heatwave"}


def _placed(units: list[_Unit], prep: str, np: str, doc: object) -> list[_Unit]:
    """Each unit of a "where"/"when" clause ends with the place or time it refers to."""
    for unit in units:
        words = [i for i in unit.tokens if not (doc[i].is_punct and doc[i].text != "%")  # type: ignore[index]
                 and doc[i].dep_ not in {"cc", "preconj"}]  # type: ignore[index]
        if words:
            last = max(words)
            unit.replace = {**unit.replace, last: f"{unit.replace.get(last, doc[last].text)} {prep} {np}"}  # type: ignore[index]
    return units


_FIGURE_VERBS = {"report", "post", "record", "book", "announce"}  # "reported revenue of $3.42 billion"


def _of_amount(noun: Token) -> Token | None:
    """The "of $3.42 billion" that gives a figure's value."""
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and any(
        t.like_num for t in c.subtree) and c.i > noun.i), None)


def _figure(verb: Token) -> Token | None:
    """The figure a verb like "reported" gives ("revenue of $3.42 billion")."""
    if verb.lemma_.lower() not in _FIGURE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and _of_amount(c) is not None), None)


# A figure's move by its verb, and what such a move does ("..., wiping €1.9 billion off its value")
_FALLING = {"fall": "fall", "drop": "fall", "decline": "fall", "slump": "fall", "slip": "fall", "tumble": "fall",
            "plunge": "fall", "rise": "rise", "climb": "rise", "jump": "rise", "surge": "rise", "soar": "rise",
            "increase": "rise", "gain": "rise"}
_EFFECTS = {"wipe", "add", "leave", "take", "push", "bring", "put", "send", "lift", "drag", "knock"}
CHANGE_VERBS = {"rise", "fall", "grow", "increase", "decrease", "climb", "drop", "jump", "slip", "decline", "gain",
                 "surge", "slump", "edge", "fell", "rose"}


def _quantity(verb: Token, subject: Token | None) -> str | None:
    """What an ", up 3% on last year" measures: the subject that rose to a figure ("Net income
    rose to $612m"), or the number of a counted subject ("212,400 students have been accepted
    onto courses" -> "the number of students accepted onto courses")."""
    if subject is None:
        return None
    counted = next((c for c in subject.children if c.dep_ == "nummod"), None)
    figure = _figure(verb)
    if figure is not None and subject.pos_ in {"PROPN", "NOUN"}:
        # "Lumora reported revenue of $3.42 billion, up 31%" -> "Lumora’s revenue was up 31%"
        dropped = [c for c in figure.children if c.dep_ in {"det", "punct"} or c == _of_amount(figure) or (
            c.dep_ == "prep" and any(date_word(t) for t in c.subtree)) or (  # not "on Thursday"
            c.dep_ == "advmod" and c.lower_ in {"up", "down"})]
        words = _subtree(figure) - set().union(*(_subtree(c) for c in dropped))
        return f"{possessive(_noun_phrase(subject))} {_render(verb.doc, words)}"
    if counted is None:
        if verb.lemma_.lower() in CHANGE_VERBS or any(
                p.lower_ == "to" and any(t.like_num for t in p.subtree) for p in verb.children if p.dep_ == "prep"):
            return _noun_phrase(subject) if subject.pos_ != "PRON" else None
        return None
    rest = [t for c in verb.children if c.i > verb.i and c.dep_ in {"prep", "npadvmod", "dobj", "advmod"}
            and not (c.dep_ == "advmod" and c.lower_ in {"up", "down"}) and not _comma_before(c) for t in c.subtree]
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return f"the number of {subject.text} {verb.text} {_render(verb.doc, [t.i for t in rest])}".strip()


_PARTS_OF = {"some", "many", "most", "all", "none", "several", "few", "both", "each", "one", "two", "three"}


def _agreeing_head(clause: Token) -> Token:
    """The noun a relative clause is about: the parser's head, or, when the clause's verb does
    not agree with it in number, the noun it is attached to ("a consultation with staff
    representatives, which is due to begin" is about the consultation)."""
    head = clause.head
    up = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    who = _relative_pronoun(clause)
    if (who is not None and who.lower_ in {"who", "whom", "whose"} and up is not None
            and (up.lemma_.lower() in PERSON_NOUNS or up.dep_ == "appos" and up.head.pos_ == "PROPN")
            and head.lemma_.lower() not in PERSON_NOUNS and (head.pos_ == "NOUN" or head.is_lower)):
        return up  # "pupils at fee-paying schools, who are more likely to have tutors": the pupils; "Ilse
        # Vandermeer, the chair of the council’s transport committee, who proposed X": the chair
    verb = next((c for c in clause.children if c.dep_ in {"aux", "auxpass"}), clause)
    singular = verb.tag_ == "VBZ" or verb.lower_ in {"was", "has", "is"}
    plural = verb.tag_ == "VBP" or verb.lower_ in {"were", "have", "are"}
    if singular and head.tag_ == "NNPS":
        return head  # "Calloway Terminals, which already runs the quay": a name, however it ends
    if (singular and head.tag_ in {"NNS", "NNPS"}) or (plural and head.tag_ in {"NN", "NNP"} and head.pos_ == "NOUN"):
        up = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
        if up is not None and up.pos_ == "NOUN" and (up.tag_ in {"NN", "NNP"}) == singular:
            return up
        near = clause.doc[clause.left_edge.i - 2] if clause.left_edge.i >= 2 else None
        if near is not None and singular and near.tag_ in {"NN", "NNP"} and near.dep_ == "pobj" and (
                near.i in {t.i for t in head.subtree}) and who is not None and who.dep_ in {"nsubj", "nsubjpass"}:
            return near  # "red deer numbers in the park, which covers 1,100 square kilometres": the park
        if plural and who is not None and who.dep_ == "pobj" and who.head.head.lower_ in _PARTS_OF:
            # "noise to homes along Harbour Road, some of which stand ...": the plural nearest before
            before = [t for t in head.head.subtree if t.i < clause.left_edge.i and t.tag_ == "NNS"]
            if before:
                return before[-1]
    return head


def _members(obj: Token) -> list[Token]:
    return [obj, *obj.conjuncts] if obj.conjuncts else [obj]


def _member_own(member: Token, members: list[Token]) -> set[int]:
    own = _subtree(member)
    for c in member.children:
        if c in members or c.dep_ in {"cc", "preconj"} or (c.dep_ == "punct" and c.text == ","):
            own -= _subtree(c)
    return own


def _object_variants(verb: Token, unit: _Unit) -> list[_Unit]:
    """Split coordinated direct objects of ``verb`` (or of its infinitive complement)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.i in unit.tokens)]
    # "would pay for weekend lists and for 25,000 procedures": a preposition repeated, read as a conjunct of the verb
    again = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i in unit.tokens), None)
    first = next((c for c in verb.children if again is not None and c.dep_ == "prep" and c.lower_ == again.lower_
                  and c.i < again.i and c.i in unit.tokens), None)
    cc = next((c for c in verb.children if first is not None and again is not None and c.dep_ == "cc"
               and first.i < c.i < again.i and c.lower_ == "and"), None)  # (not "for A or for B": one or the other)
    if again is not None and first is not None and cc is not None:
        between = {i for i in range(first.right_edge.i + 1, cc.i + 1) if verb.doc[i].is_punct} | {cc.i}  # ", and"
        return [_Unit(unit.tokens - _subtree(again) - between, unit.replace, unit.prefix, unit.subject, unit.subject_text),
                _Unit(unit.tokens - _subtree(first) - between, unit.replace, unit.prefix, unit.subject, unit.subject_text)]
    # "paid for a villa and a car": the object of a preposition of the verb splits the same way
    objects = [o for head in heads for o in head.children if o.dep_ == "dobj"]
    objects += [o for head in heads for p in head.children if p.dep_ == "prep" and p.i in unit.tokens
                and p.lower_ not in {"between", "among", "amongst"}  # "between A and B" is one relation
                for o in p.children if o.dep_ == "pobj" and not objects]
    # "would create a group with 1,140 stores and 24% of the market": what the object has, listed
    objects += [o for obj in objects if obj.dep_ == "dobj" and not obj.conjuncts for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    for head in heads:
        for obj in objects:
            if obj.i not in unit.tokens:
                continue
            members = [m for m in _members(obj) if m.pos_ in {"NOUN", "PROPN", "PRON"}]
            if len(members) < 2 or any(m.i not in unit.tokens for m in members):
                continue
            if any(c.dep_ == "cc" and c.lower_ in {"or", "nor", "than", "not"} for m in members for c in m.children) or (
                    any(obj.doc[i].lower_ in {"than", "not"} for i in range(members[0].i, members[-1].i))):
                # ("given her a clear mandate, but not a majority": one set against the other)
                continue  # "must install heat pumps, district heating or other systems": one requirement;
                # "years of underinvestment rather than a single bad winter": one, set against the other
            if any(c.i > members[-1].i for c in obj.children):
                continue  # "diplomacy and respect for norms": a modifier shared by all members
            if any(c.dep_ == "nummod" for c in members[0].children) and not any(
                    c.dep_ in {"nummod", "det", "poss", "amod", "compound"} for m in members[1:] for c in m.children):
                continue  # "handled 14,800 take-offs and landings": one count of both
            if obj.dep_ == "pobj" and any(
                i > members[-1].right_edge.i and obj.doc[i].head.i == obj.head.head.i and obj.doc[i].dep_ == "prep"
                for i in unit.tokens
            ):
                continue  # "pleaded for calm and respect for the law": the last phrase may belong to both
            whole = _subtree(obj)
            # "won 27.8% and 58 seats, down from 71 in 2022": the change compares the last amount only
            change = {i for c in head.children if c.dep_ == "advmod" and c.lower_ in {"up", "down"}
                      and c.i > members[-1].right_edge.i and _is_amount(members[-1])
                      and any(p.lower_ == "from" for p in c.children) for i in _subtree(c) | {c.i - 1}}
            out = []
            for m in members:
                keep = (unit.tokens - whole) | _member_own(m, members)
                if m is not members[-1]:
                    keep -= change
                if m is not obj:
                    keep |= {t.i for t in obj.lefts if t.dep_ in {"det", "poss"} and t.i in unit.tokens} - whole
                out.append(_Unit(keep, unit.replace, unit.prefix, unit.subject, unit.subject_text))
            return out
    return _quantity_variants(unit, verb.doc)


def _quantity_variants(unit: _Unit, doc: object) -> list[_Unit]:
    """"tariffs of 25% on steel and 15% on dairy products imported from X" -> "tariffs of 25% on
    steel imported from X" / "tariffs of 15% on dairy products imported from X": coordinated
    quantities, each with its own phrase, are two propositions; a participle closing the last one
    describes both."""
    for i in sorted(unit.tokens):
        first = doc[i]  # type: ignore[index]
        second = next((c for c in first.children if c.dep_ == "conj" and c.i in unit.tokens), None)
        if second is None or any(c.dep_ == "conj" for c in second.children):
            continue
        if not all(any(c.dep_ == "nummod" for c in m.children) and any(c.dep_ == "prep" for c in m.children)
                   for m in (first, second)):
            continue
        own_second = _subtree(second)
        shared: set[int] = set()
        tail = next((c for c in doc[second.right_edge.i].ancestors if c.dep_ == "acl" and c.tag_ == "VBN"  # type: ignore[index]
                     and c.i in own_second), None)
        if tail is not None and tail.right_edge.i == second.right_edge.i:
            shared = _subtree(tail)
        links = {c.i for c in first.children if c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ",")}
        keep_first = (unit.tokens - own_second - links) | (shared & unit.tokens)
        keep_second = (unit.tokens - (_subtree(first) - own_second)) | {second.i} | (own_second & unit.tokens)
        return [_Unit(keep_first, unit.replace, unit.prefix, unit.subject, unit.subject_text),
                _Unit(keep_second, unit.replace, unit.prefix, unit.subject, unit.subject_text)]
    return [unit]


def _has_predicate(unit: _Unit, doc: object) -> bool:
    if unit.prefix and re.search(r"\b(is|are|was|were|has|have|had)\b", unit.prefix):
        return True
    return any(doc[i].pos_ in _VERBAL for i in unit.tokens) or bool(unit.replace)  # type: ignore[index]


def _source(unit: _Unit, attribution: Attribution) -> str | None:
    return attribution.source if unit.source is None else (unit.source or None)


def _other_party(clause: Token) -> bool:
    """"The Social Democrats said they would reverse it, while the Liberals backed it": a contrast
    with another named party, ending what one party said, is the article's, not the speaker's."""
    said = clause.head.head if clause.head.dep_ == "ccomp" else None
    speaker = _subject_of(said) if said is not None and said.lemma_.lower() in REPORTING_VERBS else None
    subject = _subject_of(clause)
    return (speaker is not None and subject is not None and speaker.pos_ == "PROPN" and subject.pos_ == "PROPN"
            and speaker.lower_ != subject.lower_ and any(m.lower_ in {"while", "whereas"} for m in clause.children))


def _speaker_goes_on(content: Token, attribution: Attribution) -> list[_Unit]:
    """"The Chamber said that A, and it asked the council to B": what the speaker went on to do
    ("The Chamber asked the council to B", the article's claim) or to say ("and added that C",
    the speaker's claim)."""
    verb = content.head
    if content.dep_ != "ccomp" or verb.i not in attribution.frame or not attribution.source:
        return []
    units: list[_Unit] = []
    for aside in verb.children:  # "The company expects X, while rivals are cutting their forecasts"
        if aside.dep_ == "advcl" and aside.i in attribution.frame and _cut_kind(verb, aside) == "concessive":
            marks = {c.i for c in aside.children if c.dep_ == "mark"}
            units += _clause(aside, (_subtree(aside) & attribution.frame) - marks, _Unit(set(), source=""))
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in _VERBAL or conj.i not in attribution.frame:
            continue
        ids = _subtree(conj) & attribution.frame
        reported_ = _reported_content(conj, ids, attribution.source)
        if reported_ is not None:
            units += reported_
            continue
        subj = _subject_of(conj)
        if subj is not None and subj.lower_ not in {"it", "he", "she", "they"}:
            units += _clause(conj, ids, _Unit(set(), source=""))
        elif subj is not None:
            units += _clause(conj, ids, _Unit(set(), {subj.i: attribution.source}, source=""))
        else:
            units += _clause(conj, ids, _Unit(set(), prefix=attribution.source, subject_text=attribution.source,
                                              source=""))
    return units


def _reported_in_past(span: object, attribution: Attribution) -> bool:
    """"X said Y", "Y, X warned": a report in the past tense shifts the tense of what it reports."""
    verbs = [span.doc[i] for i in attribution.frame]  # type: ignore[attr-defined]
    return any((v.tag_ == "VBD" or _past_read_as_participle(v)) and v.lemma_.lower() in REPORTING_VERBS | {"hear"}
               for v in verbs)


def _past_read_as_participle(verb: Token) -> bool:
    """"The government of Merovia announced on Tuesday that ...": a main verb the tagger took for a
    participle, with no auxiliary of its own, is in the past."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def decompose(parsed: ParsedSentence, attribution: Attribution) -> list[Proposition]:
    """Split one parsed sentence into atomic propositions (guideline 1.1)."""
    span = parsed.span
    allowed = {t.i for t in attribution.content.subtree if span.start <= t.i < span.end} - attribution.frame
    allowed -= {t.i for t in span if t.is_space}
    start = _Unit(set(), prefix=f"{attribution.condition}," if attribution.condition else "", speaker=attribution.source)
    content = attribution.content
    if content.head.lemma_.lower() in _EXPECTING and content.head is not content:
        # "Analysts expect prices to fall" -> "Prices will fall" (the forecast, attributed).
        to = next((c for c in content.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and _subject_of(content) is not None:
            start.replace[to.i] = "will"
            for conj in (c for c in content.children if c.dep_ == "conj"):  # "... but to reject B"
                to2 = next((a for a in conj.children if a.dep_ == "aux" and a.lower_ == "to"), None)
                if to2 is not None:
                    start.replace[to2.i] = "will"
    if _reported_in_past(span, attribution):
        start.replace = {**present_again(content, allowed), **start.replace}
    units = _clause(content, allowed, start)
    units += _speaker_goes_on(content, attribution)
    for i in sorted(attribution.frame):
        tok = span.doc[i]
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and attribution.source and _comma_before(tok) and (
                tok.lemma_.lower() in _SAYING_WHY) and _subject_of(tok) is None and (
                tok.head.i == content.i or tok.head.lemma_.lower() in REPORTING_VERBS):
            # "X, the board announced, citing a shortage of staff" -> "The board cited a shortage of staff"
            # (but "X, the companies said, creating the largest group": what X does, not what they did)
            said = [span.doc[j] for j in attribution.frame if span.doc[j].lemma_.lower() in REPORTING_VERBS]
            form = past(tok.lemma_.lower()) if any(v.tag_ in {"VBD", "VBN"} for v in said) else third_person(
                tok.lemma_.lower())
            source = attribution.source[0].upper() + attribution.source[1:]
            units += _clause(tok, _subtree(tok) & attribution.frame,
                             _Unit(set(), {tok.i: form}, source, None, source, source=""))
            continue
        body = tok.head.pos_ == "PROPN" or (tok.head.lemma_.lower() in {"council", "trust", "commission", "agency",
                                                                     "board", "union"} and tok.head.tag_ == "NN")
        if tok.dep_ == "appos" and tok.head.i in attribution.frame and body and (
                _cut_kind(tok.head.head, tok) == "appos" and _business(tok)):
            # "Quillon Systems, the Ravensholt-based maker of accounting software, said ...": what the
            # article says the speaking business is (not a person's role: "Ana Ruiz, a scientist,")
            for unit in _sub_clause("appos", tok.head.head, tok, _subtree(tok) & attribution.frame, None, None):
                unit.source = ""
                units.append(unit)
            continue
        if _cut_kind(tok.head, tok) in {"relcl", "acl"} and tok.head.i in attribution.frame:
            kind = _cut_kind(tok.head, tok) or ""
            for unit in _sub_clause(kind, tok.head, tok, _subtree(tok) & attribution.frame, None, None):
                unit.source = unit.source or ""  # a fact about the speaker, not the speaker's claim
                units.append(unit)
    out = []
    for unit in units:
        if not unit.tokens and unit.prefix:
            text = tidy(unit.prefix)
        elif not _has_predicate(unit, span.doc):
            continue
        else:
            text = _render(span.doc, unit.tokens, unit.replace, unit.prefix)
        if text:
            plural = _is_plural(unit.subject)
            out.append(Proposition(text, parsed, _source(unit, attribution), unit.subject_text, plural))
    return out


__all__ = ["CHANGE_VERBS", "PERSON_NOUNS", "Proposition", "decompose", "tidy"]
