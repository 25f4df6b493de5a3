"""Stage 3: attribution — who asserts the sentence's content.

**Reads:** a parsed sentence (``ParsedSentence.span``).
**Adds:** an ``Attribution``: the source as written ("analysts", "the
minister", "Putin") or ``None``, the token that heads the reported content, and
the tokens of the reporting frame to leave out of the claim.

Guideline 1.4: "Analysts note that X", "X, the minister said", "According to
Y, X", "Experts suggest that X", "Y said X", "X, Y argued" -> the claim is X and
the source is recorded beside it. A reporting verb counts only with a clausal
complement: "Putin emphasized Russia's interests" is a claim about Putin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Lemmas of verbs that report speech or a view when they take a clause.
REPORTING_VERBS = frozenset(
    """say note suggest argue claim believe warn predict contend insist assert state add report observe
    acknowledge admit estimate hope think fear caution stress emphasize emphasise explain tell write announce
    confirm reckon agree conclude find show indicate remark forecast anticipate speculate worry allege concede
    recall point maintain expect assume doubt feel know reveal testify mention declare insist warn urge
    argued suspect rule complain respond reply counter""".split()
)
_SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs by which "it" speaks for a body ("It added that ..."), not draws an inference ("It suggests that ...").
_SPEAKING = {"say", "add", "announce", "warn", "confirm", "state", "tell", "insist", "claim", "report", "note",
             "argue", "promise", "deny"}
# "It suggests that ...", "This shows that ...": an inference, not a source.
_NOT_SOURCES = {"it", "this", "that", "which", "these", "those", "there"}


@dataclass(frozen=True, slots=True)
class Attribution:
    """The reporting frame of one sentence. ``content`` heads the claim."""

    source: str | None
    content: Token
    frame: frozenset[int]  # token indices (doc-level) that belong to the frame
    condition: str = ""  # "If the grant is refused" when the parser hung it on the reporting verb


_TITLE_WORDS = frozenset(
    """mr mrs ms dr prof professor judge governor minister president chancellor senator councillor detective
    inspector sergeant officer chief general colonel captain sir dame lord lady rev father local mp mep former deputy
    acting interim senior shadow mayor superintendent constable commissioner""".split()
)
_SET_OFF = {",", "—", "–", "(", ")"}


def _set_off(tok: Token) -> bool:
    left = tok.left_edge.i - 1
    return left >= 0 and tok.doc[left].text in _SET_OFF


def _person_name(head: Token) -> str:
    """The name of a person or body: "council leader Priya Anand" -> "Priya Anand"."""
    chain = [head]
    doc = head.doc
    i = head.i - 1
    while i >= 0:  # "Riverside Rovers", "Shoppers’ Voice" (a possessive name)
        left = doc[i]
        if left.pos_ == "PROPN" and left.dep_ in {"compound", "nmod", "poss"} and left.head.i in {t.i for t in chain}:
            chain.insert(0, left)
        elif left.text == "-" and i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].head.i in {t.i for t in chain}:
            chain[:0] = [doc[i - 1], left]  # "Odunsi-Bell": one surname, three tokens
            i -= 1
        elif left.text in {"’", "'"} and i > 0 and doc[i - 1].text.endswith("s") and (
                doc[i - 1].tag_ in {"NNPS", "NNP"} or (doc[i - 1].is_title and doc[i - 1].tag_ == "NNS")):
            chain[:0] = [doc[i - 1], left]  # "Workers’ Union", whatever the parser hung "Workers" on
            i -= 1
        else:
            break
        i -= 1
    words: list[str] = []
    for n, t in enumerate(chain):
        if t.text in {"’", "'", "-"} and words or n and chain[n - 1].text == "-":
            words[-1] += t.text
        else:
            words.append(t.text)
    while len(words) > 1 and words[0].lower().strip(".") in _TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def possessor(tok: Token) -> bool:
    """"The museum’s" read as a noun modifier with its "’s" (as the parser does now and then)."""
    return tok.dep_ == "nmod" and any(c.dep_ == "case" for c in tok.children)


def source_text(subject: Token) -> str:
    """The source as a reader would name it: the person's name, else the noun phrase
    without set-off clauses ("Analysts", "the Varenian Federation of Industry")."""
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not _acronym(child):
            return _person_name(child)
        owner = next((g for g in child.children if g.dep_ == "appos" and g.pos_ == "PROPN" and g.left_edge.i == child.i + 1
                      and not _acronym(g)), None) if child.dep_ == "appos" and child.pos_ == "NOUN" else None
        if owner is not None:
            return _person_name(owner)  # "The club’s owner, the property group Granvik Holdings, said"
    has_det = any(c.dep_ in {"det", "poss"} for c in subject.children)
    # "Solmark’s Ministry of Trade and Industry": a one-word name that goes on with "of" (or is
    # owned with "’s") is named whole, unlike "Ravi Menon of Crestline Research"
    of_name = not any(c.dep_ == "compound" for c in subject.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i > subject.i for c in subject.children)
    owned = any(possessor(c) for c in subject.children)
    has_det = has_det or of_name or owned
    if subject.pos_ == "PROPN" and not has_det and not any(c.dep_ == "prep" and c.lower_ == "of" and
                                                           c.i < subject.i for c in subject.children):
        return _person_name(subject)
    drop: set[int] = set()
    for t in subject.subtree:
        if t.i != subject.i and t.dep_ in {"relcl", "appos", "acl"} and _set_off(t):
            drop |= {x.i for x in t.subtree} | {t.left_edge.i - 1}
    words = [t for t in subject.subtree if t.i not in drop]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text + (" " if t.whitespace_ or (n + 1 < len(words) and words[n + 1].i != t.i + 1) else "")
                   for n, t in enumerate(words)).strip()
    first = words[0]
    named = any(t.text == first.text and not t.is_sent_start for t in first.doc)  # a name the tagger took for a noun
    if first.is_sent_start and first.pos_ != "PROPN" and first.text != "I" and not first.text.isupper() and not named:
        text = text[0].lower() + text[1:]  # "The agency said" -> "the agency"; "Dravian customs data" as written
    return text


def _acronym(tok: Token) -> bool:
    """"(KCA)" after a name is its short form, not a second name."""
    return tok.text.isupper() and tok.doc[tok.i - 1].text == "(" if tok.i > 0 else False


def _root(span: Span) -> Token:
    return span.root


_HEARINGS = {"court", "jury", "juror", "inquest", "inquiry", "tribunal", "hearing", "trial", "magistrate", "committee"}


def _heard(verb: Token) -> bool:
    """"The court heard that X": what a court or inquiry hears is evidence put to it."""
    return verb.lemma_.lower() == "hear" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _HEARINGS for c in verb.children)


def _adjective_clause(tok: Token) -> bool:
    """"said staff were “heartbroken” by the theft": an adjective the parser made the clause's head."""
    return tok.pos_ == "ADJ" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and any(
        c.dep_ in {"aux", "auxpass", "cop"} for c in tok.children)


