"""What the resolver remembers of the sentences before: antecedents, names and genders,
fullest mentions of each noun, acronyms, speakers' bodies, and the last thing measured."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.backshift import date_word
from claims.attribution import REPORTING_VERBS, _person_name, possessor
from claims.decompose import PERSON_NOUNS, Proposition
from claims.decontext.phrases import (
    UNRESOLVED_START,
    _DEICTIC,
    name_words,
    _CLASS_NOUNS,
    _CLUB_WORDS,
    _INSTITUTIONS,
    _ORGANISATION_WORDS,
    _PLACE_WORDS,
    _PLACE_INSTITUTIONS,
    _PRONOUN,
    _TITLES,
    _body_name,
    _find_token,
    _is_person,
    _measure,
    _mention,
    _name_of,
    _organisation,
    _phrase,
    _proper,
    _trade_word,
)
from claims.decontext.topic import _actor, _introduced
from claims.inflect import plural
from claims.inflect import possessive as _possessive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class _Antecedent:
    text: str
    plural: bool
    person: bool
    derived: bool = False  # itself the product of resolving a possessive ("Analysts’ forecasts")


# Nouns that frame a clause ("The problem is that X ..."), so the clause's subject is what is talked about.
_FRAMING = {"problem", "issue", "question", "point", "truth", "fact", "reason", "trouble", "danger", "risk",
            "worry", "concern", "hope", "aim", "goal", "answer", "difficulty", "irony", "catch"}
_NAMED_KINDS = {"river", "lake", "mount", "island", "bay", "reservoir", "canal", "loch", "forest", "desert"}
_FIGURES = {"figure", "number", "rate", "share", "proportion", "total"}


def _share(value: Token, span: Span) -> str | None:
    """"18.7% of entries were awarded an A, down from ..." -> "the share of entries awarded an A"."""
    of = next((c for c in value.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    root = span.root
    if whole is None or value.text != "%" or value.head.i != root.i:
        return None
    tail = [] if root.tag_ == "VBN" else ["that "]  # "entries awarded an A", "entries that got an A"
    for t in span[root.i - span.start :]:
        if t.is_punct or (t.head.i == root.i and t.dep_ in {"advmod", "npadvmod", "advcl"}):
            break
        tail.append(t.text_with_ws)
    return f"the share of {''.join(t.text_with_ws for t in whole.subtree).strip()} {''.join(tail).strip()}"


_AFTER_DET = re.compile(r"\b(no|other|any|each|every|a|an|its|their|his|her|our|one)\s$", re.IGNORECASE)


def _one_of(name: Token) -> str | None:
    """"Hugo Lindqvist, a planetary scientist at ..." -> "scientists": the kind of people a person
    is one of, when the article says so with "a"/"an" and no body owns the role."""
    role = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
    if role is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in role.children):
        return None
    return plural(role.lemma_.lower())


# Verbs whose object, not the act, is what the article goes on to call the project.
_APPROVING = {"approve", "back", "endorse", "adopt", "authorise", "authorize", "sanction", "clear"}


def owned_action(owner: str | None, words: str) -> str:
    """"a €640 million expansion of its terminal" without its actor: "its" is the actor's."""
    if not owner:
        return words
    return re.sub(r"\bits\b", _possessive(re.sub(r"^The ", "the ", owner)), words)


# Who a union speaks for, beyond the person nouns ("represents 1,450 of its 1,600 pilots").
_WORKERS = {"pilot", "nurse", "teacher", "doctor", "driver", "miner", "crew", "firefighter", "journalist", "pupil"}


_TIMES = {"night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year", "time"}
_LINKING = {"of", "at", "in", "for", "on", "against", "from"}  # prepositions that tie a thing to a name


