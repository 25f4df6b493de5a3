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

The resolver is built in layers, one module per kind of reference, each class extending
the one before:

- ``memory``: what the sentences before said (antecedents, names, genders, mentions);
- ``descriptions``: "the extension", "the decision", "the town", a bare surname;
- ``speakers``: pronoun sources ("he said") and a speaker's "we"/"our";
- ``pronouns``: a leading "It/They/This", "Its/Their", and "him/her/it" inside a claim.

``ellipsis`` fills what a claim leaves out from the claim before ("Otherwise", "If it does not",
"So will X", "and they didn’t"); ``expectations`` turns "Economists expect the first cut in June"
into the actor's forecast move,
``topic`` reads what the article is about from its opening, ``phrases`` holds what a word
or noun phrase is (shared by all of them), and ``polish`` the rewrites that need no context.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.decompose import Proposition
from claims.inflect import gerund, past
from claims.decontext.ellipsis import IF_SO, SO_TOO, condition_again, did_not, left_undone, mid_sentence, said_too
from claims.decontext.expectations import expected_move
from claims.decontext.memory import _bodies_of_speakers
from claims.decontext.phrases import UNRESOLVED_START, _EXPLETIVE_IT
from claims.decontext.polish import _hedged, _unframed, polish
from claims.decontext.pronouns import Resolver
from claims.decontext.topic import _actor, _event, _home_place, _nation, opening_body

if TYPE_CHECKING:
    from spacy.tokens import Span


_QUOTED = re.compile(r"^[“\"][^“”\"]+[”\"]$")
_OPEN, _CLOSE = "“", "”"


def _quoted_sentences(props: Sequence[Proposition]) -> set[int]:
    """The starts of the sentences that are a speaker's words with no speaker of their own: quoted
    whole, or one of a quote that runs over several sentences of a paragraph ("“At 5–4 down I told
    myself to keep swinging. We worked all winter.”"), told by the quote marks before them (not
    the one where the quote closes before its frame: "..., ” said X, who chairs Y.")."""
    quoted: set[int] = set()
    block, open_ = -1, False
    for sentence in dict.fromkeys(p.parsed.sentence for p in props):
        if sentence.block_index != block:
            block, open_ = sentence.block_index, False
        text = sentence.text
        closes = _CLOSE not in text or (text.count(_CLOSE) == 1 and text.rstrip().endswith(_CLOSE))
        if _QUOTED.match(text) or (open_ and _OPEN not in text and closes) or (
                not open_ and text.startswith(_OPEN) and _CLOSE not in text):
            quoted.add(sentence.start)
        for mark in re.findall(f"[{_OPEN}{_CLOSE}]", text):
            open_ = mark == _OPEN
    return quoted
_INNER_PERSON = re.compile(r"(?<=\w )(his|him|her)\b", re.IGNORECASE)
_OTHERWISE = re.compile(r"^Otherwise,? (?=\w)")
# "In March, it withdrew six planes": a short time or place phrase before a leading reference (the comma
# may be missing: "said on Monday it had agreed" gives "On Monday it agreed")
_INTRO = re.compile(r"^((?:In|On|At|During|Since|After|Before|Last|Earlier|Later|Until|Within|Over|From|Under)\b[^,]{1,40}?"
                    r"|[A-Z][a-z]+ing\b[^,]{1,40}?(?=,)"  # (or a participle: "Standing for the Harbour Party, she won")
                    r"|(?:Based on|Despite|Without|Because of|Thanks to|Unlike|Like|Given)\b[^,]{1,40}?(?=,)),? "
                    r"(?=(?:it|they|he|she|its|their|this|these)\b)")


# "The other two are small watercolours", "All three are catalogued": a number standing for its noun
_COUNTED = re.compile(r"^((?:All|Both|The other|The|All of the) (?:two|three|four|five|six|seven|eight|nine|ten)) "
                      r"(?=(?:are|were|have|had|will|would|could|can|include|remain)\b)")


