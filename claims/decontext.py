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

from claims.attribution import REPORTING_VERBS
from claims.backshift import date_word
from claims.decompose import PERSON_NOUNS, Proposition, tidy
from claims.inflect import gerund, plural
from claims.inflect import possessive as _possessive

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
    derived: bool = False  # itself the product of resolving a possessive ("Analysts’ forecasts")


def _body_name(name: str) -> bool:
    """"Redmarsh City", "Sporting Velar", "Rivermead Water": the name of a body, not a person."""
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and (words[-1] in _ORGANISATION_WORDS | _CLUB_WORDS or words[0] in _CLUB_WORDS)


def _is_person(span_text: str, head: Token | None) -> bool:
    words = [w.lower().strip(".") for w in span_text.split()]
    if _body_name(span_text) and all(w[:1].isupper() for w in span_text.split()):
        return False  # a named body ("Redmarsh City"); "the city council" keeps its old reading below
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


# Verbs whose "to" complement is a decision that "it"/"this" can point back to.
_DECIDING = {"vote", "decide", "agree", "choose", "opt", "resolve", "elect", "plan", "move"}
_MODIFIERS = {"compound", "amod", "nmod", "nummod"}
# Modifiers that pick out one of several things, so the bare noun need not mean the same one.
_DEICTIC = {"last", "next", "first", "previous", "same", "other", "such", "former", "latter", "final", "earlier", "later"}


def _proper(mention: str) -> bool:
    return any(w[:1].isupper() for w in mention.split())


def _mention(head: Token) -> str | None:
    """The noun phrase of ``head`` without its determiner when it says more than the bare
    noun: noun/adjective modifiers or an "of" phrase ("Central Bank of Varenia")."""
    # a comparative in front says which one at that moment, not what it is ("tougher inspection rules")
    # and a measure says how big, not which one ("the 1.9-tonne spacecraft" is no fuller than "the spacecraft")
    left = [t for t in head.lefts if t.dep_ in _MODIFIERS and not (t.tag_ in {"JJR", "JJS", "RBS"} and t.i == head.left_edge.i
                                                                   and t.dep_ == "amod") and not _measure(t)]
    words = sorted({t for x in left for t in x.subtree}, key=lambda t: t.i)
    while words and words[0].pos_ == "DET":  # "The" of "The Redmarsh Supporters’ Trust" hung on "Supporters"
        words.pop(0)
    if words and words[0].i + len(words) != head.i:
        return None  # modifiers not contiguous with the head
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1]
    tail: list[Token] = []
    if of:  # "Central Bank of Varenia", "the government of New Calder"
        tail = list(of[0].subtree)
        if not all(t.pos_ in {"PROPN", "ADP", "DET", "CCONJ"} for t in tail) or tail[-1].pos_ != "PROPN":
            tail = []
    if not words and not tail:
        return None
    tokens = [*words, head, *tail]
    # a plural's apostrophe belongs to the name ("Redmarsh Supporters’ Trust")
    if any(t.is_punct and t.text not in "-–" and not (t.text in "’'" and t.head.tag_ == "NNPS") for t in tokens) or (
            len(tokens) > 7):
        return None
    if any(t.pos_ in {"PRON", "VERB"} or t.tag_ in {"JJR", "JJS", "RBS"} or t.lower_ in _DEICTIC for t in tokens):
        return None
    return "".join(t.text_with_ws for t in tokens).strip()


# General labels an article uses for a thing it introduced under a more specific noun
# ("approved a law that will ban X. The measure passed by 54 votes to 38").
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
# Nouns that name the article's main action when bare ("the decision", "the move").
_EVENT_NOUNS = {"decision", "move", "vote", "step", "change", "deal", "announcement", "takeover", "acquisition"}
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
    elif not first or subj is None or subj.pos_ != "PROPN":
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
    ids = [t for t in obj.subtree if not (t.dep_ == "prep" and t.lower_ in _CIRCUMSTANTIAL and t.head.i == obj.i)]
    ids = [t for t in ids if all(a.i in {x.i for x in ids} for a in t.ancestors if a.i in {x.i for x in obj.subtree})]
    after = obj.right_edge.i + 1 + (named is not None and obj is named)  # past the comma closing the name
    nxt = next((c for c in verb.children if c.dep_ == "prep" and c.i == after), None)
    if nxt is not None and nxt.lower_ not in _CIRCUMSTANTIAL:
        ids += list(nxt.subtree)
    if any(t.is_punct and t.text not in "-–%" for t in ids):
        return None
    last = max(t.i for t in ids)
    if last + 1 < len(span.doc) and span.doc[last + 1].text in {"’s", "'s"} and span.doc[last + 1].dep_ == "punct":
        ids.append(span.doc[last + 1])  # "Bellamy’s" read as a name and a stray "’s"
    owner = None
    if subj is not None and subj.pos_ == "PROPN":
        owner = _mention(subj) or subj.text
        if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            owner = "the " + owner
    ids = sorted(ids, key=lambda t: t.i)
    words = "".join(t.text + (" " if t.whitespace_ or (n + 1 < len(ids) and ids[n + 1].i != t.i + 1) else "")
                    for n, t in enumerate(ids))
    return owner, "to " + verb.lemma_.lower() + " " + words.strip()


def _announced(span: Span) -> tuple[Token, Token] | None:
    """"Northpost announced that it would stop X" -> (Northpost, stop): a named actor's
    announced decision anywhere in the opening sentence."""
    for tok in span:
        if tok.lemma_.lower() not in {"announce", "confirm", "decide", "say"}:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        if subj is not None and clause is not None:
            return subj, clause
    return None


def _event_phrase(event: tuple[str | None, str], noun: str) -> str:
    owner, action = event
    return f"{_possessive(owner)} {noun} {action}" if owner else f"the {noun} {action}"


def _introduced(head: Token) -> str | None:
    """"approved a law that will ban gas boilers" -> "law that will ban gas boilers": an
    indefinite first mention whose restrictive relative clause says which thing it is."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
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
    return "".join(t.text_with_ws for t in tokens).strip()


# Class nouns by which an article refers back to the organisation it is about ("the company").
_CLASS_NOUNS = {
    "company", "firm", "club", "carrier", "operator", "business", "airline", "retailer", "lender", "insurer", "maker",
    "chipmaker", "supplier", "manufacturer", "broadcaster", "publisher",
}


def _actor(span: Span) -> str | None:
    """The first proper-noun subject of the article's opening sentence: the organisation or
    place the article is about ("Lumora Systems, the Dublin-based maker of chips, reported ...")."""
    for tok in span:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and tok.lemma_.lower() in _INSTITUTIONS:
            # "The government of New Calder approved ..." -> New Calder
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of else None
            if place is not None:
                return _mention(place) or " ".join(t.text for t in place.subtree)
            return None
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
            continue
        chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        words = [t.text for t in [*chain, tok]]
        if words[0].lower().strip(".") in _TITLES or any(c.dep_ == "appos" and c.like_num for c in tok.children):
            return None  # a person
        name = _mention(tok) or " ".join(words)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            name = "the " + name
        return name
    return None


# Nouns that need an argument to be understood ("the budget" of what?): a bare one is read
# as being about the article's main undertaking.
_RELATIONAL = {"budget", "cost", "costs", "timetable", "schedule", "construction", "funding", "financing", "route",
               "deadline", "opening", "completion"}


def _set_off(tok: Token) -> bool:
    left = tok.left_edge.i - 1
    return left >= 0 and tok.doc[left].text in {",", "—", "–", "("}


def _nominalises(noun: str, verb: str) -> bool:
    """"extension" names the act of "extend", "closure" of "close" (a shared stem)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return noun != verb and len(stem) >= 4 and noun.startswith(stem[: max(4, len(stem) - 1)])


_EXTRAPOSED = re.compile(r"^It (is|was|would be|will be|seems|would have been) (.+?) to (\w+)\b(.*?)\.?$")


_RAISING = {"likely", "unlikely", "certain", "sure", "bound", "due", "set", "able", "unable", "going", "about", "yet",
            "supposed", "meant", "poised", "ready", "designed", "built", "made", "known", "said", "thought"}


