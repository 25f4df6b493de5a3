"""Who speaks: pronoun sources ("he said"), the speaker as the claim's subject or owner,
and a speaker's "we"/"our" (the body they speak for)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from claims.attribution import REPORTING_VERBS
from claims.decompose import CHANGE_VERBS, PERSON_NOUNS, Proposition
from claims.decontext.descriptions import Descriptions
from claims.decontext.memory import _DESCRIBED_ONLY
from claims.decontext.phrases import (
    _CLASS_NOUNS,
    _INSTITUTIONS,
    _speaking_place,
    _PRONOUN,
    _THE_TWO,
    _TITLES,
    _body_name,
    _find_token,
    _name_of,
    _name_only,
    _organisation,
    _owner_head,
    _trade_word,
)
from claims.inflect import possessive as _possessive
from claims.inflect import third_person

if TYPE_CHECKING:
    from spacy.tokens import Span


_I = re.compile(r"^(My|I)\b(.*)$")
_WE = re.compile(r"(?:(?:Together|Now|Today|Here|So|Still),? (?=we|our))?([Ww]e|[Oo]ur)\b")
_DOCUMENTS = {"report", "study", "survey", "review", "statement", "analysis", "paper", "poll", "document", "letter",
              "filing", "audit", "assessment", "inquiry", "investigation", "ruling", "judgment", "judgement"}
_INNER_I = re.compile(r"(?<=[\w,] )(I|me|myself|my)\b((?:’m|'m|’ve|'ve|’ll|'ll|’d|'d)\b| [\w’']+)?")
# what follows "I", as it reads after a third-person speaker: "I’ll" -> "will", "I don’t" -> "doesn’t"
_AFTER_I = {"’m": " is", "'m": " is", "’ve": " has", "'ve": " has", "’ll": " will", "'ll": " will", "’d": " would",
            "'d": " would", " am": " is", " have": " has", " do": " does", " don’t": " doesn’t", " don't": " doesn't"}


def _agreeing_with_i(rest: str, said: Mapping[str, str]) -> str:
    """The words after "I" (its verb first), agreeing with a third-person subject instead."""
    for before, after in _AFTER_I.items():
        if rest.startswith(before) and not rest[len(before) : len(before) + 1].isalnum():
            return after + rest[len(before) :]
    verb = re.match(r"^ (\w+)\b", rest)
    if verb is not None and verb.group(1) in said:  # "I think" -> "thinks"
        return f" {third_person(said[verb.group(1)])}{rest[verb.end():]}"
    return rest
_INNER_WE = re.compile(r"(?<=\w )(we|our)\b")  # "Without him we will ...", "Many of our members"
_FRONTED = re.compile(r"^(?:With|Without|For|After|Before|In|On|At|Under|Despite|Since|Until|By)\b[^,]{1,40} $")
_SINGULAR = {"are": "is", "were": "was", "have": "has"}


_EXECUTIVES = {"executive", "ceo", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
               "founder", "officer", "president", "director", "boss"}


_POLICE_RANKS = {"detective", "inspector", "constable", "sergeant", "superintendent", "commissioner"}


# What a person does to the body they speak for ("who chairs the association").
_LEADING = {"chair", "lead", "head", "run", "direct", "manage", "found", "represent"}
# Bodies a speaker's title can name ("board chair Alan Pike"), so "we" are that body.
_TITLED_BODIES = {"board", "council", "committee", "authority", "agency", "commission", "association", "federation",
                  "trust", "union", "regulator", "institute", "foundation"}
# verbs of a figure moving, whose "it" is a quantity ("it will fall to 2.8%"), not the body that forecasts it
_MOVING_FIGURES = CHANGE_VERBS | {"shrink", "peak", "ease", "reach"}
_SPOKESPERSON = re.compile(r"^(?:a|an|the) (?:\w+ )?spokes(?:person|man|woman)$", re.IGNORECASE)
_NAMED_SPOKESPERSON = re.compile(r"^(?:a|an|the) ((?:[A-Z][\w&’'-]* )+)spokes(?:person|man|woman)$")  # "a Plinko spokesperson"


def _police_officer(spans: list[Span], source: str) -> bool:
    """"Detective Inspector Sara Quinn said ...": a speaker the article gave a police rank."""
    first = source.split()[0]
    return any(tok.text == first and tok.pos_ == "PROPN" and _POLICE_RANKS & {
        t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]} for span in spans for tok in span)


def _titles(spans: list[Span], source: str) -> set[str]:
    """The words the article put before or beside a speaker's name: "Union leader Tom Berry",
    "the mayor, Ellen Rudd" -> {"union", "leader"}, {"mayor"}."""
    first = source.split()[0]
    words: set[str] = set()
    for span in spans:
        for tok in span:
            if tok.text != first or tok.pos_ != "PROPN":
                continue
            words |= {t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i] if t.pos_ in {"NOUN", "PROPN"}}
            head = tok.head if tok.head.dep_ != "appos" else tok.head.head
            appos = [c for c in head.subtree if c.dep_ == "appos" and c.head.i == head.i] + (
                [tok.head] if tok.dep_ == "appos" else [])
            words |= {t.lower_ for t in appos if t.pos_ == "NOUN"}
            # ("Daniel Obi, the council leader": the council too)
            words |= {c.lower_ for t in appos for c in t.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    return words


_LEADER_OF = re.compile(r"^(?:the|a) (?:leader|head|chair|chairman|chairwoman|president) of (the [A-Z].*)$")
_LEADERS = {"leader", "chair", "chairman", "chairwoman", "president", "head", "secretary-general", "executive",
            "director", "governor", "founder", "boss"}
# words of a post in a body, so that the holder's "we" is the body ("Mission director Karin Holm")
_STAFF = _LEADERS | {"chief", "manager", "spokesperson", "spokesman", "spokeswoman", "official", "secretary", "officer",
                     "controller", "engineer"}


def _name_of_body(spans: list[Span], source: str) -> str | None:
    """"Chief Superintendent Owen Darrow of Caldreth Police", "Anya Brandt of Kessling & Co": the
    named body a speaker's name is said to be of."""
    last = source.split()[-1]
    for span in reversed(spans):
        for tok in span:
            if tok.text != last or tok.pos_ != "PROPN":
                continue
            of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                       for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if of is not None:
                return "".join(t.text_with_ws for t in of.subtree if t.dep_ not in {"relcl", "appos"}).strip()
    return None