def _counted(text: str, told: Sequence[tuple[object, str, str | None]]) -> str:
    """"The other two are watercolours" after "The stolen works include X" -> "The other two stolen
    works are watercolours": the plural subject of the claim before names what is counted."""
    m = _COUNTED.match(text)
    if m is None:
        return text
    for _, _, subject in reversed(told[-3:]):
        words = subject.split() if subject else []
        if 2 <= len(words) <= 4 and words[0].lower() in {"the", "these", "those"} and words[-1].endswith("s") and not any(
                w[:1].isupper() for w in words[1:]):
            return f"{m.group(1)} {' '.join(words[1:])} {text[m.end():]}"
    return text


_DONE_SO = re.compile(r"\b(?:(has|have|had) done|(did)) so\b")
_WHEN_AT_END = re.compile(r"\s+(?:within|by|in|before|after|on|over|at least|each|every)\b[^,]*$")


def _done_so(text: str, before: tuple[Span, str, str | None] | None) -> str:
    """"Halvern said it had done so on the day" after "manufacturers must report any quality defect to
    the authority within 24 hours" -> "had reported any quality defect to the authority": what "do so"
    stands for, the act the claim before required or told (less its time limit)."""
    m = _DONE_SO.search(text)
    if m is None or before is None:
        return text
    span, told, _ = before
    verb = span.root
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return text
    act = re.search(rf"\b{re.escape(verb.text)} (.+?)\.?$", told)
    if act is None:
        return text
    rest = _WHEN_AT_END.sub("", act.group(1))
    done = f"{m.group(1)} {past(verb.lemma_.lower(), participle=True)}" if m.group(1) else past(verb.lemma_.lower())
    return f"{text[: m.start()]}{done} {rest}{text[m.end() :]}"


def _common_after_comma(text: str, spans: Sequence[Span]) -> str:
    """"From next year, Data centres will pay" -> "data centres": a resolved common noun that had
    opened its own sentence (and is no name anywhere) reads in lower case after a comma."""
    def lower(m: re.Match[str]) -> str:
        word = m.group(1)
        common = [t.pos_ == "NOUN" and (t.is_sent_start or t.doc[t.i - 1].text in {"“", '"'})
                  for span in spans for t in span if t.text == word]
        return f", {word.lower()}" if common and all(common) else m.group(0)

    return re.sub(r", ([A-Z][a-z]+)\b(?= [a-z])", lower, text)


_THIS_DECISION = re.compile(r"^(?:This|That|It) ((?:is|was|will be|would be|has been)(?: not)? (?:an?|the) "
                            r"(?:[\w-]+ ){0,2}(?:move|step|choice)\b.*)$")  # ("This was a hard decision": topic.py)


def _decision_as_gerund(text: str, event: tuple[str | None, str] | None) -> str:
    """"This is a step in the right direction" (said of the article's decided action) -> "Raising
    the national minimum wage is a step in the right direction"."""
    m = _THIS_DECISION.match(text)
    if m is None or event is None or not event[1].startswith("to "):
        return text
    _, verb, *rest = event[1].split(" ", 2)
    return " ".join([gerund(verb).capitalize(), *rest, m.group(1)])


def _rewritten_subject(subject: str | None, before: str, after: str) -> str | None:
    """The subject after a rewrite of the claim text that changed only its subject
    ("It" -> "The bank"); unchanged when the rewrite was elsewhere in the text."""
    if not subject or after == before or not before.lower().startswith(subject.lower()):
        return subject
    rest = before[len(subject) :]
    if after.endswith(rest):
        return after[: len(after) - len(rest)]
    # the rest was rewritten too ("the rocket’s" -> "the Vela-4 rocket’s"): the subject ends where
    # the words that followed it still stand
    follow = " ".join(rest.split()[:2])
    at = after.find(" " + follow) if follow else -1
    if at <= 0 or after.find(" " + follow, at + 1) >= 0 or len(after) - at < len(rest):
        return subject  # (a rewrite that only added words to the rest keeps it at least as long)
    return after[:at]