def _extraposed(text: str) -> str | None:
    """"It is a mistake to let ministers decide." -> "Letting ministers decide is a mistake."
    (the "it" points forward to the infinitive, so the claim reads alone without it)."""
    m = _EXTRAPOSED.match(text)
    if m is None or not m.group(3).islower() or m.group(3) in {"be", "the", "a", "an"} or len(m.group(2).split()) > 6:
        return None
    last = m.group(2).split()[-1].lower()
    if last.endswith(("ed", "en")) or last in _RAISING:
        return None  # "It is expected to cut ...": "it" is a real subject
    return f"{gerund(m.group(3)).capitalize()}{m.group(4)} {m.group(1)} {m.group(2)}."


_HEDGE_ADVERBS = {"likely": "likely", "possible": "possibly", "probable": "probably", "clear": "clearly",
                  "certain": "certainly", "unlikely": "probably not", "obvious": "obviously", "true": "indeed"}
_EXPLETIVE = re.compile(r"^It (is|was|seems|appears|remains) (\w+) that (.+)$")
_FIRST_AUX = re.compile(r"\b(will|would|could|may|might|can|should|must|is|are|was|were|has|have|had)\b")


def _hedged(text: str) -> str | None:
    """"It is likely that prices will fall." -> "Prices will likely fall.": the same hedge,
    without the empty "it" a reader might take for a reference."""
    m = _EXPLETIVE.match(text)
    if m is None or m.group(2).lower() not in _HEDGE_ADVERBS:
        return None
    clause = m.group(3)
    aux = _FIRST_AUX.search(clause)
    if aux is None or len(clause[: aux.start()].split()) > 8 or not clause[: aux.start()].strip():
        return None
    adverb = _HEDGE_ADVERBS[m.group(2).lower()]
    out = f"{clause[: aux.end()]} {adverb}{clause[aux.end() :]}"
    return out[0].upper() + out[1:]


_POST_MODIFIER = {"polled", "surveyed", "questioned", "by", "of", "in", "at", "for", "from", "with", "who", "that",
                  "which", "on", "across"}
_QUANTIFIERS = {"most", "many", "some", "all", "several", "few", "both", "other"}


def _owner_head(phrase: str) -> str:
    """The owner a possessive can attach to: "Most economists polled by Market Weekly" ->
    "Economists" (a post-modified phrase cannot take "’s" at its end)."""
    words = phrase.split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in _POST_MODIFIER), len(words))
    head = words[:cut]
    while len(head) > 1 and head[0].lower() in _QUANTIFIERS:
        head = head[1:]
    out = " ".join(head)
    return out[0].upper() + out[1:] if cut < len(words) or head != words[: len(head)] else phrase


def _gerund_clause(span: Span) -> str | None:
    """"Ministers appear content to let X go." -> "Ministers appearing content to let X go"
    (a clause turned into a subject); "The agency said partners had covered the overrun." ->
    "Partners having covered the overrun" (what was said, not the saying); None for questions,
    modals and subjectless clauses."""
    root, end = span.root, span.end
    said = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if root.lemma_.lower() in REPORTING_VERBS and said is not None and said.pos_ in {"VERB", "AUX"}:
        root, end = said, said.right_edge.i + 1
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if root.pos_ not in {"VERB", "AUX"} or subj is None or subj.pos_ == "PRON" or span.text.rstrip().endswith("?"):
        return None
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"} and c.i < root.i]
    if any(a.tag_ == "MD" for a in auxes):
        return None
    verb = auxes[0] if auxes else root
    ing = {"have": "having", "be": "being"}.get(verb.lemma_.lower()) or gerund(verb.lemma_.lower())
    # a second clause with its own subject ("..., and its steel towns are marginal seats") is not part of it
    second = next((c for c in root.children if c.dep_ == "conj" and any(x.dep_ in {"nsubj", "nsubjpass"} for x in
                                                                         c.children)), None)
    if second is not None:
        end = second.left_edge.i
        while span.doc[end - 1].dep_ == "cc" or span.doc[end - 1].is_punct:
            end -= 1
    tail = [t for t in span if verb.i < t.i < end and not (t.is_punct and t.i == span.end - 1)]
    text = "".join(t.text_with_ws for t in subj.subtree).strip() + f" {ing} " + "".join(t.text_with_ws for t in tail)
    text = tidy(_INNER_CONNECTIVE.sub("", text))
    return text if subj.left_edge.pos_ == "PROPN" else text[0].lower() + text[1:]


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


# What an organisation has or does, so a bare "the plan" in an article about it is its plan.
_OWNED = {"plan", "promise", "pledge", "commitment", "proposal", "strategy", "offer", "bid", "rule", "result",
          "forecast", "target", "budget", "spending", "share", "profit", "revenue", "sale", "merger", "closure",
          "signal", "guidance", "outlook", "priority", "partnership", "alliance"}
# Common nouns that name an institution by its kind, so "the bank" can be "the Central Bank of Varenia".
_INSTITUTIONS = {
    "bank", "council", "company", "agency", "authority", "board", "union", "court", "government", "ministry",
    "department", "party", "club", "commission", "committee", "assembly", "parliament", "service", "trust", "school",
    "university", "college", "hospital", "regulator", "federation", "association", "institute", "office", "league",
    "group", "firm", "team", "police", "army", "fund", "foundation", "station", "plant", "factory", "museum", "gallery",
    "airport", "port", "bridge", "line", "road", "railway", "party", "tribunal", "exam", "certificate", "prize",
}
_POSSESSIVE_S = re.compile(r"\b([A-Z]\w*s)[’']s\b")
_JOINT = {"merger", "partnership", "alliance", "tie-up", "combination"}  # undertakings of two parties
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"}
_NAMED_KINDS = {"river", "lake", "mount", "island", "bay", "reservoir", "canal", "loch", "forest", "desert"}
_SALE = re.compile(r"^to sell (.+?) to ((?:[A-Z]\S*\s?)+?)(?= for |$)")  # "to sell Joel Anders to Sporting Velar"
_THE_AGED = re.compile(r"^The \w+-year-old (\w+)\b(?! of)")
_FIGURES = {"figure", "number", "rate", "share", "proportion", "total"}
_THE_FIGURE = re.compile(r"(?:^|(?<=\w ))(The|That|This|the) (figure|number|rate|share|proportion|total)\b(?! of)")
_THE_TWO = re.compile(
    r"\b[Tt]he two (chains|companies|firms|sides|groups|businesses|banks|clubs|teams|carriers|retailers|airlines|"
    r"parties|insurers|lenders|operators|brands|rivals|countries|nations|neighbours|neighbors)\b")
# What each of the two has: "the two economies" -> "the economies of Dravia and Solmark".
_COUNCIL_OF = re.compile(r"^(?:the )?([A-Z]\w+(?: [A-Z]\w+)?) (?:[Cc]ity|[Tt]own|[Dd]istrict|[Bb]orough) [Cc]ouncil$")
_THE_PLACE = re.compile(r"\b([Tt]he|[Tt]his) (town|city|village|state|country)([’']s)?\b(?!-| (?:council|hall|centre|"
                        r"center|assembly|government|authorities|police|college|university|limits|of)\b)")
_THE_TWO_OF = re.compile(r"\b([Tt]he) two (economies|governments|leaders|markets|currencies|armies|boards|"
                         r"workforces|networks)\b")


def _one_of(name: Token) -> str | None:
    """"Hugo Lindqvist, a planetary scientist at ..." -> "scientists": the kind of people a person
    is one of, when the article says so with "a"/"an" and no body owns the role."""
    role = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
    if role is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in role.children):
        return None
    return plural(role.lemma_.lower())


def _figure_subject(prop: Proposition, word: str) -> bool:
    """"in Keld the figure was 11.4%": the figure is the subject of a clause that gives a value."""
    tok = _find_token(prop.parsed.span, word)
    return tok is not None and tok.dep_ == "nsubj" and any(c.like_num or c.text == "%" for c in tok.head.subtree)