def _party_led(spans: list[Span], source: str) -> str | None:
    """"Ilse Varga, the Greens’ leader", "Mirela Koskar, the SDU leader", "the leader of the
    Farmers’ League, Petr Davor": the named body the speaker is said to lead."""
    last = source.split()[-1]
    for span in reversed(spans):
        for tok in span:
            if tok.text != last or tok.pos_ != "PROPN":
                continue
            # ("the outgoing prime minister and National Renewal leader": a second title joined to the first)
            titles = [t for c in tok.children if c.dep_ == "appos" or c.dep_ == "conj" and c.i > tok.i and (
                tok.doc[c.left_edge.i - 1].text == ",") for t in [c, *c.conjuncts] if t.lemma_.lower() in _LEADERS]
            if tok.dep_ == "appos" and tok.head.lemma_.lower() in _LEADERS:
                titles.append(tok.head)
            for title in titles:
                owners = [c for c in title.lefts if c.dep_ in {"poss", "compound", "nmod"} and c.pos_ == "PROPN"]
                of = next((g for c in title.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.pos_ == "NOUN" and any(
                               d.lower_ == "the" for d in g.children))), None)  # (or "of the association")
                if owners:  # "the Farmers’ League leader", "the Greens’ leader"
                    words = [t for t in title.doc[owners[0].left_edge.i : title.i] if t.lower_ != "the"]
                    name = "".join(t.text_with_ws for t in words).strip()
                    return re.sub(r"(?<=s)’$|’s$|'s$", "", name).strip() or None
                if of is not None:
                    return " ".join(t.text for t in of.subtree if t.lower_ != "the") or None
    return None


