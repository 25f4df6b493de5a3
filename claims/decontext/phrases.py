"""What a word or noun phrase is, read off the parse: names, bodies, persons, mentions.

Shared by every kind of reference the resolver handles (``claims.decontext``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.decompose import PERSON_NOUNS
from claims.inflect import possessive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_TITLES = {
    "president", "minister", "chancellor", "secretary", "senator", "mr", "mrs", "ms", "dr", "prime", "king", "judge",
    "governor", "professor", "prof", "detective", "inspector", "sergeant", "captain", "colonel", "sir", "dame",
    "councillor", "chief", "leader", "manager",
}
_PRONOUN = re.compile(r"^(it|they|he|she|this|that|these|those|such)\b", re.IGNORECASE)
# "It is likely that X" is empty; "It was confident that X" (a body's state of mind) is a reference.
_EXPLETIVE_IT = re.compile(
    r"^It\s+(is|was|seems|appears|remains)\s+(?!(?:confident|aware|convinced|optimistic|hopeful|pleased|happy|"
    r"determined|committed|concerned|worried|disappointed|glad|proud|satisfied|sure|afraid|anxious|keen|eager|"
    r"unaware|unsure|adamant)\b)\w+\s+(that|whether)\b")
UNRESOLVED_START = re.compile(r"^(this|that|it|they|such|these|those|he|she|its|their|his|her)\b", re.IGNORECASE)


def _body_name(name: str) -> bool:
    """"Redmarsh City", "Sporting Velar", "Rivermead Water": the name of a body, not a person."""
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and (words[-1] in _ORGANISATION_WORDS | _CLUB_WORDS or words[0] in _CLUB_WORDS or any(
        w in _ORGANISATION_WORDS and after == "of" for w, after in zip(words, words[1:])))  # "the Ministry of Trade"


def _is_person(span_text: str, head: Token | None) -> bool:
    words = [w.lower().strip(".") for w in span_text.split()]
    if re.search(r"[’']s? [a-z\d]", span_text) and span_text.split()[-1].islower():
        # "Professor Anton Brekke’s 2023 study" is the study; "Ines Varga’s staff" are people
        return words[-1] in PERSON_NOUNS or words[-1].removesuffix("s") in PERSON_NOUNS
    if _body_name(span_text) and all(w[:1].isupper() for w in span_text.split()):
        return False  # a named body ("Redmarsh City"); "the city council" keeps its old reading below
    if set(words) & _TITLES or re.search(r"\b\w+-year-old\b", span_text):  # "The 24-year-old Slovenian"
        return True
    if set(words) & {"the", "of", "and", "for"} or not 2 <= len(words) <= 4:
        return False
    if words[-1] in _PLACE_WORDS | _PLACE_INSTITUTIONS | _BUILDINGS:
        return False  # "Westmere Tower", "Kelso Station": a place, no person
    if _trade_word(words[0]):
        return False  # "Airline Skyra", "Steelmaker Norrfors": a business named with its trade
    return head is not None and head.pos_ == "PROPN" and all(w[:1].isupper() for w in span_text.split())


def _find_token(span: Span, word: str) -> Token | None:
    found = next((t for t in span if t.lower_ == word.lower()), None)
    if found is None and "-" in word.strip("-"):  # "Ferreira-Holt" is three tokens: its head is "Holt"
        return next((t for t in span if t.lower_ == word.lower().rsplit("-", 1)[1] and t.i >= 2
                     and t.doc[t.i - 1].text == "-"), None)
    return found


_MODIFIERS = {"compound", "amod", "nmod", "nummod"}

# Modifiers that pick out one of several things, so the bare noun need not mean the same one.
_DEICTIC = {"last", "next", "first", "previous", "same", "other", "such", "former", "latter", "final", "earlier", "later",
            "single", "sole", "given", "certain"}  # ("given to a single company" names no company)


def _proper(mention: str) -> bool:
    return any(w[:1].isupper() for w in mention.split())


def _phrase(head: Token, drop: frozenset[str] = frozenset({"relcl", "appos", "acl"}), *, set_off: bool = True) -> str:
    """``head``'s words without the phrases of the kinds in ``drop`` hung on it (only those set
    off by commas when ``set_off``): "the plan, which passed in May," -> "the plan"."""
    cut = {t.i for c in head.children if c.dep_ in drop and (not set_off or _set_off(c)) for t in c.subtree}
    return "".join(t.text_with_ws for t in head.subtree if t.i not in cut).strip()


def _measure(tok: Token) -> bool:
    """"1.9-tonne", "40-page", "45-day": a hyphenated number in front of a noun."""
    words = list(tok.subtree)
    return tok.dep_ in {"compound", "amod", "nummod"} and tok.i < tok.head.i and any(
        t.like_num for t in words) and any(t.text == "-" for t in words)


def _mention(head: Token) -> str | None:
    """The noun phrase of ``head`` without its determiner when it says more than the bare
    noun: noun/adjective modifiers or an "of" phrase ("Central Bank of Varenia")."""
    if head.lower_ == "shares" and (owner := next((t for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                                                  for t in c.children if t.dep_ == "pobj" and t.pos_ == "PROPN"), None)):
        return f"{possessive(_name_of(owner))} shares"  # "Shares in Orsana Pharma fell": later "the shares" are its
    # a comparative in front says which one at that moment, not what it is ("tougher inspection rules")
    # and a measure says how big, not which one ("the 1.9-tonne spacecraft" is no fuller than "the spacecraft")
    left = [t for t in head.lefts if t.dep_ in _MODIFIERS and not (t.tag_ in {"JJR", "JJS", "RBS"} and t.i == head.left_edge.i
                                                                   and t.dep_ == "amod") and not _measure(t)]
    # (a name owned by a name is part of it: "Solmark’s Ministry of Trade and Industry")
    left += [t for t in head.lefts if t.dep_ == "poss" and t.pos_ == "PROPN" and head.pos_ == "PROPN"]
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
    author = _author(head) if not tail else None
    if author is not None and not any(t.pos_ == "PROPN" for t in words):
        # "a 2023 study by Professor Anton Brekke" -> "Professor Anton Brekke’s 2023 study"
        words_text = "".join(t.text_with_ws for t in words)
        return f"{possessive(author)} {words_text}{head.text}"
    if not words and not tail:
        return None
    tokens = [*words, head, *tail]
    # a plural's apostrophe belongs to the name ("Redmarsh Supporters’ Trust")
    if any(t.is_punct and t.text not in "-–" and not (t.text in "’'" and t.head.tag_ == "NNPS") for t in tokens) or (
            len(tokens) > 7):
        return None
    if any(t.pos_ in {"PRON", "VERB"} or t.tag_ in {"JJR", "JJS", "RBS"} or t.lower_ in _DEICTIC for t in tokens):
        return None
    if any(t.dep_ in {"advmod", "quantmod"} and t.head.like_num for t in tokens):
        return None  # "about 400 people" is how many, not which ones ("the about 400 people")
    text = "".join(t.text_with_ws for t in tokens).strip()
    if tokens[0].is_sent_start and tokens[0].pos_ != "PROPN" and not tokens[0].text.isupper():
        text = text[0].lower() + text[1:]  # "Rolling power cuts left ..." -> "the rolling power cuts"
    return text


# works that a "by" phrase gives the maker of ("a study by X"), not deeds ("an attack by X")
_WORKS = {"study", "report", "paper", "book", "painting", "survey", "analysis", "review", "novel", "film", "article",
          "portrait", "sculpture", "album", "play", "poem", "essay", "investigation"}


def _author(head: Token) -> str | None:
    """The person or body a work is by: "a 2023 study by Professor Anton Brekke" -> the name."""
    if head.lemma_.lower() not in _WORKS or head.tag_ != "NN":
        return None
    by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == head.i + 1), None)
    name = next((c for c in by.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if by else None
    if name is None or name.right_edge.i != name.i and name.doc[name.i + 1].text != ",":
        return None  # (a clause set off after the name is the study's: "by X, which reported Y")
    titles = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < name.i]
    return " ".join(t.text for t in [*titles, name]) if all(t.i + 1 == name.i or t.doc[t.i + 1].pos_ == "PROPN"
                                                           for t in titles) else None


def _set_off(tok: Token) -> bool:
    left = tok.left_edge.i - 1
    return left >= 0 and tok.doc[left].text in {",", "—", "–", "("}


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


_MEASURED = re.compile(r"^(.+?)[’'](?:s)? (?:\w+ )?(?:cost|costs|price|prices|value|rate|share|figure|number|total|budget|"
                       r"revenue|profit|sales)$")


def measured_owner(phrase: str) -> str:
    """"The Meridian Line’s estimated cost" -> "The Meridian Line": an amount owns nothing, so an "its"
    after it is its owner's ("Its opening date")."""
    m = _MEASURED.match(phrase)
    return m.group(1) if m else phrase