def _in_subject(tok: Token) -> bool:
    """``tok`` sits inside the subject of its clause ("Delays to its camera system pushed ...")."""
    return any(a.dep_ in {"nsubj", "nsubjpass"} for a in tok.ancestors) and tok.dep_ not in {"nsubj", "nsubjpass"}


def _measure(tok: Token) -> bool:
    """"1.9-tonne", "40-page", "45-day": a hyphenated number in front of a noun."""
    words = list(tok.subtree)
    return tok.dep_ in {"compound", "amod", "nummod"} and tok.i < tok.head.i and any(
        t.like_num for t in words) and any(t.text == "-" for t in words)


def _name_of(tok: Token) -> str:
    """A name with its compounds and a possessive-looking "’s" that belongs to it ("Bellamy’s")."""
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    text = " ".join(t.text for t in words)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in {"’s", "'s"} and nxt.head.i != tok.i + 2 and nxt.dep_ != "case":
        text += nxt.text
    return text


_ORGANISATION_WORDS = {
    "appliances", "systems", "water", "bank", "group", "council", "authority", "union", "agency", "association",
    "ltd", "inc", "corp", "company", "corporation", "partners", "capital", "securities", "research", "motors",
    "airlines", "airways", "energy", "holdings", "industries", "foods", "pharma", "pharmaceuticals", "trust", "board",
    "commission", "ministry", "department", "office", "service", "services", "institute", "foundation", "federation",
    "college", "university", "hospital", "party", "club", "markets", "technologies", "labs", "supermarkets", "stores",
    "telecom", "networks", "railways", "rail", "police", "court", "assembly", "parliament", "government", "fund",
    "school", "society", "media", "mail", "post", "electric", "steel", "mining", "motors", "insurance", "bancorp",
}
# Words after a place name that make a different thing of it ("Kellsford College" is not Kellsford).
_PLACE_INSTITUTIONS = {
    "college", "university", "school", "council", "hospital", "road", "street", "park", "centre", "center", "station",
    "airport", "bridge", "river", "lane", "court", "hall", "museum", "library", "church", "square",
    "hill", "hills", "valley", "bay", "port", "stadium", "ground", "police", "assembly", "district", "region",
}


_CLUB_WORDS = {"city", "town", "united", "rovers", "athletic", "wanderers", "albion", "county", "fc", "sporting",
               "real", "dynamo", "olympic", "rangers", "celtic"}


