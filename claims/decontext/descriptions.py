"""Descriptions a reader cannot place: "the extension" -> "the Line 2 tram extension",
"the decision" -> "Dravia’s decision to impose tariffs", "the town" -> "Kellsford", "the two
chains" -> "Freshway and Bellamy’s", a surname -> the full name (guideline 1.2)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.attribution import possessor
from claims.decompose import PERSON_NOUNS, PLEDGING, Proposition
from claims.decontext.memory import _DESCRIBED_ONLY, Memory, owned_action
from claims.decontext.phrases import (
    _CLASS_NOUNS,
    _EVENT_NOUNS,
    _INSTITUTIONS,
    _PLACE_WORDS,
    _PUBLIC_BODIES,
    _THE_TWO,
    _body_name,
    _find_token,
    _is_person,
    _measure,
    _name_only,
    _organisation,
    _phrase,
    _set_off,
    _speaking_place,
    name_words,
)
from claims.decontext.topic import _event_phrase, _nominalises
from claims.inflect import possessive as _possessive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# General labels an article uses for a thing it introduced under a more specific noun
# ("approved a law that will ban X. The measure passed by 54 votes to 38").
_PROJECTS = {"project", "scheme", "programme", "program"}
# a claim about the people of the article's country or town at large, said without saying where
_PEOPLE_OF_PLACE = re.compile(
    r"^(?:(?:Some|Most|Many|All) (?:of the )?)?(?:[Hh]ouseholds|[Rr]esidents|People|[Bb]usinesses|[Ff]irms|[Ee]mployers|"
    r"[Ff]amilies|[Cc]onsumers|[Ff]armers|[Tt]enants|[Ll]andlords|[Vv]oters|[Hh]omeowners|[Ss]hoppers|[Pp]arents|"
    r"[Ww]orkers|[Dd]rivers)(?= (?:should|will|would|could|can|cannot|must|may|might|are|have|do|"
    r"deserve|pay|face|get|need|want|say)\b)")  # (what held for some on one day, "People were thrown", is theirs)
# the nouns of the change a verb makes, which take "in" ("the rise in the minimum wage")
_CHANGES = {"raise": ("rise", "increase"), "increase": ("rise", "increase"), "cut": ("cut", "reduction"),
            "reduce": ("cut", "reduction"), "lower": ("cut", "reduction")}
# a new thing the article's decided action brings in, up to what follows its noun: "a congestion charge for X"
_NEW_THING = re.compile(r"^an? ((?:[a-z-]+ ){0,2}[a-z-]+)(?: (?:for|to|in|on|at|of|that|which|with|from|by)\b.*)?$")
_LABELS = {
    "measure": ("law", "bill", "ban", "policy", "plan", "scheme"), "legislation": ("law", "bill"), "bill": ("law",),
    "scheme": ("plan", "programme", "program"), "proposal": ("plan", "scheme"), "blaze": ("wildfire", "fire"),
    "fire": ("wildfire",), "deal": ("agreement", "contract"), "agreement": ("deal",), "research": ("study",),
    "project": ("plan", "scheme"), "programme": ("scheme", "plan"), "policy": ("law", "plan", "ban"),
    "site": ("plant", "factory", "facility", "mine", "works"), "factory": ("plant",), "facility": ("plant", "factory"),
    "plant": ("factory",), "spacecraft": ("probe", "satellite", "lander", "rocket"), "craft": ("probe", "lander"),
    "vessel": ("ship", "tanker", "ferry"), "ship": ("vessel", "tanker", "ferry"), "aircraft": ("plane", "jet"),
    "plane": ("jet", "aircraft"), "drug": ("treatment", "medicine", "vaccine"), "treatment": ("drug", "medicine"),
    "medicine": ("drug", "treatment"), "device": ("phone", "tablet", "headset"),
}

# Nouns that need an argument to be understood ("the budget" of what?): a bare one is read
# as being about the article's main undertaking.
_RELATIONAL = {"budget", "cost", "costs", "timetable", "schedule", "construction", "funding", "financing", "route",
               "deadline", "opening", "completion"}

# What an organisation has or does, so a bare "the plan" in an article about it is its plan.
_OWNED = {"plan", "promise", "pledge", "commitment", "proposal", "strategy", "offer", "bid", "rule", "result",
          "forecast", "target", "budget", "spending", "share", "profit", "revenue", "sale", "merger", "closure",
          "signal", "guidance", "outlook", "priority", "partnership", "alliance"}
_JOINT = {"merger", "partnership", "alliance", "tie-up", "combination"}  # undertakings of two parties
_BROUGHT_OUT = _OWNED - _JOINT - {"sale", "share", "result"}  # what a subject can set out as its own ("a plan")
_SALE = re.compile(r"^to sell (.+?) to ((?:[A-Z]\S*\s?)+?)(?= for |$)")  # "to sell Joel Anders to Sporting Velar"
_THE_AGED = re.compile(r"^The \w+-year-old (\w+)\b(?! of)")
_THE_FIGURE = re.compile(r"(?:^|(?<=\w ))(The|That|This|the) (figure|number|rate|share|proportion|total)\b(?! of)")
_THE_TWO_OF = re.compile(r"\b([Tt]he) two (economies|governments|leaders|markets|currencies|armies|boards|"
                         r"workforces|networks)\b")
_THE_PLACE = re.compile(r"\b([Tt]he|[Tt]his) (town|city|village|state|country)([’']s)?\b(?!-| (?:council|hall|centre|"
                        r"center|assembly|government|authorities|police|college|university|limits|of)\b)")
_THE_GOVERNMENT = re.compile(r"\b[Tt]he government\b(?! of\b)(?![’'])")
# Verbs that tell a decision, so "The decision was taken in January" after "approved X" is that one
_DECIDING = {"approve", "reject", "choose", "select", "endorse", "adopt", "back", "appoint", "award", "grant", "ban"}
_SCHEMES = {"scheme", "project", "proposal", "idea"}  # undertakings that are for something
# What a speaker gave, so "disputed that account" is the last speaker's account
_SAYINGS = {"account", "claim", "allegation", "assessment", "characterisation", "characterization", "version",
            "argument", "suggestion", "accusation", "criticism", "description", "interpretation", "analysis"}
_FALLING_ILL = {"report", "suffer", "develop", "contract", "catch"}  # verbs whose object is an illness
_JOBS = {"job", "role", "post", "position", "worker", "employee"}  # counted jobs ...
_LOST = {"go", "cut", "lose", "axe", "shed", "disappear", "eliminate", "scrap"}  # ... that are lost
# Feelings about something, with the preposition that names it ("worried about X")
_STANCES = {"convinced": "by", "impressed": "by", "persuaded": "by", "worried": "about", "concerned": "about",
            "nervous": "about", "anxious": "about", "sceptical": "about", "skeptical": "about", "unhappy": "with",
            "happy": "with", "pleased": "with", "satisfied": "with", "angry": "about", "alarmed": "by",
            "unimpressed": "by", "unconvinced": "by", "upset": "about", "disappointed": "by"}
_POSSESSOR = re.compile(r"^(?:[A-Z][\w&.-]*(?: and)? )*[A-Z][\w&.-]*[’']s? (?=[a-z\d])")  # "Freshway and Bellamy’s plan"
_IDENTITY = re.compile(r"^The ((?:[a-z-]+ ){0,3}[a-z-]+) (?:is|was) ((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)\.$")
_THE_TEAM = re.compile(r"\b([Tt]he) ([A-Z][a-z]+s)\b(?! [A-Z])")  # "the Falcons", short for "the Frostvik Falcons"
_COUNCIL_OWNS = re.compile(r"^(?:[A-Z][\w&.-]* )+(?:city |town |county |district |borough )?council[’']s ")
_POSSESSIVE_S = re.compile(r"\b([A-Z]\w*s)[’']s\b")


_WHERE = {"in", "at", "near", "across", "around", "throughout", "outside"}  # a place, not a body named after it


def _the_noun(text: str, tok: Token) -> re.Match[str] | None:
    """"the strike" in the claim's text: the noun with its "the", not a compound's first part or a possessive."""
    return re.compile(rf"\b([Tt]he) {re.escape(tok.text)}\b(?!-|[’']s)").search(text)


def _splice(text: str, m: re.Match[str], words: str) -> str:
    """``text`` with the match ``m`` replaced by ``words``, capitalised when they open the claim."""
    words = words[0].upper() + words[1:] if m.start() == 0 and words else words
    return f"{text[: m.start()]}{words}{text[m.end() :]}"


def _figure_subject(prop: Proposition, word: str) -> bool:
    """"in Keld the figure was 11.4%": the figure is the subject of a clause that gives a value."""
    tok = _find_token(prop.parsed.span, word)
    return tok is not None and tok.dep_ == "nsubj" and any(c.like_num or c.text == "%" for c in tok.head.subtree)


# Class nouns that often name another party of the actor ("a solvent from an outside supplier")
_COUNTERPARTS = {"supplier", "lender", "insurer", "operator", "publisher", "broadcaster", "manufacturer", "maker"}
# Nouns for what happened, with the verb (and particle) that told it happening
_HAPPENINGS = {
    "theft": ("steal", None), "heist": ("steal", None), "raid": ("steal", None), "burglary": ("steal", None),
    "robbery": ("rob", None), "walkout": ("walk", "out"), "strike": ("walk", "out"), "stoppage": ("walk", "out"),
    "break-in": ("break", "in"),
}
_HAPPENING_VERBS = {verb for verb, _ in _HAPPENINGS.values()}
# Verbs of a change in an amount, with the nouns for it ("rose" -> "the rise", "the increase")
_CHANGE_NOUNS = {"rise": ("rise", "increase"), "increase": ("increase", "rise"), "fall": ("fall", "drop", "decline"),
                 "drop": ("drop", "fall"), "decline": ("decline", "fall"), "climb": ("rise", "climb"),
                 "jump": ("jump", "rise"), "grow": ("growth", "rise")}
# "an extra 65 million crowns for the Veldmoor Valley Health Trust": a sum given, and what it is for
_SUM = re.compile(r"\ban? ((?:extra|additional|further) )?((?:[€£$][\d.,]+(?:\s?(?:million|billion|bn|m)\b)?)|"
                  r"(?:[\d.,]+ (?:million |billion )?(?:crowns|euros|pounds|dollars|francs)))"
                  r"( for (?:the )?[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*)*)?")
_IN_CASH = re.compile(r"((?:[€£$][\d.,]+(?:\s?(?:million|billion|bn|m)\b)?)|(?:[\d.,]+ (?:million |billion )?"
                      r"(?:crowns|euros|pounds|dollars|francs))) in cash\b")
_BARE_RELATIONAL = re.compile(r"^(Results|Details|Findings|Terms|Costs)\b(?= (are|were|will|have|had|remain)\b)")


def _brought_out(prop: Proposition) -> list[str]:
    """"The two chains set out their commitments in a 40-page plan": the lemmas of the things the
    claim's own subject brings out as new ("a plan", "a proposal"), so that "the plan" is theirs."""
    found = []
    for tok in prop.parsed.span:
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NN" or lemma not in _BROUGHT_OUT or not any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
            continue
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and prop.subject and "".join(t.text_with_ws for t in subject.subtree).strip() == prop.subject:
            found.append(lemma)
    root = prop.parsed.span.root  # "Jonas Lind pledged to keep X": the pledges are his
    if root.lemma_.lower() in _PLEDGE_NOUNS and any(c.dep_ == "xcomp" for c in root.children):
        found.append(_PLEDGE_NOUNS[root.lemma_.lower()])
    return found


