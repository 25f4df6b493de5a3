"""Reported speech told again in the speaker's own tense.

"Selina Vance said the risk was low" reports "The risk is low"; "Shah said she would ask the
government" reports "I will ask the government"; "the barrier had never been tested" reports
"has never been tested". A claim is read away from its article (guideline 1.2), so the tense
the report shifted back is shifted forward again, and only where the shift is unambiguous:

- "would" + verb -> "will" ("would have been" is a counterfactual and stays);
- "was/were" before an "-ing" verb -> "is/are" ("was sending data"), and before a state that
  still holds ("was likely to", "was prepared to", "was no longer"); not before a verdict on
  what is done ("the decision was unanimous" stays);
- "had" + participle -> "has/have" + participle, or the simple past when the clause says when
  it happened ("had been issued as soon as ..." -> "was issued as soon as ...");
- "had" of possession -> "has/have".

Only the clauses that carry the report itself change, never a relative or adverbial clause
inside them ("which was completed in 2019") nor a clause reported inside the report ("the case
showed how oversight had allowed ..."), and never words in quotation marks. A condition on a
"will" is told in the present too ("will open an investigation once the supply is safe"), and a
supposition keeps its "would" ("Easing too early would risk ...").

Pure functions over the spaCy parse; the caller passes the replacements into its rendering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.inflect import IRREGULAR, third_person

if TYPE_CHECKING:
    from spacy.tokens import Token

_REPORT_CHAIN = {"conj"}  # clauses coordinated with what the speaker reports (not "meant that X": its own tense)
_WHEN_WORDS = {"ago", "yesterday", "earlier", "previously", "last", "soon"}
_WHEN_MARKS = {"when", "after", "before", "once", "as"}  # "had been issued as soon as X", "after X"
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR = WEEKDAYS | set(
    "january february march april may june july august september october november december".split())
_AT_TIME = {"in", "on", "at", "during", "between"}  # "in 2021", "on Sunday", "between 2019 and 2022" (not "since 2022", "until Tuesday")
_CONDITIONS = {"if", "unless", "once", "until", "when", "before", "after", "as"}
_SUBJ = {"nsubj", "nsubjpass", "expl", "csubj"}
_PLURAL_PRON = {"they", "we", "these", "those", "you"}
_QUOTES = {"“", "”", '"'}


def _reported_clause(verb: Token, content: Token) -> bool:
    """``verb`` heads the content clause or a clause coordinated with it."""
    while verb.i != content.i:
        if verb.dep_ not in _REPORT_CHAIN or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def date_word(tok: Token) -> bool:
    """A year, a month or a weekday (the pipeline runs without its entity recogniser)."""
    year = tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100
    return year or (tok.lower_ in CALENDAR and tok.tag_ != "MD")  # not the modal "may"


# Nouns of something done at a time, so "an inspection in 2023" dates what it found
_EVENTS = {"inspection", "review", "survey", "test", "study", "audit", "visit", "meeting", "election", "vote",
           "investigation", "inquiry", "closure", "check", "assessment", "analysis", "trial", "census", "poll"}


def _dated(verb: Token, *, ahead: bool = False) -> bool:
    """The clause says when it happened: "in 2021", "on Sunday", "last season", "two years ago",
    "as soon as X", "after X" (not "since 2022" nor "until Tuesday", which ask for the perfect).
    With ``ahead``, a date in what the state looks ahead to ("was unlikely to bring the list down
    in 2026") does not date the state."""
    skip = {t.i for c in verb.children if c.dep_ in _SUBJ | _REPORT_CHAIN | {"ccomp", "dobj"} for t in c.subtree}
    if not ahead and any(p.dep_ == "prep" and p.lower_ in {"in", "on"} and any(
            date_word(g) for g in p.children if g.dep_ == "pobj") for c in verb.children if c.dep_ in {
            "nsubj", "nsubjpass"} and c.lemma_.lower() in _EVENTS for p in c.children):
        return True  # "An inspection in 2023 had found only minor wear": the subject is an event with its date
    if ahead:
        skip |= {t.i for c in verb.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"
                 for t in x.subtree}
    for tok in verb.subtree:
        if tok.i in skip:
            continue
        if tok.lower_ in _WHEN_WORDS:
            if tok.lower_ == "last" and any(c.lower_ == "the" for c in tok.head.children):
                continue  # "in each of the last four years" runs up to now
            if any(a.dep_ == "prep" and a.lower_ in {"since", "until", "till"} for a in tok.ancestors):
                continue  # "since last winter" runs up to now, too
            return True
        if tok.dep_ in {"mark", "advmod"} and tok.lower_ in _WHEN_MARKS and tok.head.dep_ == "advcl":
            return True
        if date_word(tok):
            prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ in _AT_TIME:
                return True
    return False


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    while subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    return subj


_PLURAL_COUNTS = {"several", "many", "both", "few", "some", "most", "all"}


def _plural(verb: Token) -> bool:
    subj = _subject(verb)
    if subj is None:
        return False
    if subj.lower_ in _PLURAL_COUNTS:  # "several of its members", "most of the money": what they are of counts
        of = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        return of.tag_ in {"NNS", "NNPS"} or of.lower_ in _PLURAL_PRON | {"them", "us"} if of is not None else (
            subj.lower_ in {"several", "many", "both", "few"})
    return (subj.lower_ in _PLURAL_PRON or subj.tag_ in {"NNS", "NNPS"}
            or any(c.dep_ == "conj" for c in subj.children))


def _hypothetical(verb: Token) -> bool:
    """"Easing too early would risk X", "Any deal would require Y", "A cut would give Z": the
    "would" of a supposition, not of a report."""
    subj = _subject(verb)
    if subj is None:
        return False
    return subj.dep_ == "csubj" or subj.tag_ == "VBG" or any(
        c.lower_ in {"any", "a", "an"} for c in subj.children if c.dep_ == "det")


def _simple_past(verb: Token) -> str | None:
    """The participle's simple past ("cancelled" -> "cancelled", "risen" -> "rose"); None if unknown."""
    lemma = verb.lemma_.lower()
    if lemma in IRREGULAR:
        return IRREGULAR[lemma][0]
    return verb.text if verb.text.endswith("ed") else None


def _present(verb: Token, plural: bool) -> str:
    return verb.lemma_.lower() if plural else third_person(verb.lemma_.lower())


def _condition_now(clause: Token, out: dict[int, str]) -> None:
    """"will open its own investigation once the supply was safe" -> "... once the supply is safe":
    a condition on what will happen is told in the present."""
    plural = _plural(clause)
    for tok in clause.subtree:
        if tok.head.i != clause.i and tok.i != clause.i:
            continue  # the condition's own verb and its auxiliaries, not a clause inside it
        if tok.lower_ in {"was", "were"}:
            out[tok.i] = "are" if plural or tok.lower_ == "were" else "is"
        elif tok.lower_ == "did" and tok.dep_ == "aux":
            out[tok.i] = "do" if plural else "does"
        elif tok.lower_ == "had" and tok.dep_ == "aux":
            out[tok.i] = "have" if plural else "has"
        elif tok.i == clause.i and tok.tag_ == "VBD" and tok.lemma_.lower() != "be":
            out[tok.i] = _present(tok, plural)


def _direct_speech(content: Token) -> bool:
    """The reported words are a quotation ("“The plant would close,” she said"), not a few quoted
    words inside reported speech ("said the club was “selling its soul”")."""
    first = content.left_edge
    before = content.doc[first.i - 1] if first.i > content.sent.start else None
    return first.text in _QUOTES or (before is not None and before.text in _QUOTES) or (
        content.i < first.i + 1 and any(t.text in _QUOTES for t in content.sent if t.i < content.i))


_CHANCES = {"likely", "unlikely", "possible", "probable", "inevitable", "imminent"}  # what may still come


def _still_so(be: Token) -> bool:
    """"was likely to strengthen X", "was prepared to lower Y", "was no longer a major source":
    a state that still holds when it is reported, unlike "the decision was unanimous"."""
    pred = next((c for c in be.children if c.dep_ in {"acomp", "attr"}), None)
    if pred is None:
        return False
    ahead = pred.dep_ == "acomp" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                         for c in pred.children)
    ahead = ahead and not any(c.lower_ in {"too", "enough"} for c in pred.children)  # "too good to turn down"
    longer = any(c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in be.children)
    chance = pred.dep_ == "acomp" and pred.lower_ in _CHANCES  # "aftershocks were likely over the next two weeks"
    return ahead or longer or chance