def _organisation(name: str) -> bool:
    """A name that ends in a word organisations carry ("Dorrance Appliances", "Rivermead Water")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower().strip(".") in _ORGANISATION_WORDS


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
        self.blocks: list[int] = []  # block index of each span
        self.names: list[str] = []
        self.last_source: str | None = None
        self.gender: dict[str, str] = {}
        self.orgs: dict[str, str] = {}  # speaker -> the body they speak for
        self.mentions: dict[tuple[str, bool], str] = {}  # (head lemma, plural) -> fullest earlier mention
        self.event: tuple[str | None, str] | None = None  # the article's first decided action
        self.introduced: dict[str, str] = {}  # head lemma -> "law that will ban X" (first mention)
        self.actor: str | None = None  # the named subject of the opening sentence
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
                if self.gender_of(full) not in (None, gender or word):
                    continue
                return full
        return None

    def gender_of(self, name: str) -> str | None:
        """"he"/"she" once a pronoun was resolved to this person under any form of the name
        ("Detective Inspector Ruth Adeyemi", "Ruth Adeyemi", "Adeyemi")."""
        last = name.split()[-1] if name.split() else name
        return self.gender.get(name) or next((g for n, g in self.gender.items() if n.split()[-1:] == [last]), None)

    def expand(self, surname: str) -> str:
        return next((n for n in reversed(self.names) if n.endswith(" " + surname)), surname)

    def pick(
        self, *, plural: bool | None = None, person: bool | None = None, gender: str | None = None,
        underived: bool = False,
    ) -> str | None:
        for ant in reversed(self.antecedents):
            if underived and ant.derived:
                continue
            if gender is not None and self.gender_of(ant.text) not in (None, gender):
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
            # "The ministry said its support ..." -> the ministry's: a body's "its" in its own report
            own = self.speaker_itself(prop, "it" if word == "its" else "they")
            if own and (body := self.resolve_source(own)):
                phrase = f"{_possessive(body)}{rest}"
                return phrase[0].upper() + phrase[1:]
            found = self.pick(plural=word == "their", person=False, underived=True)
            if found:  # "An independent review ... Its report" -> "The independent review’s report"
                found = re.sub(r"^an? (?=\w)", "The ", found, flags=re.IGNORECASE)
            return f"{_possessive(_owner_head(found))}{rest}" if found else f"The{rest}"
        return f"{_possessive(_name_only(found))}{rest}" if found else f"The{rest}"

    def resolve_start(self, text: str, prop: Proposition) -> str:
        if _POSSESSIVE.match(text):
            return self.resolve_possessive(text, prop)
        m = _PRONOUN.match(text)
        if not m:
            return text
        word = m.group(1).lower()
        rest = text[m.end() :]
        if word in _PERSON_PRON:
            found = self.speaker_as_subject(prop, word) or self.same_sentence_name(prop, word) or self.pick(
                person=True, gender=word)
            if found:
                self.gender.setdefault(found, word)  # "He scored ..." -> Joel Anders is a "he"
            return f"{found}{rest}" if found else text
        if word in {"it", "they"}:
            if word == "it" and re.match(r"\s+(is|was|seems|appears|remains)\s+\w+\s+(that|whether)\b", rest):
                return text  # expletive "It is likely that ..."
            if word == "it" and (gerund := _extraposed(text)):
                return gerund
            own = self.speaker_itself(prop, word)
            if own:
                return f"{own}{rest}"
            if word == "it" and (event := self.event_said(prop)):
                return f"The {event}{rest}"
            found = self.pick(plural=word == "they", person=None if word == "they" else False)
            if found is None and word == "it":
                found = self.decision(prop)
            return f"{found}{rest}" if found else text
        tok = _find_token(prop.parsed.span, word)
        nxt = tok.nbor() if tok is not None and tok.i + 1 < span_end(tok) else None
        is_det = tok is not None and (tok.dep_ == "det" or (nxt is not None and nxt.pos_ in {"NOUN", "ADJ"}))
        if is_det:
            # The owner comes from the sentence just before, in the same paragraph: a
            # demonstrative that opens a paragraph sums up more than one sentence.
            block = prop.parsed.sentence.block_index
            earlier = [s for s in self.spans if s is not prop.parsed.span]
            same_block = bool(earlier) and self.blocks[len(earlier) - 1] == block
            owner = _owner(earlier) if word in {"this", "that"} and same_block else None
            place = nxt is not None and nxt.lemma_.lower() in _PLACES
            if owner and not place and owner.lower() not in text.lower()[: len(owner) + 40]:
                return f"{_possessive(owner)}{rest}"
            return f"The{rest}" if word != "such" else f"Such{rest}"
        if word in {"this", "that"}:
            # A bare "This" after "The council voted to X" points at the decision, not a thing.
            found = (self.decision(prop) or self.event_named(prop, tok) or self.same_kind(tok)
                     or self.whole_clause(prop, tok) or self.pick(plural=False, person=False))
        else:
            found = self.pick(plural=word in {"these", "those"}, person=False)
        return f"{found}{rest}" if found else text

    def event_said(self, prop: Proposition) -> str | None:
        """"The agency launched its probe ... “It was a textbook launch”" -> "The launch was a
        textbook launch": "it" is the event its predicate names, when the article told it as a verb."""
        pron = _find_token(prop.parsed.span, "it")
        if pron is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be":
            return None
        attr = next((c for c in pron.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is None or attr.lemma_.lower() not in self.verbs_seen or attr.tag_ != "NN":
            return None
        noun = attr.lemma_.lower()
        for span in reversed(self.spans):  # "launched its Lantern probe" -> "launch of the Lantern probe"
            verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_.lower() == noun), None)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
            if obj is not None:
                words = [t.text for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj.text]
                return f"{noun} of the {' '.join(words)}" if obj.pos_ == "NOUN" else f"{noun} of {' '.join(words)}"
        return noun

    def whole_clause(self, prop: Proposition, pron: Token | None) -> str | None:
        """"Ministers appear content to let X take the blame. That is a mistake." -> "Ministers
        appearing content to let X take the blame is a mistake": a verdict on what the sentence
        before says, not on a thing in it."""
        if pron is None or pron.dep_ != "nsubj" or not self.spans:
            return None
        pred = next((c for c in pron.head.children if c.dep_ in {"attr", "acomp"}), None)
        verdict = pron.head.lemma_ == "be" and pred is not None and pred.lemma_.lower() in _VERDICTS
        # "Dravia holds an election in October. That makes a climbdown unlikely." -> what it makes so
        consequence = pron.head.lemma_ in {"make", "mean"} and pron.lower_ in {"that", "this"}
        if not verdict and not consequence:
            return None
        block = prop.parsed.sentence.block_index
        if self.spans[-1] is prop.parsed.span or self.blocks[-1] != block:
            return None
        found = _gerund_clause(self.spans[-1])
        if found:
            self.clausal.add(found)
        return found

    def speaker_as_subject(self, prop: Proposition, word: str) -> str | None:
        """"Local MP Harriet Lowe said she had written to ..." -> Harriet Lowe: "he"/"she" opening
        what a named person reports is that person, unless the pronoun's gender says otherwise."""
        source = prop.attributed_to
        if not source or source.lower() in {"he", "she", "they", "we", "i"} or _organisation(source):
            return None
        name = _name_only(self.resolve_source(source) or source)
        if len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()) or self.gender_of(name) not in (
                None, word):
            return None  # a person's name, not "Martin Caldwell’s defence team"
        pron = _find_token(prop.parsed.span, word)
        if pron is None or pron.dep_ not in {"nsubj", "nsubjpass"} or pron.head.dep_ not in {"ccomp", "relcl"}:
            return None
        return name

    def speaker_itself(self, prop: Proposition, word: str) -> str | None:
        """"The hospital trust said it had recovered ..." -> the trust: the subject of a reported
        clause that agrees with a non-person source is that source."""
        source = prop.attributed_to
        if not source or not any(t.lemma_.lower() in REPORTING_VERBS for t in prop.parsed.span):
            return None
        body = source.lower().startswith("the ") or _organisation(source)  # "the trust", "Dorrance Appliances"
        # "Steelmaker Norrfors, which employs 5,200 people, said it ...": "which" tells a body
        body = body or any(t.lower_ == "which" and t.head.dep_ == "relcl" and t.head.head.text == source.split()[-1]
                           for t in prop.parsed.span)
        if source.lower() in {"he", "she", "they", "we", "i"} or self.gender_of(source) or (
                not body and (source in self.names or _name_only(source) != source)):
            return None
        plural = source.endswith("s") and not source[:1].isupper()
        # "it" is a body or a one-word name no person in the article goes by ("Northpost")
        body = body or (
            " " not in source and source[:1].isupper() and not any(n.split()[-1] == source for n in self.names))
        if (word == "they") != plural or (word == "it" and not body):
            return None
        return source

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

    def of_the_group(self, text: str) -> str:
        """"About 1,200 residents were moved out. Most are staying with relatives." -> "Most of the
        residents are staying with relatives.": a bare quantifier opening a claim counts the group
        named just before."""
        m = _BARE_QUANTIFIER.match(text)
        group = self.pick(plural=True, person=None) if m else None
        if m is None or group is None:
            return text
        head = group.split()[-1]
        return f"{m.group(1)} of the {head}{text[m.end(1):]}" if head.islower() else text

    def of_last_thing(self, text: str, prop: Proposition) -> str:
        """"Results are expected in 2031." -> "Results of the randomised trial are expected in 2031.":
        a bare relational plural that opens a claim belongs to the thing just named."""
        m = _BARE_RELATIONAL.match(text)
        tok = _find_token(prop.parsed.span, m.group(1)) if m else None
        if m is None or tok is None or any(True for _ in tok.children) or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return text
        thing = self.last_thing()
        return f"{m.group(1)} of {thing}{text[m.end(1):]}" if thing else text

    def last_resort(self, text: str) -> str | None:
        """A claim must not open with a reference the reader cannot follow (guideline 1.2):
        when the rules above found nothing, take the most recent compatible thing the article
        named, else its main actor; None when there is nothing at all to point to."""
        m = UNRESOLVED_START.match(text)
        if m is None:
            return text
        word, rest = m.group(1).lower(), text[m.end() :]
        if word in {"his", "her", "its", "their"}:
            return f"The{rest}"
        if word == "such":
            return f"The{rest}" if re.match(r"\s+[a-z]", rest) and not re.match(r"\s+an?\b", rest) else None
        if word in {"he", "she"}:
            found = next((n for n in reversed(self.names) if len(n.split()) >= 2 and not _body_name(n)
                          and self.gender_of(n) in (None, word)), None)
            if found:
                self.gender.setdefault(found, word)
        elif word in {"they", "these", "those"}:
            found = self.pick(plural=True) or self.pick(person=False) or self.actor
        else:
            found = self.last_thing() or self.pick(plural=False, person=False) or (
                _event_phrase(self.event, "decision") if self.event else self.actor)
        if found is None:
            return None
        return f"{found[0].upper()}{found[1:]}{rest}"

    def decision(self, prop: Proposition) -> str | None:
        """"The council voted to ban X." + "It/This ..." -> "The decision to ban X"."""
        earlier = [s for s in self.spans if s is not prop.parsed.span]
        if not earlier:
            return None
        root = earlier[-1].root
        if root.lemma_.lower() not in _DECIDING:
            return None
        xcomp = next((c for c in root.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"), None)
        if xcomp is None or not any(c.lower_ == "to" for c in xcomp.children):
            return None
        words = [t for t in xcomp.subtree if t.dep_ != "npadvmod" or t.head is not xcomp]
        return "the decision " + tidy("".join(t.text_with_ws for t in words))

    def undertaking(self) -> str | None:
        """"the extension of the Line 2 tram": the decided action, once the article has named it."""
        if self.event is None or self.nominal is None:
            return None
        return f"the {self.nominal} of {self.event[1].split(' ', 2)[2]}"

    def same_kind(self, pron: Token | None) -> str | None:
        """"This is the second boil-water notice in three years." -> the boil-water notice the
        article named before ("this" is one of the kind its predicate names); "This is the
        right moment to invest" -> "now"."""
        if pron is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be":
            return None
        attr = next((c for c in pron.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is None:
            return None
        if attr.lemma_.lower() in {"moment", "time"}:
            return "now"
        mention = self.mentions.get((attr.lemma_.lower(), False)) or self.introduced.get(attr.lemma_.lower())
        if mention is None and any(c.lower_ in _ORDINALS for c in attr.subtree if c.i < attr.i):
            return f"the current {attr.text}"  # "This is the third serious flood in eight years": the present one
        return f"the {mention}" if mention else None

    def event_named(self, prop: Proposition, pron: Token | None) -> str | None:
        """"This is the most important decision ..." -> the article's decided action."""
        if pron is None or self.event is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be":
            return None
        attr = next((c for c in pron.head.children if c.dep_ == "attr"), None)
        if attr is None or attr.lemma_.lower() not in _EVENT_NOUNS:
            return None
        return _event_phrase(self.event, "decision")

    def resolve_source(self, source: str | None) -> str | None:
        if source is None:
            return None
        if _THE_TWO.fullmatch(source):
            return self.pair() or source
        low = source.lower()
        if low in {"he", "she", "they"}:
            gender = low if low != "they" else None
            found = self.pick(plural=low == "they", person=True if low != "they" else None, gender=gender)
            if low == "they" and self.last_source and _owner_head(self.last_source).endswith("s") and (
                    not self.last_source[:1].isupper()):
                found = self.last_source  # "The money, they said, ..." after "Prosecutors said ..."
            if found and gender:
                self.gender[found] = gender
                return _name_only(found)
            return found or source
        if (m := re.fullmatch(r"(his|her) (.+)", source)) is not None:
            # "his defence team" -> "Martin Caldwell’s defence team"
            gender = "he" if m.group(1) == "his" else "she"
            found = self.pick(person=True, gender=gender) or next(
                (n for n in reversed(self.names) if len(n.split()) >= 2 and self.gender_of(n) in (None, gender)), None)
            return f"{_possessive(_name_only(found))} {m.group(2)}" if found else source
        if low == "it":
            # "It added that ..." -> the body that spoke last; "It expects ..." -> the bank named before
            last = self.last_source
            if last and not self.gender_of(last) and (_name_only(last) != last or _body_name(last)) and (
                    not _owner_head(last).endswith("s") or last[:1].isupper()):
                return last
            found = self.pick(plural=False, person=False)
            return re.sub(r"^The\b", "the", found) if found else source
        if " " not in source and source.islower() and (named := self.full_name(source.capitalize())):
            return named  # "rivermead" (a sentence-initial name the tagger took for a common noun)
        if " " not in source and source[:1].isupper():
            # A surname ("Haddad") names the person introduced in full earlier; "Dorrance" its company.
            found = self.expand(source)
            return found if found != source else self.full_name(source) or source
        if m := re.fullmatch(r"the (\w+)", source):
            if m.group(1) in _CLASS_NOUNS and self.actor:
                return self.actor  # "the company says" -> Northpost
            mention = self.mentions.get((m.group(1), False))
            if mention is not None:
                return mention if re.match(r"\w+[’']s ", mention) else f"the {mention}"  # not "the Solmark’s Ministry"
        return source

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
            if tok.pos_ == "PROPN" and tok.dep_ != "compound":
                chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
                if chain:
                    name = " ".join(t.text for t in [*chain, tok] if t.text.lower().strip(".") not in _TITLES)
                    self.names.append(name)
                    if (owner := self.role_owner(tok)) is not None:
                        self.orgs.setdefault(name, owner)
                    elif (kind := _one_of(tok)) is not None:
                        self.kinds.setdefault(name, kind)

    def role_owner(self, name: Token) -> str | None:
        """"Helga Brandt, the council’s chief executive" / "The club’s chairman, Ian Roe" -> the
        body whose role the person holds, as the article named it ("the Solmark Dairy Council")."""
        roles = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            roles.append(name.head)
        owner = next((c for r in roles for c in r.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
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
        texts = [span.text.lower() for span in [*self.spans, name.sent]]
        return f"the {mention}" if any(f"the {mention.lower()}" in t for t in texts) else mention

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

    def remember_mentions(self, span: Span) -> None:
        """Keep the fullest mention of each head noun ("the Line 2 tram extension")."""
        self.nouns_seen |= {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}
        self.verbs_seen |= {t.lemma_.lower() for t in span if t.pos_ == "VERB"}
        for tok in span:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "poss", "nmod", "attr", "oprd"}:
                continue  # a predicate nominal ("is the most important decision") names no referent
            if tok.tag_ == "NN" and tok.lemma_.lower() not in self.introduced and (intro := _introduced(tok)):
                self.introduced[tok.lemma_.lower()] = intro
            found = _mention(tok)
            if found is None:
                continue
            key = (tok.lemma_.lower(), tok.tag_ in {"NNS", "NNPS"})
            old = self.mentions.get(key)
            if old is None or (_proper(found) and not _proper(old)) or (
                _proper(found) == _proper(old) and len(found.split()) > len(old.split())
            ):
                self.mentions[key] = found

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
        spans = list(reversed(self.spans[-2:]))
        current = self.current
        if current is not None and not any(t.lower_ in _FIGURES and t.head.i == current.root.i for t in current):
            spans.insert(0, current)  # "26.1% of entries got an A, while in Keld the figure was 11.4%"
        for span in spans:
            if not any(t.like_num or t.text == "%" for t in span):
                continue
            subj = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == span.root.i), None)
            if subj is None or subj.pos_ == "PRON" or subj.i > span.root.i:
                continue
            if subj.like_num or any(c.like_num for c in subj.children) or subj.text == "%":
                return _share(subj, span)  # "18.7% of entries were awarded an A": a value of a share
            words = [t for t in subj.subtree if not (t.dep_ in {"relcl", "appos"} and _set_off(t))]
            return "".join(t.text_with_ws for t in words).strip()
        return None

    def name_the_two(self, text: str) -> str:
        """"The two chains set out their plan" -> "Freshway and Bellamy’s set out their plan"; "the
        two economies" -> "the economies of Dravia and Solmark"."""
        m = _THE_TWO.search(text)
        if (of := _THE_TWO_OF.search(text)) is not None and (pair := self.pair()) is not None:
            return f"{text[: of.start()]}{of.group(1)} {of.group(2)} of {pair}{text[of.end():]}"
        if m is None or (pair := self.pair()) is None:
            return text
        return f"{text[: m.start()]}{pair[0].upper() + pair[1:] if m.start() == 0 else pair}{text[m.end():]}"

    def expand_descriptions(self, text: str, prop: Proposition) -> str:
        """"The extension was proposed" -> "The Line 2 tram extension was proposed" when the
        article named it in full before; only a bare "the + noun" is expanded."""
        text = self.name_the_two(text)
        if (m := _THE_AGED.match(text)) and (person := self.last_person()) and person not in text:
            text = person + text[m.end() :]  # "The 27-year-old striker joined ..." -> "Joel Anders joined ..."
        if (m := _THE_FIGURE.search(text)) and (m.start() == 0 or _figure_subject(prop, m.group(2))) and (
                quantity := self.statistic()):
            quantity = quantity[0].upper() + quantity[1:] if m.start() == 0 else quantity
            text = text[: m.start()] + quantity + text[m.end() :]
        for tok in prop.parsed.span:
            if tok.pos_ != "NOUN" or tok.dep_ in {"compound", "nmod", "npadvmod"}:
                continue
            # "The 1.9-tonne spacecraft": a measure says how big, not which one, so it is looked past
            measures = [c for c in tok.children if _measure(c)]
            # "called the decision “unjustified”": an adjective after the noun is said of it, not which one
            kids = [c for c in tok.children if c.dep_ != "case" and c not in measures
                    and not (c.dep_ == "amod" and c.i > tok.i)]
            undertaking = self.undertaking()
            if tok.lemma_.lower() in _RELATIONAL and undertaking and (
                not kids or [c.lower_ for c in kids] == ["the"]
            ) and undertaking.split()[-1] not in text:
                m = re.compile(rf"\b(?:(the|this|that) )?{re.escape(tok.text)}\b", re.IGNORECASE).search(text)
                if m is not None and (m.start() == 0 or tok.dep_ in {"nsubj", "nsubjpass"}):
                    link = "of" if tok.lemma_.lower() in {"construction", "completion", "opening"} else "for"
                    words = f"{m.group(0)} {link} {undertaking}"
                    text = f"{text[: m.start()]}{words}{text[m.end() :]}"
                continue
            if not kids or any(c.dep_ != "det" and c.i < tok.i for c in kids):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
                continue
            det = next((c for c in kids if c.i < tok.i), None)
            if det is None or det.lower_ not in {"the", "this", "that", "these", "those"} or det.i != min(
                    [tok.i, *(c.left_edge.i for c in measures)]) - 1:
                continue
            mention = self.mentions.get((tok.lemma_.lower(), tok.tag_ in {"NNS", "NNPS"})) or (
                self.kind_named(tok.lower_))
            bare = [c for c in kids if c.dep_ != "punct" and not (c.dep_ in {"relcl", "appos", "acl"} and _set_off(c))]
            if tok.tag_ == "NN" and len(bare) == 1:
                mention = self.introduced.get(tok.lemma_.lower(), mention)
                for other in _LABELS.get(tok.lemma_.lower(), ()) if mention is None else ():
                    mention = mention or self.introduced.get(other) or self.mentions.get((other, False))
            if (
                self.event is not None and tok.tag_ == "NN"
                and len([c for c in kids if c.dep_ != "punct" and not (c.dep_ in {"relcl", "appos", "acl"}
                                                                       and _set_off(c))]) == 1
                and _nominalises(tok.lemma_.lower(), self.event[1].split()[1])
            ):
                m = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}\b", re.IGNORECASE).search(text)
                if m is not None:
                    self.nominal = tok.lemma_.lower()
                    text = f"{text[: m.end()]} of {self.event[1].split(' ', 2)[2]}{text[m.end() :]}"
                continue
            if tok.lemma_.lower() in _CLASS_NOUNS and tok.tag_ == "NN" and self.actor and len(kids) == 1:
                m = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}(’s|'s)?\b(?!-)", re.IGNORECASE).search(text)
                if m is not None:
                    name = _possessive(self.actor) if m.group(2) else self.actor
                    name = name[0].upper() + name[1:] if m.start() == 0 else name
                    text = f"{text[: m.start()]}{name}{text[m.end() :]}"
                continue
            if tok.lemma_.lower() in _EVENT_NOUNS and tok.tag_ == "NN" and self.event is not None:
                if tok.lemma_.lower() == "vote" and "vote" not in self.verbs_seen:
                    continue  # "before the vote" after "holds a general election" is the election
                if len([c for c in kids if c.dep_ != "punct" and not (c.dep_ in {"relcl", "appos", "acl"}
                                                                       and _set_off(c))]) > 1:
                    continue  # "the decision to close X", "the vote on Y" say which one
                pattern = re.compile(rf"\b(the|this|that) {re.escape(tok.text)}\b", re.IGNORECASE)
                m = pattern.search(text)
                if m is not None:
                    phrase = _event_phrase(self.event, tok.text)
                    phrase = phrase[0].upper() + phrase[1:] if m.start() == 0 else phrase
                    text = f"{text[: m.start()]}{phrase}{text[m.end() :]}"
                continue
            selling = self.event is not None and self.event[1].startswith("to sell ")
            if tok.lemma_.lower() in {"offer", "bid"} and selling:
                # the offer for what the actor sells is the buyer's, not the actor's
                sale = _SALE.match(self.event[1]) if self.event else None
                m = re.compile(rf"\b[Tt]he {re.escape(tok.text)}\b(?! for)").search(text)
                if sale is not None and m is not None and len(bare) == 1:
                    offer = f"{_possessive(sale.group(2))} {tok.text} for {sale.group(1)}"
                    text = f"{text[: m.start()]}{offer}{text[m.end():]}"
                continue
            if mention is None and tok.lemma_.lower() in _OWNED and self.actor and len(bare) == 1 and (
                    tok.lemma_.lower() not in self.nouns_seen) and (
                    tok.dep_ in {"nsubj", "nsubjpass", "dobj"}):
                m = re.compile(rf"\b(the|these) {re.escape(tok.text)}\b", re.IGNORECASE).search(text)
                pair = self.pair() if tok.lemma_.lower() in _JOINT else None
                if m is not None and pair and pair.split(" and ")[0].lower() not in text.lower():
                    owned = f"{m.group(1)} {tok.text} of {pair}"  # "the merger of Freshway and Bellamy’s"
                    owned = owned[0].upper() + owned[1:] if m.start() == 0 else owned
                    text = f"{text[: m.start()]}{owned}{text[m.end() :]}"
                elif m is not None and self.actor.lower() not in text.lower():
                    if " of " in self.actor and not re.sub(r"^the ", "", self.actor)[:1].isupper():
                        # "the plan of the government of X" (but "the Central Bank of Varenia’s signal")
                        owned = f"{m.group(1)} {tok.text} of {self.actor}"
                    elif self.actor.startswith("the "):
                        owned = f"the {_possessive(self.actor[4:])} {tok.text}"
                    else:
                        owned = f"{_possessive(self.actor)} {tok.text}"
                    owned = owned[0].upper() + owned[1:] if m.start() == 0 else owned
                    text = f"{text[: m.start()]}{owned}{text[m.end() :]}"
                continue
            if mention is None or mention.lower() in text.lower():
                continue
            if mention.split()[-1][:1].isupper() and tok.lemma_.lower() not in _INSTITUTIONS and (
                    mention.split()[0].lower() != tok.lower_):
                continue  # "the water" is not "Rivermead Water"; "the bank" is "the Central Bank of Varenia",
                # "the river" the "River Tamsel"
            pattern = re.compile(rf"\b(the|this|that|these|those) ((?:[\d.,]+-\w+ )*){re.escape(tok.text)}\b",
                                 re.IGNORECASE)
            m = pattern.search(text)
            if m is None or (" of " in mention and mention[:1].islower() and text[m.end() : m.end() + 2] in {"’s", "'s"}):
                continue  # not "the government of New Calder’s plan"
            det_text = (m.group(1)[0] + "he " if m.group(1)[0] in "tT" else "the ") + m.group(2)
            if re.match(r"\w+[’']s ", mention):  # "Solmark’s Ministry of Trade and Industry" takes no article
                det_text, mention = "", mention[0].upper() + mention[1:] if m.start() == 0 else mention
            text = f"{text[: m.start()]}{det_text}{mention}{text[m.end() :]}"
        return text

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
        return text

    def kind_named(self, noun: str) -> str | None:
        """"the river" -> "River Tamsel": a name that opens with the kind of thing it names."""
        if noun not in _NAMED_KINDS:
            return None
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and n.split()[0].lower() == noun), None)

    def last_person(self) -> str | None:
        """The person the article named last, in full ("Joel Anders", not "Sporting Velar")."""
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and not _body_name(n)
                     and not _organisation(n)), None)

    def full_name(self, word: str) -> str | None:
        """"Caldwell" -> "Martin Caldwell", "Lumora" -> "Lumora Systems"; not "Brenna" -> "Brenna
        Public Health Agency" (a place that opens a longer name is still the place)."""
        return next((n for n in reversed(self.names) if len(n.split()) >= 2 and (
            word == n.split()[-1] or (word == n.split()[0] and len(n.split()) == 2 and (
                n.split()[1].lower() in (_ORGANISATION_WORDS | _CLUB_WORDS) - _PLACE_INSTITUTIONS
                or self.gender_of(n) is not None)))), None)  # "Lumora" -> "Lumora Systems"; "Joel" -> "Joel Anders"

    def expand_names(self, text: str, prop: Proposition) -> str:
        """A short name ("Caldwell", "Rovers", "Lumora") -> the full name the article gave it
        before ("Martin Caldwell", "Riverside Rovers", "Lumora Systems")."""
        for tok in prop.parsed.span:
            # a name, or a capitalised word the tagger took for something else ("Rivermead has set up ...")
            mistagged = tok.is_title and tok.pos_ in {"NOUN", "ADJ", "ADV"} and (
                tok.i > tok.sent.start or tok.dep_ in {"nsubj", "nsubjpass"})
            named = tok.pos_ == "PROPN" or mistagged
            if not named or tok.dep_ == "compound" or any(c.dep_ == "compound" for c in tok.children):
                continue
            if any(tok.doc[i].pos_ == "PROPN" for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(tok.doc)):
                continue
            full = self.full_name(tok.text)
            if full is None:
                continue
            # the short name where it stands alone, not inside the full name ("Redmarsh confirmed Redmarsh City’s deal")
            rest = full.split(tok.text, 1)[1] if full.startswith(tok.text) else ""
            alone = re.compile(rf"\b{re.escape(tok.text)}\b" + (f"(?!{re.escape(rest)})" if rest else ""))
            if full in text and not (rest and alone.search(text)):
                continue
            text = alone.sub(full, text, count=1)
        return _POSSESSIVE_S.sub(r"\1’", text)  # "Lumora Systems’s" -> "Lumora Systems’"

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

    def first_person(self, text: str, prop: Proposition, source: str) -> str:
        """"We will defend our producers," said the minister -> "Solmark will defend its producers":
        a speaker's "we" and "our" are the body they speak for; inside the claim only in a quote."""
        m = _WE.match(text)
        quoted = any(q in prop.parsed.sentence.text for q in "“”\"")
        inner = _INNER_WE.search(text) if quoted else None
        if m is None and inner is None:
            return text
        org = self.organisation(prop, source)
        kind = self.kinds.get(_name_only(source)) if org is None else None
        if kind is not None:  # "Hugo Lindqvist, a planetary scientist": "we" are scientists
            org = kind
        elif org is None and m is not None:  # at the start only: the article's main actor as a last guess
            org, inner = self.actor, None
        if org and " " not in org:
            org = self.full_name(org) or org
        if text.startswith("Together"):
            org = self.pair() or org  # "Together we can ..." after a merger: both parties
        if not org:
            return text
        one_body = org.lower().startswith("the ")

        def body(word: str, rest: str, named: bool) -> str:
            if kind is not None and named:  # "Scientists should wait before they have seen it"
                return ("their" if word.lower() == "our" else "they") + rest
            if word.lower() == "our":
                return ("its" if named else _possessive(org)) + rest
            if one_body:  # "the Bank of X" is one body: "we are" -> "the Bank of X is"
                rest = re.sub(r"^ (are|were|have)\b", lambda v: " " + _SINGULAR[v.group(1)], rest)
            return org + rest

        if m is not None:
            text = text[: m.start(1)] + body(m.group(1), text[m.end() :], False)
            text = text[0].upper() + text[1:]
        if inner is not None:
            while (inner := _INNER_WE.search(text)) is not None:
                text = text[: inner.start()] + body(inner.group(1), text[inner.end() :], org.lower() in text[: inner.start()].lower())
        return text

    def inner_pronouns(self, text: str, prop: Proposition, source: str | None) -> str:
        """A pronoun inside the claim whose antecedent the claim does not hold (guideline 1.2):
        "The jury cleared him" -> "The jury cleared Martin Caldwell"; "Production will move to its
        plant" in Dorrance Appliances' words -> "to Dorrance Appliances’ plant". A person is named
        only when the article told their gender and no other person it named since could be meant."""
        pos = 0
        while (m := _INNER_PRONOUN.search(text, pos)) is not None:
            pos = m.end()
            word, before = m.group(1).lower(), text[: m.start()]
            tok = self._nth_token(prop, word, len(re.findall(rf"\b{word}\b", before, re.IGNORECASE)), text)
            if tok is None:
                continue
            if word == "it":
                found = self.same_sentence_thing(prop, tok)
                if found is None or found.lower() in text.lower():
                    continue
                words = re.sub(r"^(The|A|An) ", lambda d: d.group(1).lower() + " ", found)
            elif word == "its":
                found = self.speaker_itself(prop, "it") if source else None
                if found is not None and found.lower() in {"the company", "the club"}:
                    found = source
                if found is None and _in_subject(tok):  # "Delays to its camera system pushed ...": as at the start
                    found = self.pick(plural=False, person=False, underived=True)
                    found = _owner_head(re.sub(r"^an? (?=\w)", "the ", found, flags=re.IGNORECASE)) if found else None
                if found is None or re.search(r"(?<!^)\b[A-Z]", before.strip()) or found.lower() in text.lower():
                    continue
                words = _possessive(re.sub(r"^The ", "the ", found))  # mid-sentence
            else:
                gender = "he" if word in {"his", "him"} else "she"
                found = self.person_meant(gender, before, prop, tok, source)
                if found is None:
                    continue
                words = _possessive(found) if tok.tag_ == "PRP$" else found
            text = text[: m.start()] + words + text[m.end() :]
            pos = m.start() + len(words)
        return text

    def same_sentence_thing(self, prop: Proposition, pron: Token) -> str | None:
        """"Shoppers’ Voice said the merger could raise prices and urged the authority to block it":
        an object "it" is the thing the sentence's claim before this one was about."""
        if pron.dep_ not in {"dobj", "pobj"} or self.last_claim is None:
            return None
        span, subject, plural, written = self.last_claim
        if span is not prop.parsed.span or not subject or not written or plural or _PRONOUN.match(written):
            return None
        head = _find_token(span, written.split()[-1])
        own = _find_token(prop.parsed.span, prop.subject.split()[-1]) if prop.subject else None
        if own is not None and own.pos_ == "NOUN" and own.tag_ == "NN":
            return None  # "A degree remained within reach of everyone who works for it": the claim's own
        return None if head is None or head.i > pron.i or _is_person(written, head) else subject

    def person_meant(
        self, gender: str, before: str, prop: Proposition, pron: Token, source: str | None
    ) -> str | None:
        """The person "he/his/him" ("she/her") means: the last person named whose gender the article
        told, unless a person of unknown gender was named after them, or the claim itself names one
        before the pronoun ("a player with two years left on his contract")."""
        if any(t.lemma_.lower() in PERSON_NOUNS or t.lower_ == "who" for t in prop.parsed.span if t.i < pron.i
               and t.text in before):
            return None
        quoted = any(q in prop.parsed.sentence.text for q in "“”\"")
        speaker = _name_only(source or "")
        for name in reversed(self.names):
            name = name if " " in name else (self.full_name(name) or name)  # "with Joel" -> Joel Anders
            if len(name.split()) < 2 or _body_name(name) or _organisation(name):
                continue
            if quoted and name == speaker:
                continue  # a speaker quoted says "me", so "him" is someone else
            known = self.gender_of(name)
            if known is None:
                return None  # could be them
            if known == gender:
                return None if name.split()[-1] in before else name
        return None

    @staticmethod
    def _nth_token(prop: Proposition, word: str, n: int, text: str) -> Token | None:
        """The ``n``-th ``word`` of the sentence, when the claim keeps all of the sentence's."""
        toks = [t for t in prop.parsed.span if t.lower_ == word]
        if len(toks) != len(re.findall(rf"\b{word}\b", text, re.IGNORECASE)) or n >= len(toks):
            return None
        return toks[n]

    def remember_source(self, source: str | None) -> None:
        if source and source.lower() not in {"he", "she", "they"}:
            self.last_source = source
            if all(w[:1].isupper() for w in source.split()) and len(source.split()) >= 2:
                # a named speaker: a person, or a body ("Rivermead Water said ... It has since ...")
                self.antecedents.append(_Antecedent(source, False, not _body_name(source)))

    def remember(self, prop: Proposition, subject: str | None, *, derived: bool = False) -> None:
        span = prop.parsed.span
        if not self.spans or self.spans[-1] is not span:
            self.spans.append(span)
            self.blocks.append(prop.parsed.sentence.block_index)
        if not subject or _PRONOUN.match(subject) or UNRESOLVED_START.match(subject) or subject.lower() in {
                c.lower() for c in self.clausal}:
            return
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
        self.antecedents.append(_Antecedent(subject, prop.subject_plural, _is_person(subject, head), derived))