_PLEDGE_NOUNS = {**{verb: verb for verb in PLEDGING}, "propose": "proposal"}  # the verb's noun


def _acted_on(action: str, lemma: str) -> bool:
    """"to impose tariffs of 25% on steel" acts on tariffs: the head of the action's object."""
    return re.match(rf"to \w+ (?:(?:its|their|the|a|an|new) )?{re.escape(lemma)}s?\b(?![’'])", action) is not None


def _scheme_of(scheme: Token) -> str | None:
    """"a second barrier for Eastholme would cost 14 million pounds, but the scheme has not been
    funded": the scheme is for the new thing the sentence named just before it."""
    things = [t for t in scheme.sent if t.i < scheme.i and t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
              and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
              and t.lemma_.lower() not in PERSON_NOUNS]
    if not things or things[-1].head.i == scheme.head.i:
        return None
    return _phrase(things[-1], frozenset({"relcl", "appos", "acl"}), set_off=False)


@dataclass(frozen=True, slots=True)
class _Noun:
    """A noun of the claim, as the description rules see it."""

    tok: Token
    lemma: str  # lower case
    measures: tuple[Token, ...]  # "1.9-tonne", and "new" for a thing introduced before: looked past
    kids: tuple[Token, ...]  # its other dependents, less those measures and an adjective after it
    bare: tuple[Token, ...]  # those kids, less punctuation and clauses set off by commas
    det: str  # "the", "this", "that", "these" or "those" for a plain "the + noun"; "" for any other phrase
    mention: str | None  # the fullest earlier mention of its thing (Descriptions._mention)