def _executive(prop: Proposition, source: str) -> bool:
    """"chief executive Lena Brandt said", "Lena Brandt, the chief executive, said": a speaker
    titled as a company's officer, with no company named beside the title."""
    first = source.split()[0]
    for tok in prop.parsed.span:
        if tok.text != first or tok.pos_ != "PROPN":
            continue
        before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        appos = [c for c in tok.subtree if c.dep_ == "appos" and c.head.i >= tok.i]
        titles = ([before] if before is not None and before.is_lower else []) + appos
        return any(t.lower_ in _EXECUTIVES and not any(c.dep_ == "prep" for c in t.children) for t in titles)
    return False


# Verbs of intending: their subject is someone ("It plans to publish ...").
_INTENDING = {"plan", "intend", "hope", "aim", "want", "promise", "pledge", "vow", "seek", "propose"}


# what a body has and a thing has not: "its research office", "its spokesperson"
_BODY_PARTS = {"office", "spokesperson", "spokesman", "spokeswoman", "spokesmen", "executive", "director", "chairman",
               "chair", "president", "secretary", "board", "lawyer", "lawyers", "statement"}



class Speakers(Descriptions):
    """Sources and first person, resolved to the speakers the article names."""

    def resolve_source(self, source: str | None, subject: str | None = None, plural: bool | None = None) -> str | None:
        """The speaker a source names; ``subject`` (``plural`` or not) is the claim's own subject,
        which a source such as "its director" belongs to ("The museum will close, its director said")."""
        if source is None:
            return None
        if (m := re.fullmatch(r"(its|their) (.+)", source)) is not None:
            plural_owner = m.group(1) == "their"
            agrees = plural == plural_owner if plural is not None else subject and subject.endswith("s") == plural_owner
            owner = subject if subject and not _PRONOUN.match(subject) and agrees else self.pick(
                plural=plural_owner, person=False)
            if owner and m.group(2).split()[-1] in _BODY_PARTS and not (_organisation(owner) or _body_name(owner)) and (
                    body := self.body_actor() or self.last_named_body()):
                owner = body  # "The study is the first retraction, according to its research office": the university's
            if owner:
                head = _owner_head(owner)
                if head.lower() != owner.lower() and len(head.split()) <= 2 and head.endswith("s") and (
                        " of " not in owner) and not any(w[:1].isupper() for w in head.split()[1:]):
                    # "Nurses at six hospitals in the region said ... their union said" -> "the nurses’ union"
                    owner = "the " + head.lower() if not head.lower().startswith("the ") else head
                return f"{_possessive(re.sub(r'^The ', 'the ', owner))} {m.group(2)}"
        if _THE_TWO.fullmatch(source) or re.fullmatch(r"(?:the|both) (?:companies|firms|groups|banks|clubs|chains)", source):
            return self.pair() or source  # "the companies said" after "X has agreed to buy Y"
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
            thing = last is not None and last.startswith("the ") and last.split()[-1] in _DOCUMENTS  # "the report"
            # (not once a thing has been named since: "X said A. The bank cut its forecast. It expects ...")
            since = any(not a.plural and not a.person for a in self.antecedents[self.source_at :])
            # (a one-word name no person goes by speaks as a body: "Halvern said ... It said ...")
            one_word = last is not None and " " not in last and last[:1].isupper() and self.expand(last) == last
            if last and not since and not self.gender_of(last) and (
                    _name_only(last) != last or _body_name(last) or _speaking_place(last) or thing or one_word) and (
                    not _owner_head(last).endswith("s") or last[:1].isupper()):
                return last
            if last and not since and (body := self.orgs.get(last)) and _body_name(body):
                return body  # "“...,” said Dominic Achterberg, the trust’s director. X, it said." -> the trust
            found = self.pick(plural=False, person=False)
            return re.sub(r"^The\b", "the", found) if found else source
        if " " not in source and source.islower() and (named := self.full_name(source.capitalize())):
            return named  # "rivermead" (a sentence-initial name the tagger took for a common noun)
        if " " not in source and source[:1].isupper():
            # A surname ("Haddad") names the person introduced in full earlier; "Dorrance" its company.
            found = self.expand(source)
            return found if found != source else self.full_name(source) or source
        if (m := re.fullmatch(r"the ((?:[a-z]+ ){1,2}[a-z]+)", source)) and (named := self.named_for(m.group(1))):
            return self.as_written(named)  # "the avalanche service" -> "the Vennar Avalanche Warning Service"
        if (m := re.fullmatch(r"the (figures|data|statistics|numbers)", source)) and (last := self.last_source) and (
                self.named_body(last) and last[:1].isupper() or re.match(r"the [A-Z]", last)):
            # "The figures show that:" after "the National Statistics Office said": the office's figures
            return last if last.endswith(f" {m.group(1)}") else f"the {_possessive(re.sub(r'^the ', '', last))} {m.group(1)}"
        if m := re.fullmatch(r"the (\w+)", source):
            if m.group(1) in _DESCRIBED_ONLY and m.group(1) in self.classed:
                return self.classed[m.group(1)]  # "the group said" after "Solvane Sports Capital, an investment group"
            if m.group(1) in _CLASS_NOUNS and (actor := self.classed.get(m.group(1)) or self.body_of_kind(m.group(1)) or (
                    self.trade_named())):
                return actor  # "the company says" -> Northpost ("Tessaly Ferries, the largest ferry company")
            mention = self.mentions.get((m.group(1), False))
            if mention is not None:
                return mention if re.match(r"\w+[’']s ", mention) else self.as_written(mention)  # not "the Solmark’s Ministry"
        return source

    def trade_named(self) -> str | None:
        """"The warehouse, owned by furniture retailer Oakline, ..., the company said" -> Oakline:
        a business the sentence names with its trade."""
        for tok in self.current or ():
            if tok.pos_ == "PROPN" and tok.dep_ != "compound" and any(
                    c.dep_ == "compound" and _trade_word(c.text) for c in tok.lefts):
                return _name_of(tok)
        return None

    def speaker_as_subject(self, prop: Proposition, word: str, *, owner: bool = False) -> str | None:
        """"Local MP Harriet Lowe said she had written to ..." -> Harriet Lowe: "he"/"she" opening
        what a named person reports is that person, unless the pronoun's gender says otherwise
        (with ``owner``, "his"/"her" opening it: "Ines Varga said her staff ...")."""
        source = prop.attributed_to
        if not source or source.lower() in {"he", "she", "they", "we", "i"} or _organisation(source):
            return None
        name = _name_only(self.resolve_source(source) or source)
        if len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()) or self.gender_of(name) not in (
                None, word):
            return None  # a person's name, not "Martin Caldwell’s defence team"
        pron = _find_token(prop.parsed.span, {"he": "his", "she": "her"}[word] if owner else word)
        if owner and pron is not None and pron.dep_ == "poss":
            pron = pron.head  # "her staff": the subject it owns
        if pron is None or pron.dep_ not in {"nsubj", "nsubjpass"} or pron.head.dep_ not in {"ccomp", "relcl"}:
            return None
        return name

    def speaker_itself(self, prop: Proposition, word: str) -> str | None:
        """"The hospital trust said it had recovered ..." -> the trust: the subject of a reported
        clause that agrees with a non-person source is that source."""
        source = prop.attributed_to
        if not source or not any(t.lemma_.lower() in REPORTING_VERBS for t in prop.parsed.span):
            return None
        if source.split()[-1].lower() in {"figures", "data", "statistics", "numbers", "records"}:
            return None  # "They have conceded 142 goals, according to league figures": figures concede nothing
        if word == "it" and any(t.lower_ == "it" and t.dep_ == "nsubj" and t.head.lemma_.lower() in _MOVING_FIGURES and any(
                p.lower_ in {"to", "by"} and any(g.like_num or g.text == "%" for g in p.subtree) for p in t.head.children)
                for t in prop.parsed.span):
            return None  # "The Treasury forecasts that it will fall to 2.8%": a figure falls, not the Treasury
        if source.lower() == "it" and word == "it" and any(
                t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ccomp" and (
                    t.head.head.lemma_.lower() in REPORTING_VERBS) for t in prop.parsed.span):
            return self.resolve_source(source)  # "It said it had stopped using X": the body that speaks
        # "Steelmaker Norrfors, which employs 5,200 people, said it ...": "which" tells a body
        body = self.named_body(source) or any(
            t.lower_ == "which" and t.head.dep_ == "relcl" and t.head.head.text == source.split()[-1]
            for t in prop.parsed.span)
        # "The bank, Corbel Savings, said it ...": named in apposition to a body
        body = body or any(t.text == source.split()[-1] and t.dep_ == "appos" and t.head.lemma_.lower() in (
            _CLASS_NOUNS | _INSTITUTIONS) for t in prop.parsed.span) or any(
            # "Cyclo Urban, a Brasford-based company that runs X, said it ...": described as a body
            t.text == source.split()[-1] and any(c.dep_ == "appos" and (
                _trade_word(c.lemma_) or c.lemma_.lower() in _DESCRIBED_ONLY) for c in t.children)
            for t in prop.parsed.span)
        if word == "they" and re.match(r"the (?:two|three|four|several|both|other)\b[^,]*?\w+s\b[^,]*, ", source):
            return source.split(", ", 1)[1]  # "the two other airlines at X, Nordvale Connect and Baltair, said they"
        if source.lower() in {"he", "she", "they", "we", "i"} or self.gender_of(source) or (
                not body and (source in self.names or _name_only(source) != source)):
            return None
        said_by = _find_token(prop.parsed.span, source.split()[-1])
        # ("Farmers, who are not covered by the ban, say they ...": capitalised only as the sentence opens)
        plural = source.endswith("s") and (not source[:1].isupper() or (
            " " not in source and said_by is not None and (said_by.tag_ == "NNS" or source.lower()[:-1] in PERSON_NOUNS)))

        if (word == "they") != plural or (word == "it" and not body):
            return None
        return source

    def named_body(self, source: str) -> bool:
        """"the trust", "Dorrance Appliances", "Steelmaker X", "Northpost": a source that is a body."""
        person = source.split()[-1].lower() in PERSON_NOUNS | _TITLES  # "the minister" is no "it"
        return bool((source.lower().startswith("the ") and not person) or _organisation(source)
                    or _trade_word(source.split()[0].lower())  # "Manufacturer Celtis Bio", "Steelmaker X"
                    or source in self.bodies  # "The developer, Calder Homes, ...", "Calder Homes said it"
                    or _speaking_place(source)  # "Fernhollow Regional Airport said it would close ..."
                    # "a group of traders backed by X said it would": a body described by its kind
                    or bool(re.match(r"(?:a|an) (?:\w+ )?(?:group|coalition|alliance|association|consortium)\b",
                                     source.lower()))
                    # a one-word name no person in the article goes by ("Northpost")
                    or (" " not in source and source[:1].isupper() and not any(
                        n.split()[-1] == source for n in self.names)))

    def intending_body(self, prop: Proposition) -> str | None:
        """"..., the association said. It plans to publish X" -> the association: a plan, hope or
        intention is someone's, so an "it" that has one is the body that spoke last."""
        pron = next((t for t in prop.parsed.span if t.lower_ == "it" and t.dep_ == "nsubj"), None)
        if pron is None or prop.attributed_to or pron.head.dep_ != "ROOT" or (
                pron.head.lemma_.lower() not in _INTENDING) or not any(c.dep_ == "xcomp" for c in pron.head.children):
            return None
        last = self.last_source
        if not last or self.gender_of(last) or last.endswith("s") and not last[:1].isupper() or (
                not self.named_body(last)):
            return None
        return last[0].upper() + last[1:]

    def speaker_as_i(self, text: str, prop: Proposition, source: str) -> str:
        """"“My mother is frail,” Claire said" -> "Claire’s mother is frail"; "“I knew I had the speed,”
        Novak said" -> "Kira Novak knew she had the speed" (the name when no "she" was said); "If
        this goes on, I don’t know whether I’ll still be open" -> "... Owen Hartley doesn’t know
        whether Owen Hartley will still be open"."""
        who = _name_only(source)
        # the present-tense verbs "I" said, to agree with the speaker: "I think" -> "thinks"
        said = {t.text: t.lemma_.lower() for t in prop.parsed.span if t.tag_ == "VBP" and t.i > 0
                and t.doc[t.i - 1].text == "I"}
        if me := _I.match(text):
            rest = me.group(2)
            if me.group(1) == "I":
                rest = _agreeing_with_i(rest, said)
            text = (_possessive(who) if me.group(1) == "My" else who) + rest
        gender = self.gender_of(_name_only(self.resolve_source(source) or source)) or self.gender_of(who)
        subject = gender if gender in {"he", "she"} else who
        forms = {"me": "him" if gender == "he" else "her" if gender == "she" else who,
                 "myself": "himself" if gender == "he" else "herself" if gender == "she" else who,
                 "my": "his" if gender == "he" else "her" if gender == "she" else _possessive(who)}
        named = [who in text]  # the first "I" after an opening phrase is the speaker by name

        def third(v: re.Match[str]) -> str:
            rest = v.group(2) or ""
            if v.group(1) in forms:
                return forms[v.group(1)] + rest
            said_as = subject if named[0] else who  # "At 5–4 down I told myself" -> "... Nadia Vorell told herself"
            named[0] = True
            return said_as + _agreeing_with_i(rest, said)

        return _INNER_I.sub(third, text)

    def titled_body(self, spans: list[Span], source: str) -> str | None:
        """The body a speaker's title says they speak for, when it is not the article's actor: a
        union official's union (by its name when the article gave one), a mayor's town."""
        titles = _titles(spans, source)
        if "union" in titles:
            return next((n for n in reversed(self.names) if "Union" in n.split()), None) or "the union"
        if titles & {"mayor", "councillor"} and self.town:
            return self.town
        if "minister" in titles and self.land:
            return f"{_possessive(self.land)} government"  # "Finance minister Oskar Brandt": "we" are the government
        for noun in sorted(titles & _TITLED_BODIES):  # "board chair Alan Pike" after "the regional health board"
            mention = self.mentions.get((noun, False))
            if mention and mention.split()[-1].lower() == noun:
                return self.as_written(mention)
        return None

    def led_body(self, spans: Sequence[Span], source: str) -> str | None:
        """"Tom Abernethy, who chairs the association" -> the Kelvara Shore Residents’ Association:
        the body a speaker is said to lead, named in full where the article named it before."""
        last = source.split()[-1]
        for span in reversed(spans):
            for tok in span:
                if tok.text != last or tok.pos_ != "PROPN":
                    continue
                verb = next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in _LEADING), None)
                body = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None) if (
                    verb is not None) else None
                if body is None:
                    continue
                if body.pos_ == "PROPN":
                    return _name_of(body)
                if not any(c.lower_ == "the" for c in body.children):
                    return None
                named = [n for n in [*self.names, *([self.last_source] if self.last_source else [])]
                         if n.split()[-1].lower().strip("’'") == body.lemma_.lower()]
                return self.mentions.get((body.lemma_.lower(), False)) or (named[-1] if named else None)
        return None

    def first_person(self, text: str, prop: Proposition, source: str) -> str:
        """"We will defend our producers," said the minister -> "Solmark will defend its producers":
        a speaker's "we" and "our" are the body they speak for; inside the claim only in a quote."""
        quoted = any(q in prop.parsed.sentence.text for q in "“”\"")
        if quoted and source[:1].isupper() and not _body_name(source):
            text = self.speaker_as_i(text, prop, source)
        m = _WE.match(text)
        inner = _INNER_WE.search(text) if quoted else None
        if m is None and inner is None:
            return text
        org = self.organisation(prop, source)
        spoken_for = False
        kind = self.kinds.get(_name_only(source)) if org is None else None
        if kind is not None:  # "Hugo Lindqvist, a planetary scientist": "we" are scientists
            org = kind
        elif org is None and (led := self.led_body([*self.spans, prop.parsed.span], source)):
            org = self.we_of[source] = led  # "Tom Abernethy, who chairs the association": "we" are the association
        elif org is None and (m is not None or "minister" in _titles([*self.spans, prop.parsed.span], source)) and (
                own := self.titled_body([*self.spans, prop.parsed.span], source)):
            org = self.we_of[source] = own  # "Union leader Tom Berry": "we" are the union, not the company
        elif org is None and (own := _party_led([*self.spans, prop.parsed.span], source)):
            if own.islower():  # "the chief executive of the association": the association named before
                own = self.mentions.get((own.split()[-1], False)) or f"the {own}"
            org, spoken_for = self.as_written(own), True  # "Ilse Varga, the Greens’ leader": "we" are the Greens
            self.we_of[source] = org
        elif org is None and (leading := _LEADER_OF.match(source)):
            org, spoken_for = leading.group(1), True  # "said the leader of the Farmers’ League"
        elif org is None and re.fullmatch(r"the (?:\w+ )?(?:team|club|company|council|party|union|board|firm|group)",
                                          source):
            org, spoken_for = source, True  # "“We have zero tolerance,” the team said": the team itself
        elif org is None and _executive(prop, source):  # "chief executive Lena Brandt": the company just named
            org = self.last_named_body()
            if org is not None:
                org = self.full_name(org) or org if " " not in org else org
                self.orgs[source] = self.companies[source] = org
        elif org is None and (of := _name_of_body([*self.spans, prop.parsed.span], source)):
            org = self.we_of[source] = of  # "Owen Darrow of Caldreth Police": "we" are Caldreth Police
        elif org is None and _police_officer([*self.spans, prop.parsed.span], source):
            org = "police"  # "Detective Inspector Sara Quinn": "we" are the police
        elif org is None and (named := _NAMED_SPOKESPERSON.match(source)):
            org, spoken_for = named.group(1).strip(), True  # "a Plinko spokesperson": "we" are Plinko
        elif org is None and _SPOKESPERSON.match(source) and (last := self.last_source) and last[:1].isupper() and (
                not self.gender_of(last)):
            org = last  # "Chatwave said it would appeal. “We have invested ...,” a spokesperson said"
            spoken_for = True
        elif org is None and m is not None and not self.actor and self.opening_body and _titles(
                [*self.spans, prop.parsed.span], source) & _STAFF:
            org = self.we_of[source] = self.opening_body  # "Mission director Karin Holm": the agency the article is about
        elif org is None and m is not None:  # at the start only: the article's main actor as a last guess
            org = self.actor  # (and the same claim's later "our": "we have to beat our rivals")
            if org:
                self.we_of[source] = org  # the same speaker's "we" later on ("Without him we will ...")
        elif org is None:
            org = self.we_of.get(source)
        if org and " " not in org:
            org = self.full_name(org) or org
        if text.startswith("Together"):
            org = self.pair() or org  # "Together we can ..." after a merger: both parties
        if not org:
            return text
        one_body = org.lower().startswith("the ") or self.companies.get(source) == org or spoken_for or (
            _organisation(org) or org in self.bodies or org in {self.town, self.land})  # an "it" ("Quillon Systems has")
        if re.fullmatch(r"[Tt]he [A-Z][a-z]+s", org):
            one_body = False  # "the Greens are": a party named in the plural
        # the present-tense verbs "we" said, to agree with one body: "we take" -> "Plinko takes"
        plain = {t.text: t.lemma_.lower() for t in prop.parsed.span if t.tag_ == "VBP" and t.i > 0
                 and t.doc[t.i - 1].lower_ == "we"}

        def body(word: str, rest: str, named: bool) -> str:
            if kind is not None and named:  # "Scientists should wait before they have seen it"
                return ("their" if word.lower() == "our" else "they") + rest
            if word.lower() == "our":  # (a government's "our grid" is the land's)
                land = re.fullmatch(r"(.+?)[’']s government", org)
                return ("its" if named else _possessive(land.group(1) if land else org)) + rest
            if one_body:  # "the Bank of X" is one body: "we are" -> "the Bank of X is"
                rest = re.sub(r"^ (are|were|have)\b", lambda v: " " + _SINGULAR[v.group(1)], rest)
                rest = re.sub(r"^ (\w+)\b", lambda v: f" {third_person(plain[v.group(1)])}" if v.group(1) in plain
                              else v.group(0), rest)
            return org + rest

        if m is not None:
            text = text[: m.start(1)] + body(m.group(1), text[m.end() :], False)
            text = text[0].upper() + text[1:]
        if inner is not None:
            while (inner := _INNER_WE.search(text)) is not None:
                before = text[: inner.start()]
                if inner.group(1) == "we" and _FRONTED.match(before):
                    before = before.rstrip() + ", "  # "Without him, Redmarsh City will ..."
                text = before + body(inner.group(1), text[inner.end() :], org.lower() in before.lower())
        return text