# "This town" is a place, not something the last-named actor owns.
_PLACES = {"town", "city", "village", "country", "region", "state", "area", "county", "nation", "province",
           "district", "island", "community", "neighbourhood", "neighborhood"}
# Predicates that judge an action or a state of affairs ("That is a mistake"), not a thing.
_VERDICTS = {"mistake", "error", "wrong", "right", "problem", "scandal", "shame", "pity", "disgrace", "blunder",
             "disaster", "catastrophe", "blow", "victory", "success", "failure", "tragedy", "betrayal",
             "outrage", "relief", "surprise", "news", "unfair", "fair", "unacceptable", "welcome", "sensible",
             "absurd", "risky", "dangerous", "irresponsible", "reasonable", "understandable", "regrettable"}
_ASIDE = re.compile(r",\s*(?:however|though|of course|in fact|indeed|meanwhile|nevertheless|nonetheless)\s*,\s*",
                    re.IGNORECASE)  # "The gap, however, widened" -> "The gap widened"
_CLOSING_CONNECTIVE = re.compile(r",\s*(?:however|though|nevertheless|nonetheless|meanwhile)\s*([.!?]?)$",
                                 re.IGNORECASE)
_INNER_CONNECTIVE = re.compile(r",\s*(however|though|too|also|of course|in fact|indeed)\s*,", re.IGNORECASE)
_BARE_QUANTIFIER = re.compile(r"^(Most|Many|Some|All|Half|Several|Few|None)\b(?= (are|were|have|had|will|would|can|could|may|remain|say|said)\b)")
_BARE_RELATIONAL = re.compile(r"^(Results|Details|Findings|Terms|Costs)\b(?= (are|were|will|have|had|remain)\b)")
# Nouns that frame a clause ("The problem is that X ..."), so the clause's subject is what is talked about.
_FRAMING = {"problem", "issue", "question", "point", "truth", "fact", "reason", "trouble", "danger", "risk",
            "worry", "concern", "hope", "aim", "goal", "answer", "difficulty", "irony", "catch"}