_NounRule = Callable[[str, _Noun, Proposition], "str | None"]  # one description rule


def _article(tok: Token, kids: tuple[Token, ...], measures: tuple[Token, ...]) -> str:
    """The article of a plain "the + noun" ("the", "this", ...), right before the noun or its
    measure; "" when the phrase has another word in front ("the tram extension"), an "of"
    phrase that says which one already, or no such article."""
    if not kids or any(c.dep_ != "det" and c.i < tok.i for c in kids):
        return ""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return ""
    det = next((c for c in kids if c.i < tok.i), None)
    if det is None or det.lower_ not in {"the", "this", "that", "these", "those"} or det.i != min(
            [tok.i, *(c.left_edge.i for c in measures)]) - 1:
        return ""
    return det.lower_


class Descriptions(Memory):
    """Definite descriptions, places and names completed from the article."""

    def remember(self, prop: Proposition, subject: str | None, *, derived: bool = False) -> None:
        super().remember(prop, subject, derived=derived)
        self._remember_happening(prop, subject)
        self._remember_change(prop, subject)
        if (who := _IDENTITY.match(prop.text)) is not None:  # "The key witness was Peter Lisle."
            self.identified.setdefault(who.group(1), who.group(2))
        if not subject or not subject[:1].isupper() or re.match(r"(The|A|An|This|That|These|Those) ", subject):
            return
        for lemma in _brought_out(prop):
            self.owners.setdefault(lemma, (" " not in subject and self.full_name(subject)) or _name_only(subject))

    def _remember_happening(self, prop: Proposition, subject: str | None) -> None:
        """"Thieves stole three paintings from the museum" -> "the theft of three paintings from the
        museum"; "Skarra Air’s pilots walked out" -> "the walkout by Skarra Air’s pilots": what a
        later "the theft" or "the walkout" names, told the first time it happened."""
        for verb in prop.parsed.span:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HAPPENING_VERBS:
                continue
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
                c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in {"out", "in"})), None)  # ("out" read as an adverb)
            nouns = [n for n, told in _HAPPENINGS.items() if told == (verb.lemma_.lower(), particle) and n not in self.happened]
            if not nouns:
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            source = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"), None)
            place = _phrase(source, frozenset({"relcl", "appos", "acl"}), set_off=False) if source is not None else ""
            for noun in nouns:
                if noun == "raid" and place:  # "the raid on the Alderwick Town Museum"
                    self.happened[noun] = "on " + place.split(" ", 1)[1]
                elif particle is None and obj is not None and noun != "raid":
                    words = _phrase(obj, frozenset({"relcl", "appos", "acl", "prep"}), set_off=False)
                    self.happened[noun] = f"of {words}{' ' + place if place else ''}"
                elif particle is not None and subject and doer is not None and subject.endswith(doer.text):
                    self.happened[noun] = "by " + (subject[0].lower() + subject[1:] if re.match(r"(The|A|An) ", subject)
                                                   else subject)

    def _remember_change(self, prop: Proposition, subject: str | None) -> None:
        """"Telsaria’s unemployment rate rose to 6.4%": what a later bare "the rise" is a rise in."""
        subj = next((t for t in prop.parsed.span if t.dep_ == "nsubj" and t.head.lemma_.lower() in _CHANGE_NOUNS and (
            "".join(x.text_with_ws for x in t.subtree).strip() == prop.subject)), None)
        if not subject or subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in PERSON_NOUNS or (
                not prop.text.startswith(subject)) or self.gender_of(subject) or _is_person(subject, subj):
            return
        nouns = _CHANGE_NOUNS[subj.head.lemma_.lower()]
        thing = subject if subj.left_edge.pos_ == "PROPN" else subject[0].lower() + subject[1:]
        for noun in nouns:
            self.changed.setdefault(noun, thing)

    def _the_change(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"The rise was steepest in Varnholm" -> "The rise in Telsaria’s unemployment rate was ...":
        a bare rise or fall is in what the article told rising or falling."""
        thing = self.changed.get(noun.lemma) if noun.tok.tag_ == "NN" and noun.det == "the" and len(noun.bare) == 1 else None
        if thing is None or thing.lower() in text.lower():
            return None
        m = re.compile(rf"\b[Tt]he {re.escape(noun.tok.text)}\b(?! in\b| of\b|-|[’']s)").search(text)
        return f"{text[: m.end()]} in {thing}{text[m.end() :]}" if m else None

    def _happening(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the theft" -> "the theft of three paintings from the Alderwick Town Museum"."""
        phrase = self.happened.get(noun.lemma) if noun.tok.tag_ == "NN" and noun.det == "the" else None
        if phrase is None or len(noun.bare) != 1 or phrase.split()[-1] in text:
            return None
        m = _the_noun(text, noun.tok)
        return _splice(text, m, f"{m.group(1)} {noun.tok.text} {phrase}") if m else None

    def ailment(self, prop: Proposition) -> str | None:
        """"14 people had reported stomach illness since Friday": what people fell ill with, in this
        sentence or the one before, so that "the cases" are cases of it."""
        spans = [prop.parsed.span, *self.spans[-1:]]
        for span in spans:
            for tok in span:
                if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FALLING_ILL and (
                        tok.lemma_.lower() not in PERSON_NOUNS | {"case"}):
                    return _phrase(tok, frozenset({"relcl", "appos", "acl", "prep"}), set_off=False)
        return None

    def decision_before(self, prop: Proposition) -> str | None:
        """"The board has approved a second probe, Beacon. The decision was taken in January": the
        decision is the one the sentence just before told of ("the board’s decision to approve a
        second probe"), as its claim was resolved."""
        before = next((span for span in reversed(self.spans) if span is not prop.parsed.span), None)
        if before is None or before.end != prop.parsed.span.start or before.root.lemma_.lower() not in _DECIDING:
            return None
        verb = before.root
        for span, told, subject in reversed(self.told):
            m = re.search(rf"\b{re.escape(verb.text)} (.+?)\.?$", told) if span is before else None
            if m is None or not subject or not told.startswith(subject):
                continue
            owner = subject[0].lower() + subject[1:] if re.match(r"(The|A|An) ", subject) else subject
            return f"{_possessive(owner)} decision to {verb.lemma_.lower()} {m.group(1)}"
        return None

    def expand_descriptions(self, text: str, prop: Proposition) -> str:
        """"The extension was proposed" -> "The Line 2 tram extension was proposed" when the
        article named it in full before; only a bare "the + noun" is expanded."""
        text = self.name_the_two(text)
        for role, name in self.identified.items():  # "The key witness pleaded guilty" -> "Peter Lisle pleaded guilty"
            if text.startswith(f"The {role} ") and name not in text:
                text = name + text[len(role) + 4 :]
        if (m := _THE_AGED.match(text)) and (person := self.pick(person=True) or self.last_person()) and (
                person not in text):
            text = person + text[m.end() :]  # "The 27-year-old striker joined ..." -> "Joel Anders joined ..."
        if (m := _THE_FIGURE.search(text)) and (m.start() == 0 or _figure_subject(prop, m.group(2))) and not (
                (m.group(2), False) in self.mentions and self.possessed.get(m.group(2))) and (
                quantity := self.statistic()):
            quantity = quantity[0].upper() + quantity[1:] if m.start() == 0 else quantity
            text = text[: m.start()] + quantity + text[m.end() :]
        rules = self._noun_rules()
        for tok in prop.parsed.span:
            noun = self._noun(tok)
            if noun is None:
                continue
            # the first rule that takes the noun has the last word on it, even when it leaves the text as it was
            for rule in rules:
                if (rewritten := rule(text, noun, prop)) is not None:
                    text = rewritten
                    break
        return text

    def _noun_rules(self) -> tuple[_NounRule, ...]:
        """The rules for one noun, most specific first: the order decides which rule a noun meets.
        A relational noun comes before the plain-"the" filter, as it may stand alone ("Construction began")."""
        return (
            self._the_money, self._relational_noun, self._not_plain_the, self._the_cases, self._the_scheme, self._that_saying,
            self._called_name, self._event_nominal, self._class_noun, self._the_decision, self._plan_just_told,
            self._event_noun,
            self._offer_on_sale, self._sale_not_sold, self._doers_noun, self._owners_noun, self._actors_noun,
            self._named_project, self._linked_mention, self._happening, self._the_change, self._earlier_mention,
        )

    def _noun(self, tok: Token) -> _Noun | None:
        """What the rules need to know about a noun of the claim; None for a word that is not a noun
        or no noun of its own (a compound's first part: "tram" in "tram extension")."""
        if tok.pos_ != "NOUN" or tok.dep_ in {"compound", "npadvmod"} or tok.dep_ == "nmod" and not possessor(tok):
            return None  # (but "The museum’s", read as a noun modifier with its "’s", is a noun of its own)
        lemma = tok.lemma_.lower()
        # "The 1.9-tonne spacecraft": a measure says how big, not which one, so it is looked past
        measures = tuple(c for c in tok.children if _measure(c) or (
            c.dep_ == "amod" and c.lower_ == "new" and c.i < tok.i and lemma in self.introduced))
        # "called the decision “unjustified”": an adjective after the noun is said of it, not which one
        kids = tuple(c for c in tok.children if c.dep_ != "case" and c not in measures
                     and not (c.dep_ == "amod" and c.i > tok.i))
        bare = tuple(c for c in kids if c.dep_ != "punct" and not (c.dep_ in {"relcl", "appos", "acl"} and _set_off(c)))
        return _Noun(tok, lemma, measures, kids, bare, _article(tok, kids, measures), self._mention(tok, bare))

    def _mention(self, tok: Token, bare: tuple[Token, ...]) -> str | None:
        """The fullest earlier mention of the noun's thing: under the same noun, a name that opens
        with it ("River Tamsel"), whose it was made, or what a singular noun first introduced (under
        a more specific noun when the article moved to a general label: "the measure" for a law).
        Only read by the rules after the called name; nothing before them changes what it reads."""
        lemma = tok.lemma_.lower()
        mention = self.mentions.get((lemma, tok.tag_ in {"NNS", "NNPS"})) or (
            self.kind_named(tok.lower_)) or (self.owned.get(lemma) if tok.tag_ == "NN" else None)
        if tok.tag_ == "NN" and len(bare) == 1:
            mention = self.introduced.get(lemma, mention) or self.possessed.get(lemma)  # "Sorvenia’s population"
            if mention and mention.islower() and (owned := self.possessed.get(lemma)) and " of " not in owned and (
                    owned.endswith(" " + mention.removeprefix("the "))):
                mention = owned  # "its only runway" once the airport said so: "Fernhollow Airport’s only runway"
            if (by := self.introducers.get(lemma)) and mention == self.introduced.get(lemma):
                # "New Calder’s law that will ban X" (a name's possessive takes no article of its own)
                by = by[4:] if by.startswith("the ") else by
                if owner := re.fullmatch(r"(.+?)[’']s (?:parliament|government|cabinet|assembly)", by):
                    by = owner.group(1)  # "Drovania’s parliament passed a new tax": Drovania’s new tax
                mention = f"{_possessive(by)} {mention}"
            for other in _LABELS.get(lemma, ()) if mention is None else ():
                mention = mention or self.introduced.get(other) or self.mentions.get((other, False)) or (
                    self.possessed.get(other))  # "the plant" after "build its first factory"
        return mention

    # Each rule below returns the claim's text when it takes the noun (rewritten or, when what it
    # would add is there already, as it was) and None to leave the noun to the next rule.

    def _relational_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"The budget has doubled" -> "The budget for the extension of the Line 2 tram has doubled":
        a noun that needs an argument is about the article's undertaking (alone or with just "the")."""
        tok = noun.tok
        if noun.lemma in _RELATIONAL and (undertaking := self.undertaking()) and (
            not noun.kids or [c.lower_ for c in noun.kids] == ["the"]
        ) and undertaking.split()[-1] not in text:
            m = re.compile(rf"\b(?:(the|this|that) )?{re.escape(tok.text)}\b", re.IGNORECASE).search(text)
            if m is not None and (m.start() == 0 or tok.dep_ in {"nsubj", "nsubjpass"}):
                link = "of" if noun.lemma in {"construction", "completion", "opening"} else "for"
                words = f"{m.group(0)} {link} {undertaking}"
                text = f"{text[: m.start()]}{words}{text[m.end() :]}"
            return text
        return None

    def _the_money(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"The extra money could cut waits" after "pledged an extra 65 million crowns for the trust":
        the sum the article gave before, with what it is for."""
        if noun.lemma not in {"money", "cash"} or not all(c.dep_ in {"det", "amod"} for c in noun.kids):
            return None
        m = re.compile(rf"\b[Tt]he (?:(?:extra|additional|new) )?{re.escape(noun.tok.text)}\b(?! for| from| to)").search(text)
        in_cash = next((c for _, told, _ in reversed(self.told) if (c := _IN_CASH.search(told))), None)
        if noun.lemma == "cash" and m is not None and in_cash is not None:  # "received €186,000 in cash ... the cash"
            return None if in_cash.group(1) in text else _splice(text, m, f"the {in_cash.group(1)} in cash")
        sum_ = next((s for _, told, _ in reversed(self.told) if (s := _SUM.search(told))), None)
        if m is None or sum_ is None or sum_.group(2) in text:
            return None
        words = f"the {sum_.group(1) or ''}{sum_.group(2)}{sum_.group(3) or ''}"
        return _splice(text, m, words)

    def _not_plain_the(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """The rules after this one are for a plain "the/this/that + noun" only."""
        return text if not noun.det else None

    def _the_cases(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the cases" are cases of what people fell ill with."""
        if noun.tok.lower_ == "cases" and noun.det == "the" and len(noun.kids) == 1 and (ailment := self.ailment(prop)):
            m = re.compile(r"\b[Tt]he cases\b(?! of)").search(text)
            if m is not None and ailment not in text:  # "14 people reported stomach illness ... none of the cases"
                text = f"{text[: m.end()]} of {ailment}{text[m.end() :]}"
            return text
        return None

    def _the_scheme(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the scheme" is for the new thing its sentence named just before it."""
        tok = noun.tok
        if noun.lemma in _SCHEMES and noun.det == "the" and len(noun.kids) == 1 and (
                thing := _scheme_of(tok)) and thing not in text:
            m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?!-)").search(text)
            if m is not None:  # "a second barrier would cost X, but the scheme has not been funded"
                text = f"{text[: m.end()]} for {thing}{text[m.end() :]}"
            return text
        return None

    def _that_saying(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"that account" is the last named speaker's."""
        tok = noun.tok
        if noun.lemma in _SAYINGS and noun.det in {"that", "this", "these", "those"} and (
                said := self.last_source) and said[:1].isupper() and said.lower() not in text.lower():
            m = re.compile(rf"\b[Tt](?:hat|his|hese|hose) {re.escape(tok.text)}\b").search(text)
            if m is not None and m.start() > 0:  # "The company disputed that account" -> "Dev Ashworth’s account"
                text = f"{text[: m.start()]}{_possessive(said)} {tok.text}{text[m.end() :]}"
            return text
        return None

    def _called_name(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the drug" is the name set off after it when first met; this rule takes the noun only
        when it replaced it, else the rules after it still try."""
        tok = noun.tok
        name = self.called.get(noun.lemma) if tok.tag_ == "NN" and len(noun.bare) == 1 else None
        if name is not None and noun.det == "the" and name not in text and not noun.measures:
            m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?!-)").search(text)
            if m is not None:  # "The drug will cost X" after "a new drug, Lumevia," -> "Lumevia will cost X"
                return _splice(text, m, name)
        return None

    def _event_nominal(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the extension" names the article's decided action ("to extend the Line 2 tram"): it is
        the extension of what was extended, and the article's word for that action from now on."""
        tok = noun.tok
        verb = self.event[1].split()[1] if self.event is not None else ""
        # (or the verb itself as a noun: "the cuts" after "will cut 1,200 jobs")
        same = tok.tag_ == "NNS" and noun.lemma == verb and noun.det == "the"
        changed = tok.tag_ == "NN" and noun.lemma in _CHANGES.get(verb, ())  # "the rise" after "will raise the wage"
        if self.event is not None and len(noun.bare) == 1 and (
                tok.tag_ == "NN" and (_nominalises(noun.lemma, verb) or changed) or same):
            m = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}\b", re.IGNORECASE).search(text)
            if m is not None:
                self.nominal = noun.lemma
                thing = owned_action(self.event[0], self.event[1].split(' ', 2)[2])
                text = f"{text[: m.end()]} {'in' if changed else 'of'} {thing}{text[m.end() :]}"
            return text
        return None

    def _class_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the company", "the club" is the article's actor when that is a body."""
        tok = noun.tok
        if noun.lemma in self.others and noun.lemma in _COUNTERPARTS and noun.lemma not in self.classed:
            return None  # "stopped using the supplier" after "a solvent from an outside supplier": that one
        described_only = noun.lemma in _DESCRIBED_ONLY | {"union"}  # "the group" only when one was called so
        actor = self.classed.get(noun.lemma) or (self.body_of_kind(noun.lemma) if not described_only else None)
        if (not actor or actor.lower().split()[-1] in _PUBLIC_BODIES) and noun.lemma not in _PUBLIC_BODIES:
            # a council is no "company" or "operator": the business the article named last is
            # ("The government has agreed to pay X to Halvect Semiconductors ... The company plans to")
            actor = self.last_named_body() if noun.lemma in {"company", "firm", "business"} else None
            if actor and (actor.lower().split()[-1] in _PUBLIC_BODIES or self.gender_of(actor) or not _organisation(actor)):
                actor = None
        # ("the union" only ever a body named as one: "The X Pilots’ Association, which represents 1,450 pilots")
        if (noun.lemma in _CLASS_NOUNS or described_only) and tok.tag_ == "NN" and actor and len(noun.bare) == 1:
            m = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}(’s|'s)?\b(?!-)", re.IGNORECASE).search(text)
            if m is not None:
                actor = self.as_written(actor) if noun.lemma == "union" else actor  # "the X Pilots’ Association"
                name = _possessive(actor) if m.group(2) else actor
                text = _splice(text, m, name)
            return text
        return None

    def _the_decision(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the decision" is the one the sentence just before told of."""
        tok = noun.tok
        if noun.lemma == "decision" and len(noun.bare) == 1 and (just := self.decision_before(prop)):
            m = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}\b", re.IGNORECASE).search(text)
            if m is not None and just not in text:  # "The decision was taken in January" after "approved X"
                phrase = just
                text = _splice(text, m, phrase)
            return text
        return None

    def _plan_just_told(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"Dunmore City Council said it would review all 14 approvals. The move could delay work" ->
        "Dunmore City Council’s move to review all 14 approvals": a bare "the move" or "this decision"
        right after a body other than the article's actor announced what it will do."""
        if noun.lemma not in {"move", "decision", "step", "plan"} or len(noun.bare) != 1 or noun.tok.tag_ != "NN":
            return None
        before = [t for t in self.told if t[0] is not prop.parsed.span]
        spans: list[Span] = []
        for span, _, _ in reversed(before):
            if not spans or spans[-1] is not span:
                spans.append(span)
        near = spans[:3]  # the sentences just before (a reaction to the plan may come between)
        if not near or near[0].end != prop.parsed.span.start:
            return None
        for span, told, subject in reversed(before):
            if not any(span is n for n in near):
                break
            m = re.match(rf"{re.escape(subject or '')} will ((?!be\b)[a-z]+\b.*?)\.?$", told) if subject else None
            named = bool(subject) and all(w[:1].isupper() or w in {"of", "and", "for"} for w in str(subject).split()) and (
                "’s" not in str(subject))
            if m is None or not subject or not named or re.match(r"The |A |An ", subject) or self.gender_of(subject) or (
                    _is_person(subject, None)) or (self.event is not None and self.event[0] == subject):
                continue
            phrase = f"{_possessive(subject)} {noun.tok.text} to {re.sub(r'^(?:also|now|then) ', '', m.group(1))}"
            m2 = re.compile(rf"\b(the|this|that) {re.escape(noun.tok.text)}\b", re.IGNORECASE).search(text)
            return _splice(text, m2, phrase) if m2 is not None else None
        return None

    def _event_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the decision", "the move" is the article's decided action, in full."""
        tok = noun.tok
        if noun.lemma in _EVENT_NOUNS and tok.tag_ == "NN" and self.event is not None:
            if noun.lemma == "vote" and "vote" not in self.verbs_seen:
                return text  # "before the vote" after "holds a general election" is the election
            if len(noun.bare) > 1:
                return text  # "the decision to close X", "the vote on Y" say which one
            pattern = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}\b", re.IGNORECASE)
            m = pattern.search(text)
            if m is not None:
                phrase = _event_phrase(self.event, tok.text)
                text = _splice(text, m, phrase)
            return text
        return None

    def _selling(self) -> bool:
        """The article's decided action is a sale by its actor ("to sell Joel Anders to Sporting Velar")."""
        return self.event is not None and self.event[1].startswith("to sell ")

    def _offer_on_sale(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the offer" for what the actor sells is the buyer's."""
        tok = noun.tok
        if noun.lemma in {"offer", "bid"} and self._selling():
            # the offer for what the actor sells is the buyer's, not the actor's
            sale = _SALE.match(self.event[1]) if self.event else None
            m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?! for)").search(text)
            if sale is not None and m is not None and len(noun.bare) == 1:
                offer = f"{_possessive(sale.group(2))} {tok.text} for {sale.group(1)}"
                text = f"{text[: m.start()]}{offer}{text[m.end():]}"
            return text
        return None

    def _sale_not_sold(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the sale" is left as it is unless the article is about its actor's selling."""
        if noun.lemma == "sale" and not self._selling():
            return text  # a sale has a seller and a buyer: the actor's only when the article is about its selling
        return None

    def _doers_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the tariff" is the one the article's actor imposes, when the noun has no earlier mention."""
        tok = noun.tok
        doer = self.event[0] if self.event and _acted_on(self.event[1], noun.lemma) else None
        if doer and (self.gender_of(doer) or _is_person(doer, None)):
            doer = None  # a person's study is theirs in other words ("Dr Ana Ruiz led the study")
        if noun.mention is None and doer and len(noun.bare) == 1 and noun.det == "the" and (
                doer.lower() not in text.lower()):
            m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?!-)").search(text)
            if m is not None:  # "The tariff could cost X" after "Dravia will impose tariffs of 25% on Y"
                done = f"{_possessive(doer)} {tok.text}"
                text = _splice(text, m, done)
            return text
        return None

    def _owners_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the plan" is the plan of the named subject that set one out, when it has no earlier mention."""
        tok = noun.tok
        owner = self.owners.get(noun.lemma)
        if noun.mention is None and owner and len(noun.bare) == 1 and noun.det == "the" and (
                owner.lower() not in text.lower()):
            m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?!-)").search(text)
            if m is not None:  # "The plan would cut prices" after "Freshway set out a plan"
                self.owned[noun.lemma] = owned = f"{_possessive(owner)} {tok.text}"
                text = f"{text[: m.start()]}{owned}{text[m.end() :]}"
            return text
        return None

    def _actors_noun(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """What an organisation has or does ("the plan", "the merger"), met for the first time as a
        subject or object, is the article's actor's (the two parties' for a joint undertaking)."""
        tok = noun.tok
        person = self.actor and (self.gender_of(self.actor) or any(a.text == self.actor and a.person for a in self.antecedents))
        if noun.mention is None and noun.lemma in _OWNED and self.actor and not person and len(noun.bare) == 1 and (
                noun.lemma not in self.nouns_seen) and (
                tok.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            m = re.compile(rf"\b(the|these) {re.escape(tok.text)}\b", re.IGNORECASE).search(text)
            pair = self.pair() if noun.lemma in _JOINT else None
            if m is not None and pair and pair.split(" and ")[0].lower() not in text.lower():
                owned = f"{m.group(1)} {tok.text} of {pair}"  # "the merger of Freshway and Bellamy’s"
                self.owned[noun.lemma] = owned.split(" ", 1)[1]  # the same merger later on
                text = _splice(text, m, owned)
            elif m is not None and self.actor.lower() not in text.lower():
                if " of " in self.actor and not re.sub(r"^the ", "", self.actor)[:1].isupper():
                    # "the plan of the government of X" (but "the Central Bank of Varenia’s signal")
                    owned = f"{m.group(1)} {tok.text} of {self.actor}"
                elif self.actor.startswith("the "):
                    owned = f"the {_possessive(self.actor[4:])} {tok.text}"
                else:
                    owned = f"{_possessive(self.actor)} {tok.text}"
                if tok.tag_ == "NN":
                    self.owned[noun.lemma] = owned[4:] if owned.startswith("the ") else owned
                text = _splice(text, m, owned)
            return text
        return None

    def _named_project(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the project" after "scrapped the Meridian Line" -> "the Meridian Line project": the named
        undertaking the article's news is about, when nothing else was called a project."""
        if noun.lemma not in _PROJECTS or noun.mention is not None or noun.det != "the" or len(noun.bare) != 1:
            return None
        thing = self.event[1].split(" ", 2)[2] if self.event is not None and self.event[1].count(" ") >= 2 else ""
        words = re.sub(r"^the ", "", thing).split()
        m = re.compile(rf"\b([Tt]he) {re.escape(noun.tok.text)}\b").search(text)
        if m is None:
            return None
        if (new := _NEW_THING.match(thing)) is not None and self.event is not None and new.group(1) not in text:
            # "voted to introduce a congestion charge for drivers ...": "the scheme" is that charge
            owner = self.event[0]
            return _splice(text, m, f"{_possessive(owner)} {new.group(1)}" if owner else f"the {new.group(1)}")
        if not words or not all(w[:1].isupper() for w in words) or len(words) > 4:
            return None
        return _splice(text, m, f"{m.group(1)} {' '.join(words)} {noun.tok.text}")

    def _earlier_mention(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"The extension was proposed" -> "The Line 2 tram extension was proposed": the fullest
        mention the article gave the thing before, in the place of the bare noun."""
        tok, mention = noun.tok, noun.mention
        if mention is None or mention.lower() in text.lower():
            return None
        if any(c.dep_ == "relcl" and not _set_off(c) for c in noun.kids):
            return None  # "keeping the teachers it already has": its clause says which ones
        if mention.split()[-1][:1].isupper() and noun.lemma not in _INSTITUTIONS and (
                mention.split()[0].lower() != tok.lower_) and tok.lower_ not in mention.split() and not (
                tok.lower_ in _PLACE_WORDS and mention.split()[-1].lower() == tok.lower_):  # "the park": X National Park
            return None  # "the water" is not "Rivermead Water"; "the bank" is "the Central Bank of Varenia",
            # "the river" the "River Tamsel"
        pattern = re.compile(rf"\b(the|this|that|these|those) ((?:[\d.,]+-\w+ |new )*){re.escape(tok.text)}\b",
                             re.IGNORECASE)
        m = pattern.search(text)
        if m is None or (" of " in mention and mention[:1].islower() and text[m.end() : m.end() + 2] in {"’s", "'s"}):
            return None  # not "the government of New Calder’s plan"
        det_text = (m.group(1)[0] + "he " if m.group(1)[0] in "tT" else "the ") + m.group(2)
        bare_name = mention[:1].isupper() and self.as_written(mention) == mention  # "Harlow Bank", never "the Harlow Bank"
        if re.match(r"\w+[’']s ", mention) or _POSSESSOR.match(mention) or bare_name or mention.startswith("the ") or (
                _COUNCIL_OWNS.match(mention)):
            # "Solmark’s Ministry of Trade and Industry" takes no article ("the board’s final report" has its own)
            det_text, mention = "", mention[0].upper() + mention[1:] if m.start() == 0 else mention
        if m.start() > 0 and (own := re.match(r"(.+?)[’']s ", mention)) and text.startswith(own.group(1) + " ") and (
                _organisation(own.group(1)) or _body_name(own.group(1)) or _speaking_place(own.group(1))):
            mention = "its " + mention[own.end() :]  # "X knew about problems with its only runway", not "X’s"
        return f"{text[: m.start()]}{det_text}{mention}{text[m.end() :]}"

    def _linked_mention(self, text: str, noun: _Noun, prop: Proposition) -> str | None:
        """"the strike" -> "the strike at Skarra Air", "the plan" -> "Ruth Kalland’s recruitment plan":
        the name the thing was tied to when the article brought it in ("a strike at X", "X announced a plan")."""
        tok = noun.tok
        if noun.mention is not None and not noun.mention.islower():
            return None  # "the bridge" after "the Quayside bridge" is that one
        link = self.linked.get(noun.lemma) if tok.tag_ == "NN" and noun.det == "the" and len(noun.bare) == 1 else None
        if link is None:
            return None
        names = re.findall(r"[A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*)*", link)
        if not names or any(re.search(rf"\b{re.escape(n)}\b", text) for n in names) or re.search(
                r"\b(?:we|our|us)\b", text, re.IGNORECASE):
            return None  # (a speaker's "we will not lift the notice" is the owner's, named later)
        m = _the_noun(text, tok)
        if m is None:
            return None
        return _splice(text, m, link if re.match(r"\w+[’']s |the ", link) or link[:1].isupper() else f"the {link}")

    def name_the_two(self, text: str) -> str:
        """"The two chains set out their plan" -> "Freshway and Bellamy’s set out their plan"; "the
        two economies" -> "the economies of Dravia and Solmark"."""
        m = _THE_TWO.search(text)
        if (of := _THE_TWO_OF.search(text)) is not None and (pair := self.pair()) is not None:
            return f"{text[: of.start()]}{of.group(1)} {of.group(2)} of {pair}{text[of.end():]}"
        if m is None or (pair := self.pair()) is None:
            return text
        return _splice(text, m, pair)

    def name_the_place(self, text: str, prop: Proposition) -> str:
        """"unemployment in the town" -> "unemployment in Kellsford"; "The state closed ..." ->
        "New Calder closed ..." (guideline 1.2: the reader does not know which town)."""
        original = text
        for m in reversed(list(_THE_PLACE.finditer(text))):
            place = self.town if m.group(2).lower() in {"town", "city", "village"} else self.land
            tok = next((t for t in prop.parsed.span if t.lower_ == m.group(2).lower()), None)
            if not place or place in original or tok is None or tok.dep_ == "compound" or self.gender_of(place):
                # (an opening subject someone calls "he" is a person, not the state: "Tiger Woods")
                continue
            words = _possessive(place) if m.group(3) else place
            text = text[: m.start()] + words + text[m.end() :]
        home = self.country  # (a town's people are often of one part of it: "evacuated Eastholme residents")
        if home and home not in text and (people := _PEOPLE_OF_PLACE.match(text)) is not None and not self.gender_of(home):
            # "Households should avoid X" (the operator's advice in Delvaria) -> "Households in Delvaria should"
            text = f"{text[: people.end()]} in {home}{text[people.end() :]}"
        found = _THE_GOVERNMENT.search(text)
        if found is not None and self.nation and self.nation not in original and not self.gender_of(self.nation):
            words = f"{_possessive(self.nation)} government"  # "the government" -> "Valdoria’s government"
            words = words[0].upper() + words[1:] if found.start() == 0 else words
            text = text[: found.start()] + words + text[found.end() :]
        return text

    def expand_names(self, text: str, prop: Proposition) -> str:
        """A short name ("Caldwell", "Rovers", "Lumora") -> the full name the article gave it
        before ("Martin Caldwell", "Riverside Rovers", "Lumora Systems")."""
        for tok in prop.parsed.span:
            # a name, or a capitalised word the tagger took for something else ("Rivermead has set up ...")
            mistagged = tok.is_title and tok.pos_ in {"NOUN", "ADJ", "ADV"} and (
                tok.i > tok.sent.start or tok.dep_ in {"nsubj", "nsubjpass"})
            named = tok.pos_ == "PROPN" or mistagged
            # "Ferreira-Holt": one hyphenated word, its first part parsed as a compound
            parts = [c for c in tok.children if c.dep_ == "compound"]
            hyphenated = [*parts, tok] if parts and all(
                c.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-" for c in parts) else [tok]
            if not named or tok.dep_ in {"compound", "amod"} or len(hyphenated) == 1 and parts:
                continue  # ("the Delvarian government": a people's word, not "Delvarian Hospitals Association")
            start = hyphenated[0].i
            if any(tok.doc[i].pos_ == "PROPN" for i in (start - 1, tok.i + 1) if 0 <= i < len(tok.doc)):
                continue
            word = name_words(hyphenated)
            full = self.full_name(word)
            if full is None or tok.dep_ == "pobj" and tok.head.lower_ in _WHERE and (_organisation(full) or _body_name(full)):
                continue  # "yields in Tarnvale" are the region's, not Tarnvale Water's
            # the short name where it stands alone, not inside the full name ("Redmarsh confirmed Redmarsh City’s deal")
            rest = full.split(word, 1)[1] if full.startswith(word) else ""
            alone = re.compile(rf"(?<![\w-]){re.escape(word)}\b" + (f"(?!{re.escape(rest)})" if rest else ""))
            if full in text and not (rest and alone.search(text)):
                continue
            text = alone.sub(full, text, count=1)
        return _POSSESSIVE_S.sub(r"\1’", text)  # "Lumora Systems’s" -> "Lumora Systems’"

    def full_team_names(self, text: str) -> str:
        """"The Falcons cannot wait" (a "we" or "they" resolved to the short name) -> "The Frostvik
        Falcons": a plural short name the article gave in full before."""
        for m in reversed(list(_THE_TEAM.finditer(text))):
            full = self.full_name(m.group(2))
            if full and full.endswith(" " + m.group(2)) and full not in text:
                text = f"{text[: m.start()]}{m.group(1)} {full}{text[m.end() :]}"
        return text

    def stance_on_event(self, text: str, prop: Proposition) -> str:
        """"Not everyone is convinced." -> "Not everyone is convinced by Redmarsh City’s decision to
        sell Joel Anders": a short sentence that only gives a feeling is about the article's news."""
        span = prop.parsed.span
        feeling = next((t for t in span if t.lower_ in _STANCES and (
            (t.dep_ == "acomp" and t.head.i == span.root.i) or (t.i == span.root.i and t.tag_ == "VBN"))), None)
        if feeling is None or self.event is None or not self.event[0] or len([t for t in span if not t.is_punct]) > 6:
            return text
        if any(c.dep_ in {"prep", "xcomp", "ccomp", "advcl"} for c in feeling.children) or any(
                c.dep_ in {"prep", "xcomp", "ccomp", "advcl", "agent"} and c.i > feeling.i for c in span.root.children):
            return text
        m = re.search(rf"\b{re.escape(feeling.text)}(?=\.$)", text)
        if m is None:
            return text
        return f"{text[: m.end()]} {_STANCES[feeling.lower_]} {_event_phrase(self.event, 'decision')}{text[m.end() :]}"

    def jobs_of_actor(self, text: str, prop: Proposition) -> str:
        """"Up to 600 head-office roles could go" -> "Up to 600 head-office roles at Freshway and
        Bellamy’s could go": counted jobs that are lost belong to the article's employer (the two
        parties of a takeover)."""
        jobs = next((t for t in prop.parsed.span if t.lemma_.lower() in _JOBS and t.dep_ in {"nsubj", "nsubjpass"}
                     and t.head.lemma_.lower() in _LOST and any(c.dep_ == "nummod" for c in t.children)
                     and not any(c.dep_ in {"prep", "poss", "det", "relcl", "acl"} for c in t.children)), None)
        if jobs is None or self.event is None:
            return text
        taken = self.event[1].split()[1] in {"buy", "acquire", "take", "merge"}
        employer = self.pair() if taken else self.body_actor()
        m = re.search(rf"\b{re.escape(jobs.text)}\b(?= (?:could|would|will|may|might|are|were|have|had)\b)", text)
        if m is None or not employer or employer.split(" and ")[0].lower() in text.lower():
            return text
        return f"{text[: m.end()]} at {employer}{text[m.end() :]}"

    def of_last_thing(self, text: str, prop: Proposition) -> str:
        """"Results are expected in 2031." -> "Results of the randomised trial are expected in 2031.":
        a bare relational plural that opens a claim belongs to the thing just named."""
        m = _BARE_RELATIONAL.match(text)
        tok = _find_token(prop.parsed.span, m.group(1)) if m else None
        if m is None or tok is None or any(True for _ in tok.children) or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return text
        thing = self.last_thing()
        return f"{m.group(1)} of {thing}{text[m.end(1):]}" if thing else text