# States of intent reported in the past still hold when reported ("said it expected to sell X").
_INTENDING = {"expect", "plan", "intend", "hope", "want", "aim", "need"}


# States of mind that a past perfect puts before the report, and that are over by then ("had hoped")
_BELIEVING = {"wish", "believe", "fear", "think", "assume", "suspect", "anticipate", "know", "realise", "realize"}


def _conditions_now(verbs: list[Token], allowed: set[int], out: dict[int, str]) -> None:
    """The "if"/"once" conditions of re-tensed verbs go to the present too."""
    for verb in verbs:
        for clause in verb.children:
            marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
            if clause.dep_ == "advcl" and marks & _CONDITIONS and clause.i in allowed:
                _condition_now(clause, out)


def present_again(content: Token, allowed: set[int]) -> dict[int, str]:
    """Replacements (token index -> word) that undo the back-shift of a clause reported in the past."""
    if _direct_speech(content):
        return {}  # direct speech keeps its own tenses
    out: dict[int, str] = {}
    for tok in content.subtree:
        if tok.i not in allowed:
            continue
        head = tok.head
        if tok.lower_ == "would" and tok.tag_ == "MD" and _reported_clause(head, content):
            if not any(c.lemma_ == "have" and c.dep_ == "aux" for c in head.children) and not _hypothetical(head):
                out[tok.i] = "will"
                _conditions_now([head], allowed, out)
        elif tok.lower_ in {"was", "were"}:
            if tok.dep_ == "aux" and head.tag_ == "VBG" and _reported_clause(head, content) and not _dated(head):
                out[tok.i] = "are" if tok.lower_ == "were" else "is"  # "was sending data" -> "is sending data"
            elif (tok.dep_ not in {"aux", "auxpass"} and _reported_clause(tok, content) and _still_so(tok)
                  and not _dated(tok, ahead=True)):
                out[tok.i] = "are" if tok.lower_ == "were" else "is"
        elif tok.lower_ == "had" and tok.dep_ == "aux" and head.tag_ == "VBN" and _reported_clause(head, content):
            been = next((c for c in head.children if c.dep_ == "auxpass" and c.lower_ == "been"), None)
            if head.lemma_.lower() in _INTENDING | _BELIEVING and been is None and any(
                    c.dep_ == "neg" for c in head.children):
                out[tok.i], out[head.i] = "did", head.lemma_.lower()  # "had not known" -> "did not know"
            elif head.lemma_.lower() in _INTENDING | _BELIEVING and been is None and (simple := _simple_past(head)):
                out[tok.i], out[head.i] = "", simple  # "investors had hoped for X" -> "investors hoped for X"
            elif not _dated(head):
                out[tok.i] = "have" if _plural(head) else "has"
            elif been is not None:
                out[tok.i], out[been.i] = ("were" if _plural(head) else "was"), ""
            elif (simple := _simple_past(head)) and not any(c.dep_ == "aux" and c.i != tok.i for c in head.children):
                out[tok.i], out[head.i] = "", simple
        elif (tok.tag_ == "VBD" and tok.lemma_.lower() in _INTENDING and any(c.dep_ == "xcomp" for c in tok.children)
              and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
              and _reported_clause(tok, content) and not _dated(tok)):
            out[tok.i] = tok.lemma_.lower() if _plural(tok) else third_person(tok.lemma_.lower())  # "expected to" -> "expects to"
            # "expects to lift it if tests come back clear"
            _conditions_now([tok, *(c for c in tok.children if c.dep_ == "xcomp")], allowed, out)
        elif (tok.lower_ == "had" and tok.pos_ == "VERB" and tok.dep_ not in {"aux", "auxpass"}
              and _reported_clause(tok, content) and not _dated(tok)
              and not any(c.dep_ == "xcomp" for c in tok.children)):  # not "had to"
            out[tok.i] = "have" if _plural(tok) else "has"  # "had two years left" -> "has two years left"
    return out


__all__ = ["CALENDAR", "WEEKDAYS", "date_word", "present_again"]