def polish(text: str) -> str:
    """Capitalised, one trailing period, no discourse connective ("However, X", "X, however, Y",
    "X, however.")."""
    text = tidy(text)
    while (m := _LEADING_CONNECTIVE.match(text)) and len(text) > m.end() + 10:
        text = text[m.end() :]
    text = _ASIDE.sub(" ", _CLOSING_CONNECTIVE.sub(r"\1", text))
    text = text.strip().strip("\"“”").strip()
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = re.sub(r"[“”\"]", "", text)  # a quote cut open by the split
    text = re.sub(r"[\s,;:—–-]+$", "", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text.endswith("?") or text.endswith("!"):
        return text
    if text[-1] in "”\"’'" and len(text) > 1 and text[-2] in ".!?":
        return text
    return text.rstrip(".") + "."


_WE = re.compile(r"(?:(?:Together|Now|Today|Here|So|Still),? (?=we|our))?([Ww]e|[Oo]ur)\b")
_INNER_PERSON = re.compile(r"(?<=\w )(his|him|her)\b", re.IGNORECASE)
_INNER_PRONOUN = re.compile(r"(?<=\w )(its|his|him|her|it)\b")  # not the claim's first word
_INNER_WE = re.compile(r"(?<=\w )(we|our)\b")  # "Without him we will ...", "Many of our members"
_SINGULAR = {"are": "is", "were": "was", "have": "has"}
_AFTER_DET = re.compile(r"\b(no|other|any|each|every|a|an|its|their|his|her|our|one)\s$", re.IGNORECASE)
_SO_TOO = re.compile(r"^So (will|would|can|could|do|does|did|is|are|was|were|has|have|had) (.+?)\.$")


def _said_too(before: Proposition, aux: str, who: str) -> tuple[str, str] | None:
    """"Pensioners will feel the change most. So will small businesses." -> "Small businesses
    will also feel the change most." (the ellipsis repeats the claim before for new subjects)."""
    if not before.subject or not before.text.startswith(before.subject):
        return None
    rest = before.text[len(before.subject) :].strip()
    if aux in {"do", "does", "did"}:
        predicate = f"also {rest}"
    elif rest.startswith(aux + " "):
        predicate = f"{aux} also {rest[len(aux) + 1 :]}"
    else:
        return None
    who = who[0].upper() + who[1:]
    return f"{who} {predicate}", who


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


def _home_place(props: Sequence[Proposition], actor: str | None) -> tuple[str | None, str | None]:
    """The place the article is set in, for "the town/city" and for "the state/country":
    "Harbourton city council voted ..." -> Harbourton; else the place most often written "in X"
    ("in Kellsford", "in eastern Brenna"); for a state or country, the place that opens the
    article ("New Calder will ban ...") when nothing is written "in X"."""
    if actor and (m := _COUNCIL_OF.match(actor)):
        return m.group(1), m.group(1)
    for prop in props[:3]:  # "Harbourton city council has approved ..."
        for tok in prop.parsed.span:
            kinds = [c for c in tok.lefts if c.dep_ == "compound" and c.lower_ in {"city", "town", "borough"}]
            names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and kinds and c.i < kinds[0].i]
            if tok.lower_ == "council" and kinds and names:
                return " ".join(t.text for t in names), None
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
            if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "across", "throughout"} and not _organisation(name):
                inside[name] = inside.get(name, 0) + 1
    place = max(inside, key=lambda n: (inside[n], total.get(n, 0)), default=None)
    bare = actor if actor and actor[:1].isupper() and not _organisation(actor) and not _body_name(actor) else None
    return place, place or bare