def _reported(verb: Token) -> Attribution | None:
    if verb.lemma_.lower() not in REPORTING_VERBS and not _heard(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and (c.pos_ in {"VERB", "AUX"} or _adjective_clause(c))]
    if len(subjects) != 1 or len(clauses) != 1:
        return None
    subject, content = subjects[0], clauses[0]
    speaks = subject.lower_ == "it" and verb.lemma_.lower() in _SPEAKING  # "It added that ..." (a body)
    if not speaks and (subject.lower_ in _NOT_SOURCES or subject.pos_ == "PRON" and subject.lower_ not in {
            "he", "she", "they", "we"}):
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in content.children):
        return None  # an open question, not a reported claim
    if content.left_edge.tag_ in {"WRB", "WDT", "WP"} and content.left_edge.i > verb.i:
        return None  # "should say how many of the roles will go to staff": a question, not a claim
    if any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought"} for c in verb.children):
        return None  # "the company should say X": what it ought to do, not what it said
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "The study does not show that X": X is not asserted by anyone
    if _figure_misread(verb, content):
        return None
    content_tokens = {t.i for t in content.subtree}
    frame = frozenset(t.i for t in verb.subtree if t.i not in content_tokens)
    frame |= {c.i for c in content.children if c.dep_ == "mark" and c.lower_ == "that"}
    condition = next((c for c in verb.children if c.dep_ == "advcl" and c.i < subject.i
                      and c.left_edge.lower_ in {"if", "unless", "once", "when"}), None)
    said_if = "".join(t.text_with_ws for t in condition.subtree).strip() if condition is not None else ""
    return Attribution(source_text(subject), content, frame, said_if)