def _linked(tok: Token) -> str | None:
    """"a 48-hour strike at Skarra Air" -> "strike at Skarra Air"; "Ruth Kalland announced a
    recruitment plan" -> "Ruth Kalland’s recruitment plan": an indefinite first mention of a thing
    and the name it was tied to, so that "the strike" or "the plan" later can say whose or where."""
    if tok.lemma_.lower() in PERSON_NOUNS or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    if any(c.lower_ in _DEICTIC for c in tok.children):
        return None  # "the largest subsidy given to a single company in Estravia" names no company
    left = [t for t in tok.lefts if t.dep_ in {"compound", "amod"} and not _measure(t) and t.tag_ not in {"JJR", "JJS"}]
    words = sorted({t for x in left for t in x.subtree}, key=lambda t: t.i)
    if words and (words[-1].i != tok.i - 1 or words[0].i + len(words) != tok.i or any(t.is_punct and t.text != "-" for t in words)):
        words = []
    noun = "".join(t.text_with_ws for t in [*words, tok]).strip()
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in _LINKING and c.i == tok.i + 1), None)
    tail = list(prep.subtree) if prep is not None else []
    if any(date_word(t) or t.lemma_.lower() in _TIMES for t in tail):
        tail = []  # "announced a plan on Tuesday" (the announcing's day, read as the plan's)
    if tail and any(t.pos_ == "PROPN" for t in tail) and len(tail) <= 6 and all(
            t.pos_ in {"PROPN", "DET", "ADP", "NOUN", "ADJ", "CCONJ"} or t.text in {"’s", "'s"} for t in tail) and not (
            tail[-1].pos_ != "PROPN" and tail[-1].pos_ != "NOUN"):
        return f"{noun} {''.join(t.text_with_ws for t in tail).strip()}"
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None
    at = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in {"at", "of"} and c.i == subj.i + 1), None) if (
        subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NNS") else None
    place = list(at.subtree) if at is not None else []
    if subj is not None and place and place[-1].pos_ == "PROPN" and all(t.pos_ in {"PROPN", "DET", "ADP"} for t in place):
        # "Pilots at Skarra Air began a 48-hour strike": the strike by pilots at Skarra Air
        return f"{noun} by {subj.lower_ if subj.i == subj.sent.start else subj.text} {' '.join(t.text for t in place)}"
    if subj is not None and subj.pos_ == "NOUN":  # "The education minister, Ruth Kalland, announced a plan"
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    name = _mention(subj) or _name_of(subj)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        name = "the " + name
    return f"{_possessive(name)} {noun}"


def _kinds_named(span: Span) -> list[tuple[str, str]]:
    """"the ferry Saltwren": the common noun between "the" and a name, the kind of thing it names,
    with the whole phrase; read off the words, which the parser often gets wrong here (not a
    person's title: "the captain Piet Oravek"; not an owner: "the club Brackenford’s")."""
    out = []
    for tok in span[1:-1]:
        the, after = tok.doc[tok.i - 1], tok.i + 1
        if the.lower_ != "the" or tok.tag_ != "NN" or not tok.is_lower or tok.lemma_.lower() in PERSON_NOUNS:
            continue
        while after < span.end and tok.doc[after].tag_ == "NNP" and not date_word(tok.doc[after]):
            after += 1
        if after > tok.i + 1 and (after == len(tok.doc) or tok.doc[after].tag_ != "POS" and tok.doc[after].lower_ not in {
                "’s", "'s"}):
            out.append((tok.lemma_.lower(), f"the {tok.doc[tok.i : after].text}"))
    return out


def _its_thing(tok: Token, span: Span) -> str | None:
    """"build its first large-scale factory" -> "first large-scale factory": a singular thing the
    sentence's singular subject calls its own, with the words before it that say which."""
    its = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    subject = next((c for c in span.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if its is None or tok.tag_ != "NN" or subject is None or subject.tag_ not in {"NN", "NNP"} or (
            subject.lemma_.lower() in PERSON_NOUNS):
        return None
    words = [t for t in tok.doc[its.i + 1 : tok.i + 1]]
    if any(t.text != "-" and (t.is_punct or t.pos_ not in {"ADJ", "NOUN", "PROPN", "NUM"}) or t.tag_ in {"JJS", "JJR"}
           or t.lower_ in _ANOTHER for t in words[:-1]):
        return None  # (a hyphen of "large-scale" is one word's; not "its highest alert level", "its previous operator")
    return "".join(t.text_with_ws for t in words).strip()


def _name_around(tok: Token) -> Token | None:
    """"Port" of "the Port of Kelvara Authority": the word of a body's name that ``tok`` is "of"."""
    outer = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if outer is None or outer.pos_ != "PROPN" or outer.i != tok.head.i - 1:
        return None
    return outer if outer.lower_ in _INSTITUTIONS | _ORGANISATION_WORDS | {"port"} else None



# Class nouns whose body says its kind in its name: "the airline" is "Skylark Air", not the airport
_AIRLINE_WORDS = {"air", "airlines", "airways", "aviation", "jet"}
_KIND_WORDS = {"airline": _AIRLINE_WORDS, "carrier": _AIRLINE_WORDS}

class Memory:
    """The article read so far (state only, plus lookups on it)."""

    def __init__(self) -> None:
        self.antecedents: list[_Antecedent] = []
        self.spans: list[Span] = []
        self.blocks: list[int] = []  # block index of each span
        self.names: list[str] = []
        self.places_in: set[str] = set()  # one-word names met as "in X" ("in Velland"): places
        self.last_source: str | None = None
        self.source_at = 0  # how many antecedents there were when the last source spoke
        self.gender: dict[str, str] = {}
        self.orgs: dict[str, str] = {}  # speaker -> the body they speak for
        self.companies: dict[str, str] = {}  # speaker -> the company an officer speaks for ("chief executive X")
        self.mentions: dict[tuple[str, bool], str] = {}  # (head lemma, plural) -> fullest earlier mention
        self.event: tuple[str | None, str] | None = None  # the article's first decided action
        self.called: dict[str, str] = {}  # head lemma -> the name set off after it ("a new drug, Lumevia,")
        self.introduced: dict[str, str] = {}  # head lemma -> "law that will ban X" (first mention)
        self.introducers: dict[str, str] = {}  # head lemma -> the named subject that brought it in ("New Calder")
        self.owned: dict[str, str] = {}  # head lemma -> whose it was made the first time ("merger of X and Y")
        self.bodies: set[str] = set()  # names the article gave a business's trade ("Carmaker Velto")
        self.possessed: dict[str, str] = {}  # head lemma -> its first mention with a named owner ("Sorvenia’s population")
        self.others: set[str] = set()  # lemmas of things brought in with "a"/"an" as a subject or object
        self.happened: dict[str, str] = {}  # "theft" -> "of three paintings from the museum" (Descriptions)
        self.changed: dict[str, str] = {}  # "rise" -> "Telsaria’s unemployment rate" (Descriptions)
        self.identified: dict[str, str] = {}  # "key witness" -> "Peter Lisle" (Descriptions)
        self.linked: dict[str, str] = {}  # head lemma -> its indefinite first mention tied to a name ("strike at Skarra Air")
        self.classed: dict[str, str] = {}  # class noun -> the name set beside it ("Cyclo Urban, a ... company")
        self.told: list[tuple[Span, str, str | None]] = []  # each claim's sentence, resolved text and subject
        self.we_of: dict[str, str] = {}  # speaker -> whom their "we" opening a quote was taken to mean
        self.owners: dict[str, str] = {}  # head lemma -> the named subject that brought out "a plan"
        self.actor: str | None = None  # the named subject of the opening sentence
        self.actor_is_place = False  # the actor is the place of the opening's subject ("the authority of Marvia")
        self.nominal: str | None = None  # the noun the article uses for its decided action ("extension")
        self.current: Span | None = None  # the sentence being resolved
        self.nouns_seen: set[str] = set()  # lemmas of the nouns of the sentences before
        self.verbs_seen: set[str] = set()  # and of their verbs
        self.acronyms: dict[str, str] = {}  # "KCA" -> "the Kestavian Competition Authority"
        self.clausal: set[str] = set()  # subjects made of a whole clause ("Ministers appearing ..."): no antecedents
        # the sentence, resolved subject, plural and subject as written of the claim before
        self.last_claim: tuple[Span, str | None, bool, str | None] | None = None
        self.kinds: dict[str, str] = {}  # speaker -> the kind of people they are one of ("scientists")
        self.town: str | None = None  # the place "the town"/"the city" means
        self.land: str | None = None  # the place "the state"/"the country" means
        self.nation: str | None = None  # the country whose government "the government" is
        self.opening_body: str | None = None  # "the national space agency": an unnamed body the opening is about
        self.country: str | None = None  # the article's country, when its people's word or government names it

    def body_actor(self) -> str | None:
        """The article's actor when it can be "the company" or "the club": not a person (one the
        article calls "he"/"she", or named with a role, "challenger Viktor Brandt")."""
        actor = self.actor
        if self.actor_is_place and len(self.bodies) == 1:
            return next(iter(self.bodies))  # "fined social media company Chatwave ... The company said"
        if actor is None or self.gender_of(actor) or (actor[:1].islower() and not actor.startswith("the ")):
            return None
        return actor

    def body_of_kind(self, noun: str) -> str | None:
        """"the airline" is the last body named as one ("Skylark Air"), not an airport the article is
        about; nouns of other kinds are the article's body actor (``body_actor``)."""
        words = _KIND_WORDS.get(noun)
        actor = self.body_actor()
        if words is None:
            return actor
        if actor and actor.lower().split()[-1] in words:
            return actor
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and n.lower().split()[-1] in words), None)

    def pick(
        self, *, plural: bool | None = None, person: bool | None = None, gender: str | None = None,
        underived: bool = False, besides: str | None = None, unlike: str | None = None,
    ) -> str | None:
        for ant in reversed(self.antecedents):
            if besides is not None and ant.text == besides:
                continue
            if unlike is not None and re.search(rf"\b{re.escape(ant.text.split()[-1].lower())}\b", unlike.lower()):
                continue  # "They have known that the reservoirs were falling": not the reservoirs
            if re.search(r"\bof (them|us|it|those)\b", ant.text) or re.match(r"(?i)(no|none|nobody|nothing|neither)\b",
                                                                               ant.text):
                continue  # "Many of them", "No patient" name nothing a pronoun could point back to
            if underived and ant.derived:
                continue
            if (plural and ant.text[:1].isdigit()) or ant.text.lower() in _NUMBER_WORDS:
                continue  # "912 million litres was the highest figure. “They have known ...”": no amount is a "they"
                # (nor a bare "Two" of "17 hospitals switched to generators and two postponed operations")
            if gender is not None and (self.gender_of(ant.text) not in (None, gender) or _body_name(ant.text)):
                continue  # (a body, "the council", is never a "he" or "she")
            if plural is not None and ant.plural != plural:
                continue
            if person is not None and ant.person != person:
                continue
            if person is False and (self.gender.get(ant.text) or ant.text.split()[-1].lower() in PERSON_NOUNS):
                continue  # someone the article calls "he" or "she" is no "it", nor are "Ines Varga’s staff"
            return ant.text
        return None

    def last_named_body(self) -> str | None:
        """The last subject that was a name and not a person's: "Halvorsen", "Dorrance Appliances"."""
        for ant in reversed(self.antecedents):
            words = ant.text.split()
            if ant.person or ant.derived or ant.plural or self.gender.get(ant.text) or not all(
                    w[:1].isupper() for w in words) or words[0].lower() in {"the", "a", "an", "this", "that"}:
                continue
            if not any(t.text == words[0] and t.pos_ == "PROPN" for span in self.spans for t in span):
                continue  # a capitalised first word, not a name ("Unemployment rose")
            return ant.text
        return None

    def gender_of(self, name: str) -> str | None:
        """"he"/"she" once a pronoun was resolved to this person under any form of the name
        ("Detective Inspector Ruth Adeyemi", "Ruth Adeyemi", "Adeyemi")."""
        last = name.split()[-1] if name.split() else name
        return self.gender.get(name) or next((g for n, g in self.gender.items() if n.split()[-1:] == [last]), None)

    def expand(self, surname: str) -> str:
        return next((n for n in reversed(self.names) if n.endswith(" " + surname)), surname)

    def full_name(self, word: str) -> str | None:
        """"Caldwell" -> "Martin Caldwell", "Lumora" -> "Lumora Systems"; not "Brenna" -> "Brenna
        Public Health Agency" (a place that opens a longer name is still the place), nor the article's
        town "Marrowfield" -> "Pedal Marrowfield" (but the town's club the article is about, "Brackenford")."""
        full = next((n for n in reversed(self.names) if len(n.split()) >= 2 and (
            word == n.split()[-1] or (word == n.split()[0] and (
                n.split()[-1].lower() in (_ORGANISATION_WORDS | _CLUB_WORDS) - _PLACE_INSTITUTIONS
                or len(n.split()) == 2 and self.gender_of(n) is not None)))), None)
        # ("Lumora" -> "Lumora Systems", "Solvane" -> "Solvane Sports Capital"; "Joel" -> "Joel Anders")
        if word in self.places_in and full is not None and full.split()[0] == word:
            return None  # "Velland’s Local Government Act" after "in Velland": not the "Velland Prosecution Service"
        return None if word in {self.town, self.land} and full != self.actor else full

    def last_person(self) -> str | None:
        """The person the article named last, in full ("Joel Anders", not "Sporting Velar")."""
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and not _body_name(n)
                     and not _organisation(n)), None)

    def kind_named(self, noun: str) -> str | None:
        """"the river" -> "River Tamsel": a name that opens with the kind of thing it names."""
        if noun not in _NAMED_KINDS:
            return None
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and n.split()[0].lower() == noun), None)

    def organisation(self, prop: Proposition, source: str) -> str | None:
        """The body a speaker speaks for, named before their title: "Rovers manager Helen Price"
        -> "Rovers"; first-person "we" in their quote means that body."""
        first = source.split()[0]
        for tok in prop.parsed.span:
            if tok.text != first or tok.pos_ != "PROPN":
                continue
            i = tok.i - 1
            while i >= tok.sent.start and tok.doc[i].pos_ in {"NOUN", "ADJ"} and tok.doc[i].text.islower():
                i -= 1
            end = i + 1
            while i >= tok.sent.start and tok.doc[i].pos_ == "PROPN":
                i -= 1
            if end < tok.i and i + 1 < end:
                self.orgs[source] = tok.doc[i + 1 : end].text
        return self.orgs.get(source)

    def named_for(self, words: str) -> str | None:
        """"avalanche service" -> "Vennar Avalanche Warning Service": the latest name the article gave
        that holds every word of a lower-case description and ends in its noun."""
        wanted = words.lower().split()
        for name in reversed(self.names):
            have = name.lower().split()
            if len(have) > len(wanted) and have[-1] == wanted[-1] and set(wanted) <= set(have):
                return name
        return None

    def as_written(self, mention: str) -> str:
        """"the energy ministry", "the Finance Ministry" where the article wrote "the", but "Harlow Bank"
        where it gave the name bare: the determiner a mention of a named body takes."""
        spans = [*self.spans, self.current] if self.current is not None else self.spans
        name = all(w[:1].isupper() or w in {"of", "and", "for", "on"} for w in mention.split()) or bool(
            re.fullmatch(r"(?:[A-Z][\w’'-]* )+(?:city |town |county |district |borough )?council", mention))  # "Caldreth city council"
        if not name or any(f"the {mention.lower()}" in span.text.lower() for span in spans):
            return f"the {mention}"  # not "Lantern probe", "Brookside plant"
        return mention

    def pair(self) -> str | None:
        """"Freshway has agreed to buy Bellamy’s" -> "Freshway and Bellamy’s": the two named
        parties of the first sentence that had a named subject and a named object."""
        spans = [*self.spans, self.current] if self.current is not None else self.spans
        for span in spans:  # the article names its two parties early ("Freshway has agreed to buy Bellamy’s")
            subj = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN"), None)
            if subj is None:
                continue
            obj = next((t for t in span if t.i > subj.i and t.dep_ in {"dobj", "pobj"} and t.pos_ == "PROPN"
                        and t.text != subj.text and not date_word(t)), None)  # not "on Tuesday"
            if obj is not None:
                return f"{_name_of(subj)} and {_name_of(obj)}"
        return None

    def statistic(self) -> str | None:
        """"Just 18.7% of entries got an A. The figure peaked at 24% in 2023." -> the quantity
        the sentence before measured ("the share of entries awarded an A" when it was named,
        else its subject)."""
        current = self.current
        figure = next((t for t in current or () if t.lower_ in _FIGURES and t.dep_ in {"dobj", "nsubj", "nsubjpass"}), None)
        counted = next((t for t in reversed(current or ()) if figure is not None and t.i < figure.i and t.tag_ == "NNS" and any(
            c.dep_ == "nummod" and c.like_num for c in t.children)), None) if current is not None else None
        if counted is not None:
            return f"the number of {counted.text}"  # "received more than 4,200 claims, and expects that figure to double"
        spans = list(reversed([s for s in self.spans if s is not current][-2:]))
        if current is not None and not any(t.lower_ in _FIGURES and t.head.i == current.root.i for t in current):
            spans.insert(0, current)  # "26.1% of entries got an A, while in Keld the figure was 11.4%"
        for span in spans:
            if not any(t.like_num or t.text == "%" for t in span):
                continue
            subj = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == span.root.i), None)
            if subj is not None and span.root.lemma_.lower() in REPORTING_VERBS and span is not current and (
                    subj.pos_ == "PROPN" or subj.lemma_.lower() in PERSON_NOUNS):
                # "“Each job will cost €670,000,” Mr Brevik said. The ministry said the figure was misleading":
                # the figure the speaker gave
                speaker = re.split(r"\s*[,(]", _phrase(subj, frozenset({"relcl", "appos"})))[0]  # ("X (ACI),")
                return f"{_possessive(speaker)} figure"
            if subj is None or subj.pos_ == "PRON" or subj.i > span.root.i or subj.lemma_.lower() in PERSON_NOUNS:
                continue  # ("Council officials estimate that traffic will fall": no officials are "the figure")
            if subj.like_num or any(c.like_num for c in subj.children) or subj.text == "%":
                return _share(subj, span)  # "18.7% of entries were awarded an A": a value of a share
            return _phrase(subj, frozenset({"relcl", "appos"}))
        return None

    def undertaking(self) -> str | None:
        """"the extension of the Line 2 tram": the decided action, once the article has named it."""
        if self.event is None or self.nominal is None:
            return None
        verb, thing = self.event[1].split(" ", 2)[1:]
        if verb in _APPROVING:  # "approved a €640 million expansion": the undertaking is the expansion
            return re.sub(r"^(?:a|an) ", "the ", owned_action(self.event[0], thing))
        return f"the {self.nominal} of {owned_action(self.event[0], thing)}"

    def last_thing(self) -> str | None:
        """The last singular thing (subject or object noun) of the sentence before: "Unions
        called a strike." -> "the strike"."""
        if not self.spans:
            return None
        for tok in reversed(list(self.spans[-1])):
            if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children):
                continue
            return "the " + (_mention(tok) or tok.text)
        return None

    def remember_acronyms(self, span: Span) -> None:
        """"the Kestavian Competition Authority (KCA)" -> KCA stands for that name from now on."""
        doc = span.doc
        for tok in span:
            if not (len(tok.text) >= 2 and tok.text.isupper() and tok.is_alpha and 0 < tok.i and tok.i + 1 < len(doc)):
                continue
            if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")" or tok.i < 2:
                continue
            head = doc[tok.i - 2]
            words = [t for t in head.subtree if t.i < tok.i - 1 and t.dep_ not in {"punct"}]
            if head.pos_ == "PROPN" and words and all(t.pos_ in {"PROPN", "DET", "ADP"} for t in words):
                name = " ".join(t.text for t in words)
                self.acronyms[tok.text] = name[0].lower() + name[1:] if words[0].pos_ == "DET" else name

    def spell_out(self, text: str, *, sentence: bool = True) -> str:
        """"The KCA would probably require ..." -> "The Kestavian Competition Authority would ..."."""
        for short, name in self.acronyms.items():
            text = re.sub(rf"\s*\({short}\)", "", text)
            bare = re.sub(r"^the ", "", name)
            # "no other MSA mission" -> "no other Meridian Space Agency mission"
            text = re.sub(rf"\b(?:([Tt])he )?{short}\b", lambda m: (f"{m.group(1)}he " if m.group(1) else "") + bare
                          if m.group(1) or not name.startswith("the ") or _AFTER_DET.search(m.string[: m.start()])
                          else name, text)
        return text[0].upper() + text[1:] if text and sentence else text

    def remember_names(self, span: Span) -> None:
        for tok in span:
            if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "across", "throughout"} and not any(
                    c.dep_ == "compound" for c in tok.children):
                self.places_in.add(tok.text)
            if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.i == tok.head.i - 1:
                chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if chain and chain[-1].i == tok.i - 1 and not _trade_word(chain[0].text):
                    self.names.append(name_words([*chain, tok]))  # "Civic Alliance control": the Civic Alliance
            if tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.text[:1].isupper():  # (not "the national grid")
                chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if chain and _trade_word(chain[0].text):
                    self.bodies.add(_name_of(tok))  # "Carmaker Velto": Velto, a business
                    chain = chain[1:]
                if tok.dep_ == "appos" and (tok.head.lemma_.lower() in _INSTITUTIONS or _trade_word(tok.head.text)):
                    self.bodies.add(_name_of(tok))  # "The developer, Calder Homes,"
                classes = [c for c in [*tok.children, tok.head] if c.pos_ == "NOUN" and c.lemma_.lower() in (
                    _CLASS_NOUNS | _DESCRIBED_ONLY) and "appos" in {c.dep_, tok.dep_} and c.tag_ == "NN"]
                speaks_for = next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_ == "represent"), None)
                if speaks_for is not None and any(t.lemma_.lower() in PERSON_NOUNS | _WORKERS for t in speaks_for.subtree
                                                  if t.dep_ in {"dobj", "pobj"}):
                    if " " in _person_name(tok):  # "The X Pilots’ Association, which represents 1,450 pilots"
                        self.classed["union"] = _person_name(tok)
                elif tok.text == "Union" and tok.dep_ != "compound" and " " in _person_name(tok):
                    self.classed["union"] = _person_name(tok)  # "the General Industrial Union"
                for noun in classes:  # "Cyclo Urban, a Brasford-based company," / "the operator, Cyclo Urban,"
                    self.bodies.add(_name_of(tok))  # (one body: "we have" in its words is "Chatterlane has")
                    if not any(x.lower_ in _ANOTHER for x in noun.children):
                        self.classed[noun.lemma_.lower()] = _name_of(tok)
                if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1 and _trade_word(c.text)
                       for c in tok.lefts):
                    self.bodies.add(_name_of(tok))  # "retailer Hallam & Pryce"
                if chain and chain[0].is_sent_start and chain[0].lower_ in PERSON_NOUNS:
                    chain = chain[1:]  # "Striker Leo Marsh scored": a role, capitalised as the sentence opens
                if (outer := _name_around(tok)) is not None and chain:
                    # "the Port of Kelvara Authority": the whole name, not "Kelvara Authority" (nor "Kelvara")
                    lead = [t for t in outer.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                    self.names.append(f"{name_words([*lead, outer])} of {name_words([*chain, tok])}")
                    continue
                if chain:
                    name = name_words([t for t in [*chain, tok] if t.text.lower().strip(".") not in _TITLES])
                    self.names.append(name)
                    if (owner := self.role_owner(tok)) is not None:
                        self.orgs.setdefault(name, owner)
                    elif (kind := _one_of(tok)) is not None:
                        self.kinds.setdefault(name, kind)
                elif (full := self.full_name(tok.text)) is not None and full in self.names:
                    self.names.append(full)  # "with Joel": Joel Anders named again, the last person named

    def role_owner(self, name: Token) -> str | None:
        """"Helga Brandt, the council’s chief executive" / "The club’s chairman, Ian Roe" -> the
        body whose role the person holds, as the article named it ("the Solmark Dairy Council")."""
        roles = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            roles.append(name.head)
        owner = next((c for r in roles for c in r.children if c.pos_ in {"NOUN", "PROPN"} and (
            c.dep_ == "poss" or possessor(c))), None)  # "The museum’s director"
        if owner is None and any(c.dep_ == "poss" and c.lower_ == "its" for r in roles for c in r.children):
            body = self.pick(person=False, plural=False)  # "Its president, Captain Lena Voss": the body just named
            return body if body and re.sub(r"^the ", "", body)[:1].isupper() else None
        if owner is None:
            return None
        if owner.pos_ == "PROPN":
            return _name_of(owner)
        # the latest name ending in the noun ("the council" -> "the Solmark Dairy Council")
        tokens = [t for span in reversed([*self.spans, name.sent]) for t in reversed(list(span)) if t.i < owner.i or
                  span is not name.sent]
        named = (_mention(t) for t in tokens if t.lower_ == owner.lower_ and t.dep_ != "compound" and t is not owner)
        mention = next((m for m in named if m and m.split()[-1][:1].isupper()), None)
        if mention is None or not mention.split()[-1][:1].isupper() or owner.lemma_.lower() not in _INSTITUTIONS:
            return None  # "the club" is not "a Kestrel League club"
        return self.as_written(mention)

    def remember_body(self, prop: Proposition, source: str | None) -> None:
        """"Trade minister Ivo Karsten told parliament that Solmark did not want a trade war": the
        country or organisation a speaker first reports on is the body their "we" speaks for."""
        if not source or source in self.orgs or not prop.subject or _organisation(source) or len(source.split()) < 2:
            return
        head = _find_token(prop.parsed.span, prop.subject.split()[-1])
        if head is None or head.pos_ != "PROPN" or head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ccomp":
            return
        # a body, not a person: tagged so, or a one-word name no person of the article goes by
        one_word = " " not in prop.subject and not any(prop.subject in n.split() for n in self.names if " " in n)
        if head.ent_type_ in {"GPE", "ORG"} or one_word:
            self.orgs[source] = prop.subject

    def remember_mentions(self, span: Span, owner: str | None = None) -> None:
        """Keep the fullest mention of each head noun ("the Line 2 tram extension"); ``owner`` is
        what the sentence's subject was resolved to, whose "its" the sentence's things may be."""
        self.nouns_seen |= {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}
        self.verbs_seen |= {t.lemma_.lower() for t in span if t.pos_ == "VERB"}
        for kind, phrase in _kinds_named(span):
            self.called.setdefault(kind, phrase)  # "The ferry Saltwren collided ...": "the ferry" later is that one
        for tok in span:
            if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.lower_ in _PLACE_WORDS and (
                    tok.head.pos_ == "PROPN" and tok.head.lower_ in _ORGANISATION_WORDS):
                # "The Brennvald National Park Authority": "the park" later is Brennvald National Park
                start = tok.i
                while start - 1 >= span.start and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
                    start -= 1
                if start < tok.i:
                    self.mentions.setdefault((tok.lower_, False), tok.doc[start : tok.i + 1].text)
            if tok.dep_ == "poss" and tok.lemma_.lower() in _INSTITUTIONS and tok.tag_ in {"NN", "NNP"} and (
                    named_by := [c for c in tok.lefts if c.dep_ == "compound"]) and named_by[0].pos_ == "PROPN":
                # "Caldreth city council’s ban": a later "the council" is Caldreth city council
                self.mentions.setdefault((tok.lower_, False), tok.doc[named_by[0].i : tok.i + 1].text)
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "poss", "nmod", "attr", "oprd"} or (
                    tok.dep_ == "conj" and tok.head.dep_ in {"attr", "oprd"}):
                continue  # a predicate nominal ("is the most important decision", "and the fourth rise") names no referent
            if tok.head.lower_ == "without" or any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
                continue  # "built without a valid permit" names no permit that "the permit" could be
            # (not once the thing was named before: "the city’s bike-share scheme" ... "a scheme that works")
            if tok.tag_ == "NN" and tok.lemma_.lower() not in self.introduced and tok.lemma_.lower() not in self.possessed and (
                    tok.lemma_.lower(), False) not in self.mentions and (intro := _introduced(tok, opening=not self.spans)):
                self.introduced[tok.lemma_.lower()] = intro
                actor = _actor(span) if tok.dep_ == "dobj" else None
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if actor and subject is not None and actor.split()[-1] in [t.text for t in subject.subtree]:
                    # "The government of New Calder approved a law that will ban X": New Calder’s law
                    self.introducers[tok.lemma_.lower()] = actor
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.i + 2
                         and tok.doc[tok.i + 1].text == ","), None)
            if name is not None and tok.tag_ == "NN" and not any(c.lower_ in _ANOTHER for c in tok.children):
                # "a new weight-loss drug, Lumevia,"; "The painting, Harbour at Dusk,": a title with its small words
                words = [t for t in name.subtree if not t.is_punct]
                titled = all(t.is_title or t.lower_ in _TITLE_SMALL_WORDS for t in words) and words[-1].is_title
                self.called[tok.lemma_.lower()] = "".join(t.text_with_ws for t in words).strip() if titled else (
                    _mention(name) or name.text)
            named = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            body = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _INSTITUTIONS and any(
                x.dep_ == "compound" and x.pos_ == "PROPN" for x in c.lefts)), None)
            if named is not None and tok.tag_ == "NN" and len(list(tok.children)) == 1:
                self.possessed.setdefault(tok.lemma_.lower(), f"{_possessive(_name_of(named))} {tok.text}")
            elif body is not None and tok.tag_ == "NN" and all(c.dep_ in {"poss", "prep"} for c in tok.children):
                # "Caldreth city council’s ban on protests in Mercer Square": a later "the ban" is that one
                self.possessed.setdefault(tok.lemma_.lower(), _phrase(tok, frozenset({"relcl", "appos", "acl"}), set_off=False))
            elif named is not None and tok.tag_ == "NN" and (described := _mention(tok)) and all(
                    c.dep_ in {"poss", "compound", "amod", "case"} and c.i < tok.i for c in tok.children) and (
                    described == tok.doc[named.right_edge.i + 1 : tok.i + 1].text):  # (all of them: not "third-largest")
                # "Telsaria’s unemployment rate rose": a later "the rate" is Telsaria’s
                self.possessed.setdefault(tok.lemma_.lower(), f"{_possessive(_name_of(named))} {described}")
            elif owner and (thing := _its_thing(tok, span)) is not None:
                # "The company will build its first large-scale factory": Voltrenne’s, later "the plant"
                self.possessed.setdefault(tok.lemma_.lower(), f"{_possessive(re.sub(r'^The ', 'the ', owner))} {thing}")
            if tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"} and any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
                self.others.add(tok.lemma_.lower())  # "a solvent from an outside supplier": another body than the actor
            if tok.tag_ == "NN" and (link := _linked(tok)) is not None:
                self.linked.setdefault(tok.lemma_.lower(), link)
            found = _mention(tok)
            if found is not None and _name_around(tok) is not None:
                found = next((n for n in reversed(self.names) if n.endswith(f" of {found}")), found)  # "Port of X Authority"
            if found is None:
                continue
            key = (tok.lemma_.lower(), tok.tag_ in {"NNS", "NNPS"})
            old = self.mentions.get(key)
            # "a bike-share scheme that works every day" (in a quote) is another one than the scheme named before
            another = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
            if another and key[0] in self.possessed:
                continue  # "had not shown that a total ban was necessary" after "the council’s ban on X"
            if old is None or (_proper(found) and not _proper(old)) or (
                _proper(found) == _proper(old) and len(found.split()) > len(old.split()) and not another
                and (_proper(found) or set(old.lower().split()) <= set(found.lower().split()))  # not "the main interest
                # rate" for "the unemployment rate"
            ):
                self.mentions[key] = found

    def remember_source(self, source: str | None, prop: Proposition | None = None) -> None:
        if source and source.lower() not in {"he", "she", "they"}:
            self.last_source = source
            if all(w[:1].isupper() for w in source.split()) and len(source.split()) >= 2:
                # a named speaker: a person, or a body ("Rivermead Water said ... It has since ...")
                self.antecedents.append(_Antecedent(source, False, not _body_name(source)))
            elif prop is not None and " " not in source and source[:1].isupper() and (
                    (tok := _find_token(prop.parsed.span, source)) is not None and tok.dep_ == "appos"
                    and tok.head.lemma_.lower() in PERSON_NOUNS):
                self.antecedents.append(_Antecedent(source, False, True))  # "Her daughter, Claire, said"
            self.source_at = len(self.antecedents)

    def remember(self, prop: Proposition, subject: str | None, *, derived: bool = False) -> None:
        span = prop.parsed.span
        if not self.spans or self.spans[-1] is not span:
            self.spans.append(span)
            self.blocks.append(prop.parsed.sentence.block_index)
        if not subject or _PRONOUN.match(subject) or UNRESOLVED_START.match(subject) or _FIRST_PERSON.match(subject) or subject.lower() in {
                c.lower() for c in self.clausal}:
            return
        first, _, rest = subject.partition(" ")
        if rest[:1].isupper() and _trade_word(first):
            subject = rest  # "Carmaker Velto" is Velto
        named = re.match(r"((?:[A-Z][\w’'-]+ )+[A-Z][\w’'-]+) of [A-Z]", subject)
        if named and not _body_name(subject) and (tok := _find_token(span, named.group(1).split()[-1])) is not None and (
                tok.dep_ in {"nsubj", "nsubjpass"} and _is_person(named.group(1), tok)):
            subject = named.group(1)  # "Anya Brandt of Kessling & Co took a calmer view. She said": Anya Brandt
        head = _find_token(span, subject.split()[-1])
        if head is not None and head.lemma_.lower() in _FRAMING and head.head.lemma_ == "be":
            # "The bigger problem is that the government has ducked it. It ...": "it" is the government
            clause = next((c for c in head.head.children if c.dep_ == "ccomp"), None)
            inner = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause else None
            if inner is None or inner.pos_ == "PRON":
                return
            subject, head = "".join(t.text_with_ws for t in inner.subtree).strip(), inner
            self.antecedents.append(_Antecedent(subject, inner.tag_ in {"NNS", "NNPS"}, _is_person(subject, head)))
            return
        known = False
        if " " not in subject and (full := self.full_name(subject)) and full.endswith(" " + subject):
            # "Ashby is running ..." after "businessman Tom Ashby"; "Tate conceded" (tagged a noun) after
            # "her challenger, Owen Tate": a person named before
            known = any(a.text == full and a.person for a in self.antecedents)
            if known or _is_person(full, head):
                subject = full
        # ("Ines Varga’s staff", "the minister": people, never an "it")
        person = known or _is_person(subject, head)
        if head is None and prop.subject:  # a name put in for "The 24-year-old Slovenian": what the words said
            person = _is_person(prop.subject, _find_token(span, prop.subject.split()[-1]))
        self.antecedents.append(_Antecedent(subject, prop.subject_plural, person, derived))


_FIRST_PERSON = re.compile(r"^(our|my|we|i|us|your|you)\b", re.IGNORECASE)  # "Our priority": the speaker's, unresolved
_TITLE_SMALL_WORDS = {"at", "of", "the", "and", "in", "on", "for", "a", "an", "to", "by", "with"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
                 "many", "most", "few", "both", "all"}
# Nouns that stand for a body only once the article has called it one ("Solvane, an investment group")
_DESCRIBED_ONLY = {"group", "charity", "watchdog", "consortium"}
_ANOTHER = {"second", "third", "another", "other", "rival", "sister", "previous", "former", "old", "outgoing"}
# ("a second probe, Beacon", "its previous operator, Spokewise": not the one "the probe", "the operator" name)


def _bodies_of_speakers(props: Sequence[Proposition]) -> dict[str, str]:
    """Each named person's body, read off the whole article first: a quote can open before the
    sentence that says whose chief executive its speaker is."""
    reader = Memory()
    for prop in props:
        if not reader.spans or reader.spans[-1] is not prop.parsed.span:
            reader.remember_names(prop.parsed.span)
            reader.remember_mentions(prop.parsed.span)
            reader.spans.append(prop.parsed.span)
    return reader.orgs
