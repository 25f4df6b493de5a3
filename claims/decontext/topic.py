"""What the article is about, read once from its opening: the actor, its decided action
("to extend the tram"), and the place "the town" or "the state" means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.backshift import date_word
from claims.decompose import PERSON_NOUNS, Proposition
from claims.decontext.phrases import (
    _INSTITUTIONS,
    _TITLES,
    _body_name,
    _is_person,
    _mention,
    _name_of,
    _organisation,
    _set_off,
    _trade_word,
    name_words,
)
from claims.inflect import possessive as _possessive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Verbs whose "to" complement is a decision that "it"/"this" can point back to.
_DECIDING = {"vote", "decide", "agree", "choose", "opt", "resolve", "elect", "plan", "move"}

# Prepositions of time and manner that a nominalised event leaves out ("on Thursday", "by 6.5 km").
_CIRCUMSTANTIAL = {"on", "in", "during", "by", "after", "before", "since", "until", "for", "within", "over"}


def _event(span: Span, *, first: bool) -> tuple[str | None, str] | None:
    """The action of a sentence as "to <verb> <object>", with its proper-noun actor:
    "The council voted to extend the tram by 2 km." -> (None, "to extend the tram");
    "The Bank of X kept its rate at 4%." -> ("the Bank of X", "to keep its rate at 4%"), the
    latter only for the article's opening sentence (its main news)."""
    root = span.root
    announced = _announced(span) if first else None
    if root.pos_ != "VERB" and announced is None:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    verb = root
    if root.lemma_.lower() in _DECIDING:
        verb = next((c for c in root.children
                     if c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children)), root)
        if verb is root:
            return None
    elif announced is not None:
        subj, verb = announced
    elif not first or subj is None or (subj.pos_ != "PROPN" and _named_body(subj) is None):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if obj is not None:  # "stop delivering letters on Saturdays": the activity, without circumstances
            obj = next((c for c in obj.children if c.dep_ == "dobj"), None) and obj
    if obj is None or obj.pos_ == "PRON":
        return None
    named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and _set_off(c)), None)
    if named is not None and any(c.dep_ == "poss" for c in obj.children):
        obj = named  # "to sell their captain, Joel Anders, to X" -> "to sell Joel Anders to X"
    # (without what is set off after it: "the Meridian Line, a planned high-speed railway ...")
    # (also one hung on a noun inside: "an expansion of its terminal, a project that would ...")
    off = {t.i for c in obj.subtree if c.dep_ in {"appos", "relcl", "acl"} and _set_off(c) and c.i > obj.i
           and c.head.i != verb.i for t in [*c.subtree, c.doc[c.left_edge.i - 1]]}
    ids = [t for t in obj.subtree if not (t.dep_ == "prep" and t.lower_ in _CIRCUMSTANTIAL and t.head.i == obj.i)
           and t.i not in off]
    ids = [t for t in ids if all(a.i in {x.i for x in ids} for a in t.ancestors if a.i in {x.i for x in obj.subtree})]
    after = obj.right_edge.i + 1 + (named is not None and obj is named)  # past the comma closing the name
    nxt = next((c for c in verb.children if c.dep_ == "prep" and c.i == after), None)
    if nxt is not None and nxt.lower_ not in _CIRCUMSTANTIAL:
        ids += list(nxt.subtree)
    if any(t.is_punct and t.text not in "-–%" for t in ids):
        return None
    last = max(t.i for t in ids)
    if last + 1 < len(span.doc) and span.doc[last + 1].text in {"’s", "'s"} and span.doc[last + 1].dep_ != "case":
        ids.append(span.doc[last + 1])  # "Bellamy’s" read as a name and a stray "’s" (or a second object)
    owner = _named_body(subj) if subj is not None else None
    if owner is None and announced is not None and subj is not None and subj.pos_ == "NOUN" and (
            subj.lemma_.lower() in _INSTITUTIONS):  # "The government will raise X, the minister announced"
        lefts = [t for t in subj.lefts if t.dep_ in {"compound", "amod"}]
        proper = any(t.pos_ == "PROPN" for t in lefts)  # "Harbourton city council", "the city council"
        owner = ("" if proper else "the ") + " ".join(t.text for t in [*lefts, subj])
    if subj is not None and subj.pos_ == "PROPN":
        owner = _mention(subj) or subj.text
        if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            owner = "the " + owner
    ids = sorted(ids, key=lambda t: t.i)
    words = "".join(t.text + (" " if t.whitespace_ or (n + 1 < len(ids) and ids[n + 1].i != t.i + 1) else "")
                    for n, t in enumerate(ids))
    return owner, "to " + verb.lemma_.lower() + " " + words.strip()