def _figure_misread(verb: Token, content: Token) -> bool:
    """"Lumora reported revenue of $3.42 billion, ahead of the $3.30 billion analysts had expected":
    a figure reported as the object, which the parser made the subject of a clause far along."""
    if verb.lemma_.lower() in {"say", "warn", "add", "think", "believe", "tell"}:
        return False  # no figure is "said": "said aftershocks of magnitude 4 or more were likely"
    subject = next((c for c in content.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.i == verb.i + 1 + sum(1 for t in subject.lefts) and not any(
        c.dep_ == "mark" for c in content.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in subject.children)


def _according_to(span: Span) -> Attribution | None:
    for tok in span:
        if tok.lower_ != "according":
            continue
        tos = [c for c in tok.children if c.lower_ == "to"]
        objs = [c for to in tos for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        frame = {t.i for t in tok.subtree}
        for side in (tok.left_edge.i - 1, tok.right_edge.i + 1):
            if span.start <= side < span.end and span.doc[side].text == ",":
                frame.add(side)
        return Attribution(_whose_figures(objs[0]) or source_text(objs[0]), _root(span), frozenset(frame))
    return None


def _whose_figures(head: Token) -> str | None:
    """"according to figures the trust published on Thursday" -> "the trust’s figures": figures
    named by who published them (a relative clause without "that", which the parser may misread)."""
    if head.lemma_.lower() not in {"figure", "data", "statistic", "number"} or head.i + 3 >= len(head.doc):
        return None
    det, noun, verb = head.doc[head.i + 1], head.doc[head.i + 2], head.doc[head.i + 3]
    if det.lower_ != "the" or noun.pos_ not in {"NOUN", "PROPN"} or verb.tag_ not in {"VBD", "VBN"} or (
            verb.lemma_.lower() not in {"publish", "release", "issue", "compile", "collect", "produce"}):
        return None
    return f"the {noun.text}’s {head.text}"


def _parenthetical(root: Token) -> Attribution | None:
    """"Easing too early, she said, would risk ..." / "X, analysts said, ..." inside the sentence.

    The frame hangs off the root or, as a parataxis, off any word of the sentence;
    a verb with an object or one that opens the sentence reports nothing here
    ("Lumora reported revenue of ..., up 31%")."""
    candidates = [*root.children, *(t for t in root.subtree if t.dep_ == "parataxis" and t.head != root)]
    for child in candidates:
        if child.dep_ not in {"parataxis", "advcl", "ccomp"} or child.lemma_.lower() not in REPORTING_VERBS:
            continue
        # "If X, officials said, Y": a condition the parser hung on "said" belongs to the claim
        condition = {t.i for c in child.children if c.dep_ == "advcl" and c.i < child.i for t in c.subtree}
        own = [t for t in child.subtree if t.i not in condition]
        if any(c.dep_ in {"ccomp", "dobj"} for c in child.children) or own[0].i == root.sent.start:
            continue
        if any(c.dep_ == "mark" for c in child.children) or any(c.dep_ == "nsubjpass" for c in child.children):
            continue  # "..., after Tarrow fever was confirmed on 37 farms": a time, not a speaker
        subjects = [c for c in child.children if c.dep_ in _SUBJECTS]
        # ("If they fail again, it said, output could fall": a body named before, as "it said" at the end)
        if len(subjects) != 1 or subjects[0].lower_ in _NOT_SOURCES and not (
                subjects[0].lower_ == "it" and subjects[0].dep_ == "nsubj" and child.dep_ == "parataxis"
                and child.lemma_.lower() in {"say", "add", "warn"}):
            continue
        frame = {t.i for t in own if not (condition and t.is_punct and t.i - 1 in condition)}
        # "In the long run, analysts said, prices will fall": a fronted phrase keeps its comma too
        lead = own[0].i if own[0].is_punct else own[0].i - 1
        before = root.doc[lead - 1] if lead - 1 >= root.sent.start else None
        fronted = before is not None and any(
            (a.dep_ in {"prep", "advmod"} or a.dep_ == "advcl" and any(m.dep_ == "mark" for m in a.children))
            and a.head.i == root.i and a.i < child.i for a in [before, *before.ancestors])  # (not "Easing too early,")
        if fronted:
            frame.discard(lead)
        for side in (own[0].i - 1, own[-1].i + 1):
            if (condition or fronted) and side < own[0].i:
                continue  # "If X, [officials said,] Y" keeps the comma after the condition
            if 0 <= side < len(root.doc) and root.doc[side].text in {",", "—", "–"}:
                frame.add(side)
        return Attribution(source_text(subjects[0]), root, frozenset(frame))
    return None


def _trailing(span: Span) -> Attribution | None:
    """"X has agreed to buy Y, the two companies announced on Monday." when the parser reads the
    closing frame as an apposition with a participle: the apposed noun phrase is the source."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return None
    root = _root(span)
    # "..., the board announced on Thursday, citing a shortage of staff": what the source did in saying so
    tail = next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.right_edge.i == words[-1].i
                 and c.left_edge.i - 1 > root.i and span.doc[c.left_edge.i - 1].text == ","), None)
    end = tail.left_edge.i - 2 if tail is not None else words[-1].i
    for tok in span:
        # the parser's other readings of the frame: a second object, or a conjunct of the verb
        misread = (tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)) or (
            tok.dep_ == "conj" and tok.head.i == root.i) or (
            # "has agreed to buy Bellamy’s, the two companies announced": after the verb's own complement
            tok.dep_ == "dobj" and tok.head.i == root.i and any(c.dep_ in {"xcomp", "ccomp"} and c.i < tok.i
                                                                for c in root.children))
        if (tok.dep_ not in {"appos", "npadvmod", "nsubj"} and not misread) or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in REPORTING_VERBS
                     and not any(x.dep_ in {"dobj", "ccomp"} for x in c.children)), None)
        comma = tok.left_edge.i - 1
        if verb is None or tok.right_edge.i not in {words[-1].i, end} or comma < span.start or (
                span.doc[comma].text != ","):
            continue
        source = "".join(t.text_with_ws for t in tok.subtree if t.i < verb.i).strip()
        frame = {t.i for t in tok.subtree} | {comma}
        if tok.right_edge.i == end and tail is not None:
            frame |= {t.i for t in tail.subtree} | {tail.left_edge.i - 1}
        return Attribution(source[0].lower() + source[1:] if source[:4] in {"The ", "A "} else source,
                           root, frozenset(frame))
    return None


def reported(verb: Token) -> Attribution | None:
    """The frame when ``verb`` reports a clause ("Analysts note that X"), else None."""
    return _reported(verb)


def attribute(span: Span) -> Attribution:
    """Find the reporting frame of ``span``; without one the content is the whole span."""
    root = _root(span)
    found = _reported(root) or _according_to(span) or _parenthetical(root) or _trailing(span)
    return found or Attribution(None, root, frozenset())


__all__ = ["Attribution", "attribute", "reported", "source_text", "REPORTING_VERBS"]