# Common nouns that name an institution by its kind, so "the bank" can be "the Central Bank of Varenia".
_INSTITUTIONS = {
    "bank", "council", "company", "agency", "authority", "board", "union", "court", "government", "ministry",
    "department", "party", "club", "commission", "committee", "assembly", "parliament", "service", "trust", "school",
    "university", "college", "hospital", "regulator", "federation", "association", "institute", "office", "league",
    "group", "firm", "team", "police", "army", "fund", "foundation", "station", "plant", "factory", "museum", "gallery",
    "airport", "port", "bridge", "line", "road", "railway", "party", "tribunal", "exam", "certificate", "prize",
}

# Class nouns by which an article refers back to the organisation it is about ("the company").
_CLASS_NOUNS = {
    "company", "firm", "club", "carrier", "operator", "business", "airline", "retailer", "lender", "insurer", "maker",
    "chipmaker", "supplier", "manufacturer", "broadcaster", "publisher", "app", "startup", "start-up",
}
# Trades that name a business before its name ("Steelmaker Norrfors", "Carmaker Velto").
_TRADES = {"steelmaker", "carmaker", "automaker", "drugmaker", "supermarket", "brewer", "miner", "developer",
           "bank", "telecom", "startup", "start-up", "shipper", "shipbuilder", "builder", "chain"}