def _named_body(subj: Token) -> str | None:
    """"Selvara’s government", "Kellsford’s council": an institution named by its place's name."""
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1), None)
    if owner is None and of is not None:  # "the government of Merovia"
        owner = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.right_edge.i == c.i), None)
    if owner is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _INSTITUTIONS:
        return None
    return f"{_possessive(_name_of(owner))} {subj.text}"


def _announced(span: Span) -> tuple[Token, Token] | None:
    """"Northpost announced that it would stop X" -> (Northpost, stop): a named actor's
    announced decision anywhere in the opening sentence."""
    for tok in span:
        if tok.lemma_.lower() not in {"announce", "confirm", "decide", "say"}:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or _named_body(c))), None)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        if subj is None and clause is not None and clause.i < tok.i:
            # "Harlow Energy will cut 1,200 jobs, the company said": the named actor of what was said
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or (
                c.pos_ == "NOUN" and c.lemma_.lower() in _INSTITUTIONS and any(d.lower_ == "the" for d in c.children)))), None)
        if subj is not None and clause is not None:
            return subj, clause
    return None


def _event_phrase(event: tuple[str | None, str], noun: str) -> str:
    owner, action = event
    return f"{_possessive(owner)} {noun} {action}" if owner else f"the {noun} {action}"


_AGREEMENTS = {"contract", "deal", "agreement", "partnership", "alliance", "settlement", "accord"}


def _introduced(head: Token, *, opening: bool = False) -> str | None:
    """"approved a law that will ban gas boilers" -> "law that will ban gas boilers": an
    indefinite first mention whose restrictive relative clause says which thing it is."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    if head.lemma_.lower() in _AGREEMENTS:  # "signed a five-year contract worth X with Cyclo Urban"
        partner = next((t for t in head.subtree if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ == "with"),
                       None)
        if partner is not None:
            return f"{head.text} with {_name_of(partner)}"
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    if rel is None and opening and head.dep_ == "dobj" and head.head.dep_ == "ROOT":
        return _introduced_with_prep(head)
    if rel is None or head.doc[rel.left_edge.i].lower_ not in {"that", "which"}:
        return None
    if head.doc[rel.left_edge.i].dep_ not in {"nsubj", "nsubjpass"} or rel.left_edge.i != head.i + 1:
        return None
    end = rel.right_edge.i + 1
    last = [c for c in rel.children if c.dep_ == "prep" and c.right_edge.i + 1 == end]
    if last and last[0].lower_ in _CIRCUMSTANTIAL | {"from"} and any(t.like_num for t in last[0].subtree):
        end = last[0].i  # "... from January 2028": the date is not what picks the thing out
    tokens = [t for t in head.doc[head.left_edge.i : end] if t.dep_ != "det" or t.head.i != head.i]
    if any(t.is_punct and t.text not in "-–%" for t in tokens) or len(tokens) > 14:
        return None
    if any(t.lower_ in {"they", "them", "you", "we", "us"} for t in tokens):
        return None  # "in a city that tells them what they may charge": said of anyone's, no one thing named
    return "".join(t.text_with_ws for t in tokens).strip()


def _introduced_with_prep(head: Token) -> str | None:
    """"passed a new tax on the electricity used by large data centres" -> "new tax on the
    electricity used by large data centres": the opening's new thing with the phrase that says
    what it is for or on (the article's main news, named once in full)."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i), None)
    if prep is None or prep.lower_ not in {"on", "for", "against"} or prep.i != head.i + 1:
        return None
    tokens = [t for t in head.doc[head.left_edge.i : prep.right_edge.i + 1] if t.dep_ != "det" or t.head.i != head.i]
    if any(t.is_punct and t.text not in "-–%" for t in tokens) or len(tokens) > 12 or any(t.like_num for t in tokens):
        return None
    return "".join(t.text_with_ws for t in tokens).strip()


def _actor(span: Span) -> str | None:
    """The first proper-noun subject of the article's opening sentence: the organisation or
    place the article is about ("Lumora Systems, the Dublin-based maker of chips, reported ...")."""
    player = False
    for tok in span:
        if tok.dep_ == "nsubj" and tok.lower_ in {"shares", "stocks"} and tok.head.dep_ == "ROOT":
            # "Shares in Orsana Pharma fell 38%": the company whose shares they are
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep else None
            if owner is not None:
                return _mention(owner) or _name_of(owner)
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and tok.lemma_.lower() in _INSTITUTIONS:
            # "The government of New Calder approved ..." -> New Calder
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
            if place is not None:
                return _mention(place) or " ".join(t.text for t in place.subtree)
            return _named_body(tok)  # "Selvara’s government scrapped ..."
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
            continue
        chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not _trade_word(t.text)]
        words = [t.text for t in [*chain, tok]]
        if words[0].lower().strip(".") in _TITLES or any(c.dep_ == "appos" and c.like_num for c in tok.children):
            return None  # a person
        if words[0].lower() in PERSON_NOUNS:
            player = True  # "Striker Leo Marsh scored twice as Kestrel Town beat X": the body is Kestrel Town
            continue
        if player and tok.head.dep_ not in {"advcl", "conj"}:
            return None
        joined = name_words([*chain, tok])  # ("Nadia Ferreira-Holt" keeps its hyphen)
        name = joined if len(chain) < len([t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]) else (
            _mention(tok) or joined)  # "Carmaker Velto" is Velto
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            name = "the " + name
        return name
    return None