def _speaker_again(previous: tuple[Span, str | None, str | None] | None, prop: Proposition, text: str) -> str | None:
    """The claim's text with its leading pronoun replaced by the resolved source of the claim
    before from the same sentence, when that pronoun is the one that spoke there."""
    if previous is None or previous[0] is not prop.parsed.span or not previous[1] or not previous[2]:
        return None
    pronoun = previous[1].lower()
    if pronoun not in {"it", "he", "she", "they"} or (prop.subject or "").lower() != pronoun or prop.attributed_to:
        return None
    if not text.lower().startswith(pronoun + " "):
        return None
    return previous[2][0].upper() + previous[2][1:] + text[len(pronoun) :]


def decontextualise(props: Sequence[Proposition]) -> list[Proposition]:
    """Resolve leading references and polish the text of one article's propositions.

    Two passes where a claim has a "his/him/her" inside: the first only learns who is a "he" and
    who a "she" over the whole article ("Priya Nandra said ... She said ..."), so that a "his"
    before that point can be told apart."""
    resolver = Resolver()
    if any(_INNER_PERSON.search(prop.text) for prop in props):  # the first pass only serves these
        first = Resolver()
        _resolve(props, first)
        resolver.gender = dict(first.gender)
    return _resolve(props, resolver)


def _resolve(props: Sequence[Proposition], resolver: Resolver) -> list[Proposition]:
    resolver.orgs = _bodies_of_speakers(props)
    if props:
        opening_actor = _actor(props[0].parsed.span)
        resolver.town, resolver.land, sure = _home_place(props, opening_actor)
        resolver.country = resolver.land if sure else None
        resolver.nation = _nation(props, resolver.land, opening_actor)
    out: list[Proposition] = []
    quoted = _quoted_sentences(props)
    previous: tuple[Span, str | None, str | None] | None = None
    for prop in props:
        resolver.current = prop.parsed.span
        text = _unframed(polish(polish(prop.text)))  # (once for the quote marks, once for the "But" they hid)
        if otherwise := _OTHERWISE.match(text):
            text = text[otherwise.end() :]
            text = text[0].upper() + text[1:]
        if if_so := IF_SO.match(text):  # "If it does not, the reopening could slip": resolved without it, then put back
            lower = text[if_so.end()].islower()
            text = text[if_so.end() :]
            text = text[0].upper() + text[1:]
        if intro := _INTRO.match(text):  # resolved as if it opened the claim, then put back
            text = text[intro.end() :]
            text = text[0].upper() + text[1:]
        if (again := _speaker_again(previous, prop, text)) is not None:
            text = again  # "It added that X but did not give details": the "it" that spoke, resolved as its source
        resolved = resolver.resolve_start(_decision_as_gerund(did_not(text, prop), resolver.event), prop)
        resolved = _done_so(resolved, next((t for t in reversed(resolver.told) if t[0] is not prop.parsed.span), None))
        subject = _rewritten_subject(prop.subject, text, resolved)
        derived = subject != prop.subject  # the subject is itself a resolved reference ("Analysts’ forecasts")
        resolved = _hedged(resolved) or resolved
        if not _EXPLETIVE_IT.match(resolved):
            last = resolver.last_resort(resolved)
            if last is None:
                continue  # nothing the article names can stand in for the reference
            resolved = last
        text = _counted(polish(resolved), resolver.told)
        expanded = resolver.expand_descriptions(text, prop)
        subject = _rewritten_subject(subject, text, expanded)
        text = resolver.expand_names(resolver.of_the_group(resolver.of_last_thing(resolver.jobs_of_actor(resolver.stance_on_event(expanded, prop), prop), prop)), prop)
        text = resolver.name_the_place(text, prop)
        expecter = None
        if not prop.attributed_to and (moved := expected_move(text, resolver.body_actor())) is not None:
            text, expecter = moved  # "Economists expect the first cut in June": the actor's move, theirs to expect
        if not resolver.spans or resolver.spans[-1] is not prop.parsed.span:
            resolver.remember_acronyms(prop.parsed.span)
            resolver.remember_names(prop.parsed.span)
            resolver.remember_mentions(prop.parsed.span, subject if subject and subject[:1].isupper() else None)
            if resolver.event is None:
                resolver.event = _event(prop.parsed.span, first=not resolver.spans)
            if not resolver.spans:
                resolver.actor = _actor(prop.parsed.span)
                resolver.opening_body = opening_body(prop.parsed.span)
                # "The data protection authority of Marvia has fined X": the actor is a place, not a business
                resolver.actor_is_place = resolver.actor is not None and any(
                    t.text == resolver.actor.split()[-1] and t.dep_ == "pobj" and t.head.head.lower_ not in {"shares", "stocks"}
                    for t in prop.parsed.span)  # (but "Shares in Orsana Pharma fell": a company)
        if previous is not None and previous[0] is prop.parsed.span and previous[1] == prop.attributed_to:
            source = previous[2]  # one sentence, one speaker: resolved once, before its own subjects count
        else:
            # "Its spokesman said X": a frame that opens the sentence points back, not at X's subject
            opens = bool(prop.attributed_to) and prop.parsed.span.text.lower().startswith(str(prop.attributed_to).lower())
            source = resolver.resolve_source(prop.attributed_to, None if opens else subject, prop.subject_plural)
        if source and source.lower() in {"we", "i"}:  # "“..., but we believe X,” he said": the one who says "we"
            source = next((o.attributed_to for o in reversed(out) if o.parsed.span is prop.parsed.span and (
                o.attributed_to and o.attributed_to.lower() not in {"we", "i"})), None) or resolver.last_source or source
        previous = (prop.parsed.span, prop.attributed_to, source)
        source = expecter or source
        if source is None and prop.parsed.sentence.start in quoted:
            source = resolver.last_source  # a quote continuing the last speaker's words
        text = resolver.name_the_place(resolver.inner_pronouns(text, prop, source), prop)  # "its" -> "the state’s" -> ...
        if source and (first := resolver.first_person(text, prop, source)) != text:
            # "Half of my customers" -> "Half of Owen Hartley’s customers", which a "they" can point back to
            # (not "my mother", whom a later "she" names by her name)
            ours = bool(subject) and prop.subject_plural and re.search(r"\b(my|our)\b", str(subject), re.IGNORECASE)
            subject = _rewritten_subject(subject, text, first) if ours else None
            text = first
        if m := SO_TOO.match(text):
            # the claim before whose verb the ellipsis repeats ("will"), skipping its relative clauses
            said = next((x for x in (said_too(b, m.group(1), m.group(2)) for b in reversed(out[-4:])) if x), None)
            if said is not None:
                text, subject = said
        if intro:
            text, subject = f"{intro.group(1)}, {mid_sentence(text)}", None
        if if_so:
            before = [b for b in out if b.parsed.span.end <= prop.parsed.span.start]
            adjacent = before[-1] if before and before[-1].parsed.span.end == prop.parsed.span.start else None
            again = condition_again(adjacent, bool(if_so.group(1))) if adjacent is not None else None
            rest = text[0].lower() + text[1:] if lower else mid_sentence(text)
            text = f"{again or if_so.group(0)[:-2]}, {rest}"
            subject = None
        if otherwise:
            before = [b for b in out if b.parsed.span is not prop.parsed.span]
            undone = left_undone(before[-1]) if before and before[-1].parsed.span.end == prop.parsed.span.start else None
            text = f"{undone or 'Otherwise'}, {mid_sentence(text)}"
            subject = None
        if source and re.match(r"(A|An|The) ", source):
            source = source[0].lower() + source[1:]  # "a Dorrance spokesperson", as the article reads mid-sentence
        if resolver.acronyms:
            text = resolver.spell_out(text)
            source = resolver.spell_out(source, sentence=False) if source else source
        text = resolver.full_team_names(_common_after_comma(text, [*resolver.spans, prop.parsed.span]))
        out.append(dataclasses.replace(prop, text=text, attributed_to=source, subject=None if expecter else subject))
        resolver.told.append((prop.parsed.span, text, subject))
        resolver.remember(prop, subject, derived=derived)
        resolver.last_claim = (prop.parsed.span, subject, prop.subject_plural, prop.subject)
        resolver.remember_source(source, prop)
        resolver.remember_body(prop, source)
    return out


__all__ = ["decontextualise", "polish", "UNRESOLVED_START"]