# Nouns that name the article's main action when bare ("the decision", "the move").
_EVENT_NOUNS = {"decision", "move", "vote", "step", "change", "deal", "announcement", "takeover", "acquisition"}
_THE_TWO = re.compile(
    r"\b[Tt]he two (chains|companies|firms|sides|groups|businesses|banks|clubs|teams|carriers|retailers|airlines|"
    r"parties|insurers|lenders|operators|brands|rivals|countries|nations|neighbours|neighbors)\b")


def _trade_word(word: str) -> bool:
    """"Carmaker" in "Carmaker Velto", "Airline" in "Airline Skyra": a business's trade before its name."""
    word = word.lower()
    return word in _CLASS_NOUNS | _TRADES or word.endswith("maker")


def name_words(words: list[Token]) -> str:
    """The words of a name as written: "Nadia Ferreira-Holt" keeps its hyphen (a token of its own)."""
    text = ""
    for n, t in enumerate(words):
        joined = n > 0 and t.i == words[n - 1].i + 2 and t.doc[t.i - 1].text == "-"
        text += ("-" if joined else " " if n else "") + t.text
    return text


def _name_of(tok: Token) -> str:
    """A name with its compounds and a possessive-looking "’s" that belongs to it ("Bellamy’s")."""
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not _trade_word(t.text)] + [tok]
    text = name_words(words)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (a "’s" is the name's own when nothing follows that it owns: "buy Bellamy’s for 2.6 billion")
    if nxt is not None and nxt.text in {"’s", "'s"} and nxt.head.i != tok.i + 2 and (nxt.dep_ != "case" or tok.dep_ != "poss"):
        text += nxt.text
    return text


_ORGANISATION_WORDS = {
    "appliances", "systems", "water", "bank", "group", "council", "authority", "union", "agency", "association",
    "ltd", "inc", "corp", "company", "corporation", "partners", "capital", "securities", "research", "motors",
    "air", "airlines", "airways", "energy", "holdings", "industries", "foods", "pharma", "pharmaceuticals", "trust", "board",
    "commission", "ministry", "department", "office", "service", "services", "institute", "foundation", "federation",
    "college", "university", "hospital", "party", "club", "markets", "technologies", "labs", "supermarkets", "stores",
    "telecom", "networks", "railways", "rail", "police", "court", "assembly", "parliament", "government", "fund",
    "school", "society", "media", "mail", "post", "electric", "steel", "mining", "motors", "insurance", "bancorp",
    "homes", "components", "construction", "developments", "properties", "logistics", "metals", "chemicals",
    "engineering", "software", "solutions", "transport", "shipping", "telecoms", "brewery", "investments", "estates",
    "aerospace", "defence", "automotive", "studios", "publishing", "hotels", "retail", "savings", "ventures", "utilities",
    "semiconductors", "electronics", "robotics", "therapeutics", "biotech", "biosciences", "airways", "ferries", "ratings",
    "lines", "petroleum", "oil", "gas", "power", "renewables", "chemicals", "textiles", "plastics", "materials",
}

# Words after a place name that make a different thing of it ("Kellsford College" is not Kellsford).
# Public bodies: never "the company", "the operator" or "the lender".
_PUBLIC_BODIES = {"council", "government", "ministry", "department", "authority", "agency", "commission", "parliament",
                  "assembly", "court", "police", "office", "regulator", "tribunal", "executive"}
_PLACE_INSTITUTIONS = {
    "college", "university", "school", "council", "hospital", "road", "street", "park", "centre", "center", "station",
    "airport", "bridge", "river", "lane", "court", "hall", "museum", "library", "church", "square",
    "hill", "hills", "valley", "bay", "port", "stadium", "ground", "police", "assembly", "district", "region",
}
_CLUB_WORDS = {"city", "town", "united", "rovers", "athletic", "wanderers", "albion", "county", "fc", "sporting",
               "real", "dynamo", "olympic", "rangers", "celtic"}


_BUILDINGS = {"tower", "building", "arena", "mill", "tunnel", "dam", "lighthouse", "theatre", "theater", "zoo", "gallery"}
_PLACE_WORDS = {"lane", "road", "street", "avenue", "square", "park", "bridge", "station", "airport", "centre", "center",
                "river", "hill", "hills", "valley", "island", "bay", "way", "drive", "close", "gardens", "estate", "ground",
                "stadium", "harbour", "harbor", "port", "district", "province", "county"}


# Places that are run as bodies and speak as one ("Fernhollow Regional Airport said it would ...")
_SPEAKING_PLACES = {"airport", "port", "museum", "gallery", "library", "zoo", "theatre", "theater", "stadium"}


def _speaking_place(source: str) -> bool:
    """"Fernhollow Regional Airport", "the Alderwick Town Museum": a named place run as a body."""
    words = source.removeprefix("the ").split()
    return len(words) >= 2 and words[-1].lower() in _SPEAKING_PLACES and all(w[:1].isupper() for w in words)


def _place_name(name: str) -> bool:
    """"Ferry Lane", "Mill Street", "Lowbridge Leisure Centre": a place, not a person."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _PLACE_WORDS


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