def _bodies_of_speakers(props: Sequence[Proposition]) -> dict[str, str]:
    """Each named person's body, read off the whole article first: a quote can open before the
    sentence that says whose chief executive its speaker is."""
    reader = _Resolver()
    for prop in props:
        if not reader.spans or reader.spans[-1] is not prop.parsed.span:
            reader.remember_names(prop.parsed.span)
            reader.remember_mentions(prop.parsed.span)
            reader.spans.append(prop.parsed.span)
    return reader.orgs


def decontextualise(props: Sequence[Proposition]) -> list[Proposition]:
    """Resolve leading references and polish the text of one article's propositions.

    Two passes where a claim has a "his/him/her" inside: the first only learns who is a "he" and
    who a "she" over the whole article ("Priya Nandra said ... She said ..."), so that a "his"
    before that point can be told apart."""
    resolver = _Resolver()
    if any(_INNER_PERSON.search(prop.text) for prop in props):  # the first pass only serves these
        first = _Resolver()
        _resolve(props, first)
        resolver.gender = dict(first.gender)
    return _resolve(props, resolver)


def _resolve(props: Sequence[Proposition], resolver: _Resolver) -> list[Proposition]:
    resolver.orgs = _bodies_of_speakers(props)
    if props:
        resolver.town, resolver.land = _home_place(props, _actor(props[0].parsed.span))
    out: list[Proposition] = []
    previous: tuple[Span, str | None, str | None] | None = None
    for prop in props:
        resolver.current = prop.parsed.span
        text = polish(prop.text)
        resolved = resolver.resolve_start(text, prop)
        subject = _rewritten_subject(prop.subject, text, resolved)
        derived = subject != prop.subject  # the subject is itself a resolved reference ("Analysts’ forecasts")
        resolved = _hedged(resolved) or resolved
        if not re.match(r"It\s+(is|was|seems|appears|remains)\s+\w+\s+(that|whether)\b", resolved):
            last = resolver.last_resort(resolved)
            if last is None:
                continue  # nothing the article names can stand in for the reference
            resolved = last
        text = polish(resolved)
        expanded = resolver.expand_descriptions(text, prop)
        subject = _rewritten_subject(subject, text, expanded)
        text = resolver.expand_names(resolver.of_the_group(resolver.of_last_thing(expanded, prop)), prop)
        text = resolver.name_the_place(text, prop)
        if not resolver.spans or resolver.spans[-1] is not prop.parsed.span:
            resolver.remember_acronyms(prop.parsed.span)
            resolver.remember_names(prop.parsed.span)
            resolver.remember_mentions(prop.parsed.span)
            if resolver.event is None:
                resolver.event = _event(prop.parsed.span, first=not resolver.spans)
            if not resolver.spans:
                resolver.actor = _actor(prop.parsed.span)
        if previous is not None and previous[0] is prop.parsed.span and previous[1] == prop.attributed_to:
            source = previous[2]  # one sentence, one speaker: resolved once, before its own subjects count
        else:
            source = resolver.resolve_source(prop.attributed_to)
        previous = (prop.parsed.span, prop.attributed_to, source)
        if source is None and _QUOTED.match(prop.parsed.sentence.text):
            source = resolver.last_source  # a quote continuing the last speaker's words
        text = resolver.inner_pronouns(text, prop, source)
        if source and (first := resolver.first_person(text, prop, source)) != text:
            text, subject = first, None
        if m := _SO_TOO.match(text):
            # the claim before whose verb the ellipsis repeats ("will"), skipping its relative clauses
            said = next((x for x in (_said_too(b, m.group(1), m.group(2)) for b in reversed(out[-4:])) if x), None)
            if said is not None:
                text, subject = said
        if source and re.match(r"(A|An|The) ", source):
            source = source[0].lower() + source[1:]  # "a Dorrance spokesperson", as the article reads mid-sentence
        if resolver.acronyms:
            text = resolver.spell_out(text)
            source = resolver.spell_out(source, sentence=False) if source else source
        out.append(dataclasses.replace(prop, text=text, attributed_to=source, subject=subject))
        resolver.remember(prop, subject, derived=derived)
        resolver.last_claim = (prop.parsed.span, subject, prop.subject_plural, prop.subject)
        resolver.remember_source(source)
        resolver.remember_body(prop, source)
    return out


__all__ = ["decontextualise", "polish", "UNRESOLVED_START"]