def opening_body(span: Span) -> str | None:
    """"The national space agency lost its new weather satellite ...": the unnamed institution the
    opening sentence is about, for the "we" of its staff when no name stands for it."""
    subj = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _INSTITUTIONS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ in {"det", "amod", "compound"} or t.i == subj.i]
    return "the " + " ".join(t.text for t in words if t.dep_ != "det")


def _nominalises(noun: str, verb: str) -> bool:
    """"extension" names the act of "extend", "closure" of "close" (a shared stem)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return noun != verb and len(stem) >= 4 and noun.startswith(stem[: max(4, len(stem) - 1)])


# What each of the two has: "the two economies" -> "the economies of Dravia and Solmark".
_COUNCIL_OF = re.compile(r"^(?:the )?([A-Z]\w+(?: [A-Z]\w+)?) (?:[Cc]ity|[Tt]own|[Dd]istrict|[Bb]orough) [Cc]ouncil$")


def _seat(tok: Token) -> bool:
    """"the Institute for Economic Research in Brevik", "a recruitment agency in Halmstad": where a
    body a speaker belongs to sits, not where the article's events happen."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in _RUN_BUSINESSES and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


# businesses a speaker runs ("a recruitment agency in Halmstad")
_RUN_BUSINESSES = {"agency", "shop", "restaurant", "cafe", "café", "hotel", "clinic", "bakery", "practice", "farm", "pub",
                   "firm", "company", "business", "consultancy", "store", "salon", "garage", "studio"}


