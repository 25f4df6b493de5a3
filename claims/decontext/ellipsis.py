"""Ellipsis: what a claim leaves out and the claim before it supplies. "Otherwise" and "If it does
not" are the condition or duty before, left undone or met; "So will X" repeats the claim before for
a new subject; "and they didn’t" repeats, denied, the verb its sentence gave them."""

from __future__ import annotations

import re

from claims.decompose import Proposition
from claims.decontext.phrases import UNRESOLVED_START
from claims.inflect import third_person

SO_TOO = re.compile(r"^So (will|would|can|could|do|does|did|is|are|was|were|has|have|had) (.+?)\.$")
IF_SO = re.compile(r"^If (?:it|they|he|she) (?:does|do|did)( not|n’t|n't)?, (?=\w)")
_DUTY = re.compile(r"^(?:If [^,]+, )?(.+?) (should|must|needs to|need to|has to|have to|ought to) (.+?)\.$")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "some", "any", "many", "most"}
_DID_NOT = re.compile(r"^(?:They|It|He|She) (did|do|does)(?:n’t|n't| not)\.?$")


def mid_sentence(text: str) -> str:
    """``text`` as it reads after a comma: "The merger" -> "the merger", a name unchanged."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _DETERMINERS else text


def left_undone(before: Proposition) -> str | None:
    """"The council should delay the decision. Otherwise it risks a backlash" -> "If the council
    does not delay the decision": "otherwise" is the duty of the claim before, left undone."""
    m = _DUTY.match(before.text)
    if m is None or UNRESOLVED_START.match(m.group(1)) or m.group(1).lower() in {"we", "you", "i"}:
        return None
    do = "do" if before.subject_plural else "does"
    return f"If {mid_sentence(m.group(1))} {do} not {m.group(3)}"


def did_not(text: str, prop: Proposition) -> str:
    """"We were told the new flood gates would hold, and they didn’t" -> "The new flood gates did not
    hold": a bare "they didn’t" repeats, denied, the verb its sentence gave that subject before."""
    m = _DID_NOT.match(text)
    pron = next((t for t in reversed(prop.parsed.span) if t.lower_ == text.split()[0].lower() and t.dep_ == "nsubj"), None)
    if m is None or pron is None:
        return text
    plural = pron.lower_ == "they"
    for verb in reversed([t for t in prop.parsed.span if t.i < pron.i and t.pos_ == "VERB" and t.tag_ == "VB"]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None or (subject.tag_ in {"NNS", "NNPS"}) != plural:
            continue
        rest = [t for t in verb.subtree if t.i > verb.i and t.i < pron.i and not t.is_punct and t.dep_ != "cc"]
        words = " ".join([subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text, m.group(1), "not",
                          verb.lemma_, *(t.text for t in rest)])
        return words[0].upper() + words[1:] + "."
    return text


def condition_again(before: Proposition, negated: bool) -> str | None:
    """"If the weather stays dry, X. If it does not, Y" -> "If the weather does not stay dry";
    "Parliament should add a water charge. If it does not, Y" -> "If parliament does not add a
    water charge": the condition or duty of the claim before, met or left undone."""
    m = re.match(r"^If (.+?), ", before.text)
    if m is not None:
        verb = next((t for t in before.parsed.span if t.dep_ == "advcl" and t.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ == "if" for c in t.children)), None)
        at = m.group(1).find(f" {verb.text} ") if verb is not None else -1
        if verb is None or at < 0:
            return None
        if not negated:
            return f"If {m.group(1)}"
        do = {"VBD": "did", "VBP": "do"}.get(verb.tag_, "does")
        return f"If {m.group(1)[:at]} {do} not {verb.lemma_}{m.group(1)[at + len(verb.text) + 1 :]}"
    duty = _DUTY.match(before.text)
    if duty is None or UNRESOLVED_START.match(duty.group(1)) or duty.group(1).lower() in {"we", "you", "i"}:
        return None
    if negated:
        return f"If {mid_sentence(duty.group(1))} {'do' if before.subject_plural else 'does'} not {duty.group(3)}"
    first, _, rest = duty.group(3).partition(" ")
    return f"If {mid_sentence(duty.group(1))} {first if before.subject_plural else third_person(first)} {rest}".rstrip()


def said_too(before: Proposition, aux: str, who: str) -> tuple[str, str] | None:
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
