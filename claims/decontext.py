"""Stage 5: decontextualisation — make each proposition readable on its own.

**Reads:** the propositions of one article in document order (with their
parses, so the preceding context is available).
**Adds:** the same propositions with self-contained, polished text: a leading
pronoun ("It", "They", "He", "She", bare "This") becomes its antecedent from
the preceding context; a leading demonstrative noun phrase ("This calculated
stance", "These measures") loses its pointing determiner, taking the owner
named just before ("Russia's calculated stance") where there is one; pure
discourse connectives ("However,", "Furthermore,", "For example,") are dropped;
the text is capitalised and ends with a period. Pronoun sources ("he said") are
resolved the same way.

Guideline 1.2 (self-contained); rule 1.3 (faithful) is why a demonstrative
without a clear owner becomes "The ..." rather than a guessed antecedent.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.decompose import Proposition, tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONNECTIVES = (
    "however|furthermore|moreover|additionally|in addition|for example|for instance|also|meanwhile|indeed|"
    "notably|still|nevertheless|nonetheless|consequently|thus|therefore|hence|in fact|similarly|likewise|"
    "finally|instead|yet|and|but|so|then|besides|overall|ultimately|in turn|as a result|importantly|"
    "crucially|specifically|in short|in other words|at the same time|on the other hand|conversely|"
    "accordingly|subsequently|firstly|secondly|thirdly|first|second|third|lastly|of course|after all|"
    "in particular|in contrast|by contrast|in sum|to be sure|plus|what is more|what's more"
)
_LEADING_CONNECTIVE = re.compile(rf"^(?:(?:{_CONNECTIVES})\s*,|(?:and|but|yet|plus)\b)\s*(?=\S)", re.IGNORECASE)
_PRONOUN = re.compile(r"^(it|they|he|she|this|that|these|those|such)\b", re.IGNORECASE)
UNRESOLVED_START = re.compile(r"^(this|that|it|they|such|these|those|he|she|its|their|his|her)\b", re.IGNORECASE)
_PERSON_PRON = {"he", "she"}
_POSSESSIVE = re.compile(r"^(its|their|his|her)\b(?=\s+\w)", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"][^“”\"]+[”\"]$")
_TITLES = {
    "president", "minister", "chancellor", "secretary", "senator", "mr", "mrs", "ms", "dr", "prime", "king", "judge",
    "governor", "professor", "detective", "inspector", "councillor", "chief", "council", "leader", "manager",
}


@dataclass(frozen=True, slots=True)
class _Antecedent:
    text: str
    plural: bool
    person: bool


def _is_person(span_text: str, head: Token | None) -> bool:
    words = [w.lower().strip(".") for w in span_text.split()]
    if set(words) & _TITLES:
        return True
    if set(words) & {"the", "of", "and", "for"} or not 2 <= len(words) <= 4:
        return False
    return head is not None and head.pos_ == "PROPN" and all(w[:1].isupper() for w in span_text.split())


def _find_token(span: Span, word: str) -> Token | None:
    return next((t for t in span if t.lower_ == word.lower()), None)


def _owner(previous: Sequence[Span]) -> str | None:
    """A proper-noun possessor or subject named in the sentence before ("Russia's")."""
    if not previous:
        return None
    for tok in previous[-1]:
        if tok.pos_ == "PROPN" and tok.dep_ in {"poss", "nsubj", "nsubjpass"}:
            words = [t for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i]
            return "".join(t.text_with_ws for t in words).strip()
    return None


def span_end(tok: Token) -> int:
    return tok.sent.end


def _name_only(text: str) -> str:
    """ "Council leader Priya Anand" -> "Priya Anand" (a person source is named by name)."""
    words = text.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    while len(tail) > 1 and tail[0].lower().strip(".") in _TITLES:
        tail.pop(0)
    return " ".join(tail) if len(tail) >= 2 else text


class _Resolver:
    def __init__(self) -> None:
        self.antecedents: list[_Antecedent] = []
        self.spans: list[Span] = []
        self.names: list[str] = []
        self.last_source: str | None = None
        self.gender: dict[str, str] = {}

    def same_sentence_name(self, prop: Proposition, word: str, gender: str | None = None) -> str | None:
        """ "She described Mensah's performance and said he ..." -> Mensah (not the speaker)."""
        span = prop.parsed.span
        pron = next((t for t in span if t.lower_ == word), None)
        if pron is None:
            return None
        source = (prop.attributed_to or "").lower()
        for tok in reversed([t for t in span if t.i < pron.i]):
            if tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.text.lower() not in source:
                full = self.expand(tok.text)
                if self.gender.get(full) not in (None, gender or word):
                    continue
                return full
        return None

    def expand(self, surname: str) -> str:
        return next((n for n in reversed(self.names) if n.endswith(" " + surname)), surname)

    def pick(
        self, *, plural: bool | None = None, person: bool | None = None, gender: str | None = None
    ) -> str | None:
        for ant in reversed(self.antecedents):
            if gender is not None and self.gender.get(ant.text) not in (None, gender):
                continue
            if plural is not None and ant.plural != plural:
                continue
            if person is not None and ant.person != person:
                continue
            return ant.text
        return None

    def resolve_possessive(self, text: str, prop: Proposition) -> str:
        m = _POSSESSIVE.match(text)
        if not m:
            return text
        word = m.group(1).lower()
        rest = text[m.end() :]
        if word in {"his", "her"}:
            gender = "he" if word == "his" else "she"
            found = self.same_sentence_name(prop, word, gender) or self.pick(person=True, gender=gender)
        else:
            found = self.pick(plural=word == "their", person=False)
        return f"{_name_only(found)}’s{rest}" if found else f"The{rest}"

    def resolve_start(self, text: str, prop: Proposition) -> str:
        if _POSSESSIVE.match(text):
            return self.resolve_possessive(text, prop)
        m = _PRONOUN.match(text)
        if not m:
            return text
        word = m.group(1).lower()
        rest = text[m.end() :]
        if word in _PERSON_PRON:
            found = self.same_sentence_name(prop, word) or self.pick(person=True, gender=word)
            return f"{found}{rest}" if found else text
        if word in {"it", "they"}:
            if word == "it" and re.match(r"\s+(is|was|seems|appears|remains)\s+\w+\s+(that|whether)\b", rest):
                return text  # expletive "It is likely that ..."
            found = self.pick(plural=word == "they", person=None if word == "they" else False)
            return f"{found}{rest}" if found else text
        tok = _find_token(prop.parsed.span, word)
        nxt = tok.nbor() if tok is not None and tok.i + 1 < span_end(tok) else None
        is_det = tok is not None and (tok.dep_ == "det" or (nxt is not None and nxt.pos_ in {"NOUN", "ADJ"}))
        if is_det:
            earlier = [s for s in self.spans if s is not prop.parsed.span]
            owner = _owner(earlier) if word in {"this", "that"} else None
            if owner and owner.lower() not in text.lower()[: len(owner) + 40]:
                return f"{owner}’s{rest}"
            return f"The{rest}" if word != "such" else f"Such{rest}"
        found = self.pick(plural=word in {"these", "those"}, person=False)
        return f"{found}{rest}" if found else text

    def resolve_source(self, source: str | None) -> str | None:
        if source is None:
            return None
        low = source.lower()
        if low in {"he", "she", "they"}:
            gender = low if low != "they" else None
            found = self.pick(plural=low == "they", person=True if low != "they" else None, gender=gender)
            if found and gender:
                self.gender[found] = gender
                return _name_only(found)
            return found or source
        if " " not in source and source[:1].isupper():
            # A surname ("Haddad") names the person introduced in full earlier.
            return self.expand(source)
        return source

    def remember_names(self, span: Span) -> None:
        for tok in span:
            if tok.pos_ == "PROPN" and tok.dep_ != "compound":
                chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if chain:
                    self.names.append(" ".join(t.text for t in [*chain, tok] if t.text.lower().strip(".") not in _TITLES))

    def remember_source(self, source: str | None) -> None:
        if source and source.lower() not in {"he", "she", "they"}:
            self.last_source = source
            if source[:1].isupper() and len(source.split()) >= 2:
                self.antecedents.append(_Antecedent(source, False, True))

    def remember(self, prop: Proposition, subject: str | None) -> None:
        span = prop.parsed.span
        if not self.spans or self.spans[-1] is not span:
            self.spans.append(span)
        if not subject or _PRONOUN.match(subject) or UNRESOLVED_START.match(subject):
            return
        head = _find_token(span, subject.split()[-1])
        self.antecedents.append(_Antecedent(subject, prop.subject_plural, _is_person(subject, head)))


def polish(text: str) -> str:
    """Capitalised, one trailing period, no leading discourse connective."""
    text = tidy(text)
    while (m := _LEADING_CONNECTIVE.match(text)) and len(text) > m.end() + 10:
        text = text[m.end() :]
    text = text.strip().strip("\"“”").strip()
    text = re.sub(r"[\s,;:—–-]+$", "", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text.endswith("?") or text.endswith("!"):
        return text
    if text[-1] in "”\"’'" and len(text) > 1 and text[-2] in ".!?":
        return text
    return text.rstrip(".") + "."


def decontextualise(props: Sequence[Proposition]) -> list[Proposition]:
    """Resolve leading references and polish the text of one article's propositions."""
    resolver = _Resolver()
    out = []
    for prop in props:
        text = polish(prop.text)
        resolved = resolver.resolve_start(text, prop)
        subject = prop.subject
        if subject and resolved != text and text.lower().startswith(subject.lower()):
            subject = resolved[: len(resolved) - (len(text) - len(subject))]
        text = polish(resolved)
        if not resolver.spans or resolver.spans[-1] is not prop.parsed.span:
            resolver.remember_names(prop.parsed.span)
        source = resolver.resolve_source(prop.attributed_to)
        if source is None and _QUOTED.match(prop.parsed.sentence.text):
            source = resolver.last_source  # a quote continuing the last speaker's words
        out.append(dataclasses.replace(prop, text=text, attributed_to=source, subject=subject))
        resolver.remember(prop, subject)
        resolver.remember_source(source)
    return out


__all__ = ["decontextualise", "polish", "UNRESOLVED_START"]