def _home_place(props: Sequence[Proposition], actor: str | None) -> tuple[str | None, str | None, bool]:
    """The place the article is set in, for "the town/city" and for "the state/country":
    "Harbourton city council voted ..." -> Harbourton; else the place most often written "in X"
    ("in Kellsford", "in eastern Brenna"); for a state or country, the place that opens the
    article ("New Calder will ban ...") when nothing is written "in X". The flag says the country is
    sure: named by its people's word ("Delvarian") or by its government ("the government of Merovia")."""
    if actor and (m := _COUNCIL_OF.match(actor)):
        return m.group(1), m.group(1), False
    for prop in props[:3]:  # "Harbourton city council has approved ..."
        for tok in prop.parsed.span:
            kinds = [c for c in tok.lefts if c.dep_ == "compound" and c.lower_ in {"city", "town", "borough"}]
            names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and kinds and c.i < kinds[0].i]
            if tok.lower_ == "council" and kinds and names:
                return " ".join(t.text for t in names), None, False
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            city = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
            if tok.lemma_.lower() == "mayor" and city is not None and not _organisation(_name_of(city)):
                return _name_of(city), None, False  # "has been elected mayor of Port Castellan": the city
    for prop in props:  # "is owned by Brackenford City Council": the city the article's council runs
        for tok in prop.parsed.span:
            if tok.text != "Council":
                continue
            kinds = [c for c in tok.lefts if c.dep_ == "compound" and c.text in {"City", "Town"}]
            names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and kinds and c.i < kinds[0].i]
            if kinds and names and kinds[0].i == tok.i - 1:
                return " ".join(t.text for t in names), None, False
    inside: dict[str, int] = {}
    total: dict[str, int] = {}
    seen: set[int] = set()
    for prop in props:
        span = prop.parsed.span
        if id(span) in seen:
            continue
        seen.add(id(span))
        for tok in span:
            if tok.pos_ != "PROPN" or tok.dep_ == "compound" or date_word(tok):
                continue
            name = _name_of(tok)
            total[name] = total.get(name, 0) + 1
            if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "across", "throughout"} and not _organisation(name) and (
                    not name.isupper()) and not _seat(tok.head.head):  # "in the EU" is no town
                inside[name] = inside.get(name, 0) + 1
    place = max(inside, key=lambda n: (inside[n], total.get(n, 0)), default=None)
    if (country := _demonym_country(props, total)) is not None:
        return place, country, True  # "the Delvarian government", "the Delvarian Hospitals Association": Delvaria
    bare = actor if actor and actor[:1].isupper() and not _organisation(actor) and not _body_name(actor) else None
    if bare and re.search(rf"\b(?:government|parliament|cabinet) of {re.escape(bare)}\b|\b{re.escape(bare)}[’']s "
                          r"(?:government|parliament|cabinet)\b", props[0].parsed.span.text):
        return place, bare, True  # "The government of Merovia ... told reporters in Kalden": "this country" is Merovia
    return place, place or bare or _opening_owner(props[0].parsed.span), False


def _opening_owner(span: Span) -> str | None:
    """"Sorvenia’s population fell to 6.84 million": the named owner of the opening sentence's
    subject, a country or place ("the country" later), when it names no body."""
    subject = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"), None)
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if subject else None
    if owner is None or subject is None or subject.lemma_.lower() in PERSON_NOUNS:
        return None
    name = _name_of(owner)
    # (one word: "Marta Villiers’s plan" opens with a person)
    return None if _organisation(name) or _body_name(name) or " " in name or _is_person(name, owner) else name


def _demonym_country(props: Sequence[Proposition], names: dict[str, int]) -> str | None:
    """The country whose people's word ("Delvarian" for Delvaria, "Merovian" for Merovia) the
    article uses at least twice."""
    words: dict[str, int] = {}
    seen: set[int] = set()
    for prop in props:
        if id(prop.parsed.span) in seen:
            continue
        seen.add(id(prop.parsed.span))
        for tok in prop.parsed.span:
            if tok.text.endswith("n") and tok.text[:1].isupper() and len(tok.text) > 4:
                words[tok.text] = words.get(tok.text, 0) + 1
    found = [(count, name) for name in names if " " not in name
             for word, count in words.items() if count >= 2 and word in {name + "n", name + "an", name[:-1] + "an"}]
    return max(found)[1] if found else None


def _names_a_place(tok: Token) -> bool:
    """"the city of Orsena": a town noun that gives the town's name."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
               for c in tok.children)


def _nation(props: Sequence[Proposition], land: str | None, actor: str | None) -> str | None:
    """The country whose "the government" the article means: its place, when that is no town
    (the article never speaks of "the town", "the city" or a council of its own) nor its actor."""
    if not land or (actor and land in actor):
        return None
    for prop in props:
        for tok in prop.parsed.span:
            if tok.lemma_.lower() in {"town", "city", "village", "borough", "council"} and tok.pos_ in {"NOUN", "PROPN"} and (
                    not _names_a_place(tok)):  # ("the southern city of Orsena" is one place in the country)
                return None
    return land
