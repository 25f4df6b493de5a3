"""Pronouns and demonstratives: a leading "It/They/He/This" or "Its/Their", and a
"him/her/it" inside a claim, become what they point to (guideline 1.2)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.attribution import REPORTING_VERBS
from claims.decompose import _VERDICT_VERBS, PERSON_NOUNS, Proposition, tidy
from claims.decontext.phrases import (
    UNRESOLVED_START,
    measured_owner,
    _EVENT_NOUNS,
    _EXPLETIVE_IT,
    _INSTITUTIONS,
    _PRONOUN,
    _body_name,
    _find_token,
    _is_person,
    _name_of,
    _name_only,
    _organisation,
    _place_name,
    _owner_head,
    _phrase,
    span_end,
)
from claims.decontext.speakers import Speakers, _party_led
from claims.decontext.topic import _DECIDING, _event_phrase
from claims.inflect import gerund
from claims.inflect import possessive as _possessive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PERSON_PRON = {"he", "she"}
_POSSESSIVE = re.compile(r"^(its|their|his|her)\b(?=\s+\w)", re.IGNORECASE)


def _owner(previous: Sequence[Span]) -> str | None:
    """A proper-noun possessor or subject named in the sentence before ("Russia's")."""
    if not previous:
        return None
    for tok in previous[-1]:
        if tok.pos_ == "PROPN" and (tok.dep_ == "poss" or (tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT"
                                                          and tok.head.lemma_.lower() not in REPORTING_VERBS | {"tell"})):
            # (not who told it: "“...,” Tomas Veldran told reporters. “This rise puts money ...”")
            # (not the subject of an "if" or "when" clause: "If the KCA clears it, ... This merger")
            words = [t for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i]
            return "".join(t.text_with_ws for t in words).strip()
    return None


_EXTRAPOSED = re.compile(r"^It (is|was|would be|will be|seems|would have been) (.+?) to (\w+)\b(.*?)\.?$")
_TAKES_TIME = re.compile(r"^It ((?:could |will |would |may |might |can )?(?:take|takes|took)) ((?:[\w-]+ ){0,3}?"
                         r"(?:years?|months?|weeks?|days?|hours?|decades?)) to (\w+)\b(.*?)\.?$")
_TOUGH = {"hard", "harder", "easy", "easier", "difficult", "impossible", "tough", "tougher", "simple", "simpler"}
_RAISING = {"likely", "unlikely", "certain", "sure", "bound", "due", "set", "able", "unable", "going", "about", "yet",
            "supposed", "meant", "poised", "ready", "designed", "built", "made", "known", "said", "thought"}


def _extraposed(text: str) -> str | None:
    """"It is a mistake to let ministers decide." -> "Letting ministers decide is a mistake."
    (the "it" points forward to the infinitive, so the claim reads alone without it)."""
    if (took := _TAKES_TIME.match(text)) is not None and took.group(3).islower():
        # "It could take four months to assess the claim." -> "Assessing the claim could take four months."
        return f"{gerund(took.group(3)).capitalize()}{took.group(4)} {took.group(1)} {took.group(2)}."
    m = _EXTRAPOSED.match(text)
    if m is None or not m.group(3).islower() or m.group(3) in {"be", "the", "a", "an"} or len(m.group(2).split()) > 6:
        return None
    if m.group(3).endswith(("ment", "tion", "sion", "ness", "ity", "ism", "ance", "ence", "ship")):
        return None  # "It is a monument to mismanagement": "to" a noun, no infinitive
    if m.group(2).split()[0].endswith("ing"):
        return None  # "It was working with Skyra to find the cause": a progressive verb, "it" is its subject
    last = m.group(2).split()[-1].lower()
    if last.endswith(("ed", "en")) or last in _RAISING:
        return None  # "It is expected to cut ...": "it" is a real subject
    if not m.group(4).strip() and _TOUGH & set(m.group(2).lower().split()):
        return None  # "It is much harder to justify": "it" is what is hard to justify
    return f"{gerund(m.group(3)).capitalize()}{m.group(4)} {m.group(1)} {m.group(2)}."


# ("It is the second time this year that X"; "It is the first time the population has shrunk")
_NTH_TIME = re.compile(r"^It (?:is|was) the (\w+) time(?:((?: \w+){0,3}?) that|()) (\w)(.+?)\.?$")


_SPEAKING = {"comment", "name", "say", "give", "confirm", "disclose", "identify", "discuss", "elaborate", "specify",
             "reveal", "answer", "speculate"}


def _subject_owner(prop: Proposition) -> str | None:
    """"Neighbouring Hallandia opened its second line, and its fast trains carry ...": an "its" in
    a conjunct of the sentence's verb is its named subject's."""
    root = prop.parsed.span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.tag_ != "NNP" or _is_person(subject.text, subject):
        return None
    conjuncts = {root.i, *(c.i for c in root.conjuncts)}
    owned = [t for t in prop.parsed.span if t.lower_ == "its" and t.head.head.i in conjuncts and t.head.head.i != root.i]
    return _name_of(subject) if owned else None


# Offices one person holds, named without the person ("the prime minister", "the mayor").
_ROLES = {"minister", "president", "mayor", "governor", "chancellor", "chairman", "chairwoman", "chair", "premier"}
_ENOUGH = {"enough", "sufficient", "insufficient", "vain", "useless", "futile"}


def _effort(prop: Proposition) -> str | None:
    """"We burned straw between the rows all night, but it was not enough" -> "Burning straw between
    the rows all night": an "it" that judges the act just told, in the same sentence, is that act."""
    pron = next((t for t in prop.parsed.span if t.lower_ == "it" and t.dep_ == "nsubj"), None)
    be = pron.head if pron is not None else None
    if be is None or be.lemma_ != "be" or be.dep_ != "conj" or be.head.pos_ != "VERB" or be.head.i > be.i:
        return None
    if not any(t.lower_ in _ENOUGH for c in be.children if c.dep_ in {"acomp", "attr", "prep"} for t in c.subtree):
        return None
    act = be.head
    kept = [t for c in act.children if c.i > act.i and c.dep_ not in {"cc", "conj", "punct"} for t in c.subtree]
    if not kept:
        return None
    words = "".join(t.text_with_ws for t in sorted(kept, key=lambda t: t.i)).strip()
    return f"{gerund(act.lemma_.lower()).capitalize()} {words}"


def _nth_time(text: str) -> str | None:
    """"It is the second time this year that Skyra has had to ground aircraft." -> "Skyra has
    had to ground aircraft for the second time this year." (the "it" is empty)."""
    m = _NTH_TIME.match(text)
    if m is None:
        return None
    clause, when = f"{m.group(4).upper()}{m.group(5)}", f"for the {m.group(1)} time{m.group(2) or ''}"
    head, since, tail = clause.rpartition(" since ")
    return f"{head} {when} since {tail}." if since else f"{clause} {when}."  # "... for the first time since 1921"


_FINDING = {"blame", "attribute", "recommend", "conclude", "find", "estimate", "identify", "criticise", "criticize"}
_WANTING = {"ask", "demand", "seek", "urge", "insist", "vow", "pledge", "threaten", "campaign", "lobby", "call"}
_INNER_CONNECTIVE = re.compile(r",\s*(however|though|too|also|of course|in fact|indeed)\s*,", re.IGNORECASE)


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


# "This town" is a place, not something the last-named actor owns.
_PLACES = {"town", "city", "village", "country", "region", "state", "area", "county", "nation", "province",
           "district", "island", "community", "neighbourhood", "neighborhood"}

# Predicates that judge an action or a state of affairs ("That is a mistake"), not a thing.
_VERDICTS = {"mistake", "error", "wrong", "right", "problem", "scandal", "shame", "pity", "disgrace", "blunder",
             "disaster", "catastrophe", "blow", "victory", "success", "failure", "tragedy", "betrayal",
             "outrage", "relief", "surprise", "news", "unfair", "fair", "unacceptable", "acceptable", "welcome", "sensible",
             "absurd", "risky", "dangerous", "irresponsible", "reasonable", "understandable", "regrettable"}
# Predicates that judge whether a claim holds ("That may be true").
_TRUTH = {"true", "false", "untrue", "correct", "incorrect", "accurate", "inaccurate"}
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"}
_BARE_QUANTIFIER = re.compile(r"^(Most|Many|Some|All|Half|Several|Few|None|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b"
                              r"(?= (are|were|have|had|has|is|was|will|would|can|could|may|remain|say|said)\b)")
_AGREEING = {"has": "have", "is": "are", "was": "were"}  # "two has postponed" (told as of one) -> "have"
_INNER_PRONOUN = re.compile(r"(?<=\w )(its|his|him|her|it)\b")  # not the claim's first word


def _conjunct_object(pron: Token) -> str | None:
    """"The firm bought the old mill in 2019 and sold it" -> "sold the old mill"; "Boil all water
    ... and let it cool" -> "let the water cool": the object "it" of the second of two coordinated
    verbs is the first verb's object, a singular thing."""
    verb = pron.head
    if pron.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.lemma_ in {"let", "make", "have", "help"}:
        verb = verb.head  # "let it cool": "it" is what is let
    elif pron.dep_ != "dobj":
        return None
    elif verb.dep_ == "ccomp" and verb.head.dep_ == "conj" and verb.head.lemma_.lower() in REPORTING_VERBS and any(
            c.dep_ == "nsubj" and c.i < pron.i for c in verb.children):
        verb = verb.head  # "called the plan “reckless” and said it would fight it": the plan
    contrast = verb.dep_ == "advcl" and any(m.lower_ in {"while", "whereas"} for m in verb.children)
    if (verb.dep_ != "conj" and not contrast) or verb.head.pos_ != "VERB":
        return None  # ("X would reverse the change, while Y backed it": a contrast is parallel too)
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in {"NN", "NNP"} or obj.lemma_.lower() in PERSON_NOUNS or _is_person(obj.text, obj):
        return None
    if obj.tag_ == "NNP":
        return _phrase(obj)
    words = [t.text for t in obj.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"} for t in t.subtree]
    owned = any(t.dep_ == "poss" for t in obj.lefts)
    return " ".join([*([] if owned else ["the"]), *words, obj.text]).replace(" ’s", "’s").replace(" 's", "'s")


def _object_before(pron: Token) -> str | None:
    """"We have made a fair offer of 8%, and it remains on the table" -> "The fair offer of 8%": the
    subject "it" of a second clause is the thing the first one's verb acted on, when the first
    clause's subject is a speaker ("we", a person) that cannot be an "it"."""
    verb = pron.head
    place = verb.head if verb.dep_ == "relcl" and verb.left_edge.lower_ == "where" else None
    if place is not None and place.dep_ == "pobj" and place.head.head.pos_ == "VERB" and pron.lower_ == "they" and (
            obj := next((c for c in place.head.head.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)) is not None:
        # "Return affected packs to any pharmacy, where they will be swapped": the packs
        words = [t for t in obj.subtree if t.dep_ not in {"relcl", "acl"} and not any(
            a.dep_ in {"relcl", "acl"} for a in t.ancestors if a.i in {x.i for x in obj.subtree})]
        text = "".join(t.text_with_ws for t in words).strip()
        return text[0].upper() + text[1:]
    if pron.lower_ == "they" and pron.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "ccomp" and (
            speaker := next((c for c in verb.head.children if c.dep_ == "nsubj"), None)) is not None and (
            speaker.tag_ in {"NNP", "NN"}):
        # "The council, which installed the flood gates in 2022, said they had been overtopped": the gates
        said = next((c for c in speaker.children if c.dep_ == "relcl"), None)
        obj = next((c for c in said.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None) if said is not None else None
        if obj is not None:
            text = obj.doc[obj.left_edge.i : obj.i + 1].text
            return text[0].upper() + text[1:]
    if pron.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or (
            verb.lemma_ == "be") or pron.lower_ != "it":  # ("We burned straw all night, but it was not enough")
        return None
    first = verb.head
    subject = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or obj.tag_ != "NN" or obj.lemma_.lower() in PERSON_NOUNS or not (
            subject.lower_ in {"we", "i", "you", "they"} or subject.lemma_.lower() in PERSON_NOUNS):
        return None
    words = [t for t in obj.subtree if not any(a.dep_ in {"relcl", "acl", "appos"} and a.i != obj.i
                                                for a in [t, *t.ancestors] if a.i in {x.i for x in obj.subtree})]
    text = "".join(t.text_with_ws for t in words).strip()
    return "The " + text.split(" ", 1)[1] if words[0].lower_ in {"a", "an"} and " " in text else text[0].upper() + text[1:]


def _reason_subject(pron: Token) -> str | None:
    """"The ministry said the figure was misleading because it ignored X" -> "The figure": the
    subject "it" of a clause of reason or time is the thing its main clause is about."""
    verb = pron.head
    if pron.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if mark is None or mark.lower_ not in {"because", "since", "as", "although", "though", "until", "unless"} or (
            subject is None or subject.tag_ != "NN" or subject.lemma_.lower() in PERSON_NOUNS):
        return None
    words = [t for t in subject.subtree if not (t.dep_ in {"relcl", "appos", "acl"} or any(
        a.dep_ in {"relcl", "appos", "acl"} for a in t.ancestors if a.i in {x.i for x in subject.subtree}))]
    text = "".join(t.text_with_ws for t in words).strip()
    return text[0].upper() + text[1:]


def _in_quote(tok: Token) -> bool:
    """``tok`` stands inside quotation marks: "“My mother is frail and she was frightened,” Claire
    said", but not "Kalland said she would “look carefully” at it"."""
    before = [t.text for t in tok.sent if t.i < tok.i]
    opened = sum(t == "“" for t in before) - sum(t == "”" for t in before)
    straight = sum(t == '"' for t in before)
    return opened > 0 or straight % 2 == 1


def _in_subject(tok: Token) -> bool:
    """``tok`` sits inside the subject of its clause ("Delays to its camera system pushed ...")."""
    return any(a.dep_ in {"nsubj", "nsubjpass"} for a in tok.ancestors) and tok.dep_ not in {"nsubj", "nsubjpass"}


_QUOTE_MARKS = {"“", "”", '"'}
_CLIENT = re.compile(r"^ client\b")
_LAWYERS = {"lawyer", "solicitor", "attorney", "barrister", "counsel"}
# What befalls an actor rather than what it decides: "It is her first title" after "X won Y" is no decision.
_UNDECIDED = {"win", "lose", "beat", "finish", "score", "die", "fall", "rise", "suffer", "receive", "hit", "miss",
              "draw", "crash", "collapse", "break"}
_BLAMING = {"accuse", "blame", "criticise", "criticize", "attack", "condemn", "fault"}
# Nouns that take a part of something ("half of its electricity"), never its owner.
_PARTS = {"%", "half", "third", "quarter", "fifth", "part", "share", "majority", "minority", "rest", "bulk", "most",
          "lot", "percent", "per cent"}


def _no_owner_before(pron: Token) -> bool:
    """Nothing before "its" in its sentence could own it: the subject is plural ("The cuts will
    fall on its plants") and no singular noun or pronoun comes between."""
    verb = next((a for a in pron.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb else None
    if verb is not None and subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "The cuts, which amount to 15% of its workforce"
    if verb is None or subject is None or subject.i > pron.i or (
            subject.tag_ != "NNS" and subject.lemma_.lower() not in PERSON_NOUNS):  # "A patient waited ... its"
        return False
    aside = {t.i for c in subject.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    return not any(t.tag_ in {"NN", "NNP", "PRP"} and t.lower_ not in _PARTS and t.i not in aside
                   for t in [*subject.subtree, *verb.subtree] if t.i < pron.i)


def _speaking_group(prop: Proposition, pron: Token | None) -> str | None:
    """"Prosecutors in Kestrow said they were examining X" -> "Prosecutors in Kestrow": "they" opening
    what a group of people reports (not in their quoted words) is that group."""
    source = prop.attributed_to
    if not source or pron is None or pron.dep_ not in {"nsubj", "nsubjpass"} or pron.head.dep_ != "ccomp" or (
            _in_quote(pron)):
        return None
    subject = next((c for c in pron.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in PERSON_NOUNS | _GROUPS:
        return None
    return source[0].upper() + source[1:]


_GROUPS = {"prosecutor", "investigator", "official", "resident", "researcher", "scientist", "analyst", "economist",
           "campaigner", "parent", "worker", "farmer", "doctor", "nurse", "teacher", "police", "officer", "lawyer",
           "expert", "critic", "trader", "investor", "passenger", "voter", "student", "grower", "owner", "shopkeeper"}


def _clause_thing(pron: Token) -> bool:
    """"for each hectare that lost more than half its crop", "the scheme, which has been idle since
    its operator went bust": "its" in a relative clause about a thing is that thing's, which the
    claim already holds."""
    for verb in (a for a in pron.ancestors if a.pos_ in {"VERB", "AUX"}):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or pron.i in {t.i for t in subject.subtree}:
            continue  # ("its previous operator went bust": the subject holds it; look further up)
        thing = verb.head if subject.tag_ == "WDT" and verb.dep_ == "relcl" else None
        return thing is not None and thing.tag_ == "NN" and thing.lemma_.lower() not in PERSON_NOUNS
    return False


# "It emerged that X": the "it" of these verbs points at nothing.
_EMPTY_IT_VERBS = {"emerge", "transpire", "appear", "seem", "turn", "become", "remain", "follow", "happen"}
# Verbs by which a speaker takes a stance on a thing ("defended the plan, arguing that it ...").
_AGAINST = {"reject", "dismiss", "deny", "dispute", "oppose"}  # stances whose "saying it ..." is the stander's own case
_JUDGING = {"call", "describe", "label", "brand", "dub"}  # "called it a betrayal"
# an adverb before the subject pronoun: "Now it", "Still, they"
_ADVERB_FIRST = re.compile(r"^(?:Now|Still|Instead|Meanwhile|Then|Today|Already|Soon|Yet|If),? (?=(?:they|it|he|she)\b)")


def _proper_start(text: str, span: Span) -> bool:
    """The text opens with a name ("Lumora Systems ..."), not with a word capitalised as the claim opens."""
    first = text.split()[0]
    if first.lower() in {"the", "a", "an"}:
        return False  # "Now the board has to explain"
    return any(t.text == first and (t.pos_ == "PROPN" or not (t.is_sent_start or t.doc[t.i - 1].text in {"“", '"'}))
               for t in span.doc)  # (a quote opens a sentence too: "“Half of our guests ...")
# words that set one figure against another ("almost three times the 3,200", "up 12% from")
_COMPARING = {"times", "twice", "double", "half", "up", "down", "more", "less", "fewer", "higher", "lower"}
# a claim that gives a count of things and what they did: "9,150 patients have now waited more than a year"
_COUNT_CLAIM = re.compile(r"^(?:About |Nearly |Almost |More than |Some |Over )?[\d,.]+ ([a-z]+s) (?:now )?((?:have|has|had|"
                          r"were|are|was|is) .+?)\.?$")


def _stance_target(span: Span, *, judged: bool = False) -> Token | None:
    """"Cyclists welcomed the relaunch", "Business groups were quick to condemn the move": the
    thing the sentence takes a stance on (with ``judged``, also "called the charge “a tax”")."""
    root = span.root
    verb = root if root.lemma_.lower() in _STANCES | (_JUDGING if judged else set()) else next(
        (c for c in root.children if c.dep_ == "xcomp" and c.lemma_.lower() in _STANCES), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN"), None) if verb is not None else None
    return obj if obj is not None and obj.lemma_ not in PERSON_NOUNS else None


_STANCES = {"defend", "criticise", "criticize", "welcome", "reject", "back", "praise", "attack", "dismiss", "oppose",
            "support", "condemn", "question", "dispute", "challenge", "hail", "endorse", "justify"}



def _dummy_object(tok: Token) -> bool:
    """"could find it even harder to get a flat", "made it easier to sack workers": an "it" that
    stands for the infinitive after the adjective, no thing named before."""
    judged = tok.head if tok.dep_ == "nsubj" else next(
        (c for c in tok.head.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} and c.i > tok.i), None)
    return judged is not None and judged.tag_ in {"JJ", "JJR", "RBR", "RB"} and judged.i > tok.i and (
        judged.head.lemma_.lower() in {"find", "make", "consider", "think"} or judged.head.i == tok.head.i) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in judged.children)

class Resolver(Speakers):
    """The whole resolver: pronouns on top of speakers, descriptions and memory."""

    def same_sentence_name(self, prop: Proposition, word: str, gender: str | None = None) -> str | None:
        """ "She described Mensah's performance and said he ..." -> Mensah (not the speaker)."""
        span = prop.parsed.span
        pron = next((t for t in span if t.lower_ == word), None)
        if pron is None:
            return None
        source = (prop.attributed_to or "").lower()
        for tok in reversed([t for t in span if t.i < pron.i]):
            if word in {"his", "her"} and tok.tag_ == "NN" and tok.lemma_.lower() in _ROLES and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.dep_ in {"dobj", "pobj"}:
                # "asked to meet the prime minister, but her office has not agreed": the role just named
                return _phrase(tok, frozenset({"relcl", "appos", "acl"}), set_off=True)
            if tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.text.lower() not in source:
                if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in", "near", "from", "across", "outside"}:
                    continue  # "the third forced closure at Felsbach ... her insurance": a place, no "she"
                full = self.expand(tok.text)
                if self.gender_of(full) not in (None, gender or word) or _body_name(full) or _organisation(full) or (
                        _place_name(full)):
                    continue  # ("who leads Hollins Secondary School, said her staff": no school is a "she")
                return full
        return None

    def resolve_possessive(self, text: str, prop: Proposition) -> str:
        m = _POSSESSIVE.match(text)
        if not m:
            return text
        word = m.group(1).lower()
        rest = text[m.end() :]
        if word in {"his", "her"}:
            client = self.client(prop) if _CLIENT.match(rest) else None
            if client:  # "Hale’s lawyer said his client was ashamed" -> "Peter Hale was ashamed"
                return f"{client}{rest[len(' client'):]}"
            speaker = self.resolve_source(prop.attributed_to) if prop.attributed_to else None
            if re.match(r" party\b", rest) and speaker and (led := _party_led([*self.spans, prop.parsed.span], speaker)):
                # "Petr Davor, the Farmers’ League leader, said his party would not ..." -> the Farmers’ League
                led = self.as_written(led)
                return f"{led[0].upper()}{led[1:]}{rest[len(' party'):]}"
            gender = "he" if word == "his" else "she"
            pron = _find_token(prop.parsed.span, word)
            # "Ines Varga said her staff now teach X": the reporting person's own, as for "she said she"
            speaker = self.speaker_as_subject(prop, gender, owner=True) if pron is not None and not _in_quote(pron) else None
            found = self.same_sentence_name(prop, word, gender) or speaker or self.pick(person=True, gender=gender)
        else:
            # "The ministry said its support ..." -> the ministry's: a body's "its" in its own report
            own = self.speaker_itself(prop, "it" if word == "its" else "they")
            if own and (body := self.resolve_source(own)):
                phrase = f"{_possessive(body)}{rest}"
                return phrase[0].upper() + phrase[1:]
            found = (_subject_owner(prop) if word == "its" else None) or self.pick(
                plural=word == "their", person=False, underived=True)
            if found:  # "An independent review ... Its report" -> "The independent review’s report"
                found = measured_owner(re.sub(r"^an? (?=\w)", "The ", found, flags=re.IGNORECASE))
            return f"{_possessive(_owner_head(found))}{rest}" if found else f"The{rest}"
        return f"{_possessive(_name_only(found))}{rest}" if found else f"The{rest}"

    def resolve_start(self, text: str, prop: Proposition) -> str:
        if (lead := _ADVERB_FIRST.match(text)) is not None:
            # "Now it plans to cut jobs" -> "Now Lumora plans to cut jobs"
            rest = text[lead.end() :]
            resolved = self.resolve_start(rest[0].upper() + rest[1:], prop)
            if resolved[: len(rest)].lower() == rest.lower():
                return text
            known = any(n.split()[0] == resolved.split()[0] for n in self.names)  # ("Nadia Ferreira-Holt", named before)
            first = resolved[0] if known or _proper_start(resolved, prop.parsed.span) else resolved[0].lower()
            return f"{lead.group(0)}{first}{resolved[1:]}"
        if _POSSESSIVE.match(text):
            return self.resolve_possessive(text, prop)
        m = _PRONOUN.match(text)
        if not m:
            return text
        word = m.group(1).lower()
        rest = text[m.end() :]
        if word in _PERSON_PRON:
            pron = _find_token(prop.parsed.span, word)
            quoted = _in_quote(pron) if pron is not None else bool(_QUOTE_MARKS & set(prop.parsed.sentence.text))
            # "“My mother is frail and she was frightened,” Claire said": a quoted "she" is not the speaker
            speaker = (self.resolve_source(prop.attributed_to) if prop.attributed_to else self.last_source) if (
                quoted) else None
            # "His lawyer, Dana Molle, told reporters that he had acted in good faith": the client
            lawyer = next((t for t in prop.parsed.span if t.lemma_.lower() in _LAWYERS and any(
                c.dep_ == "poss" and c.lower_ == {"he": "his", "she": "her"}[word] for c in t.children)), None)
            client = self.client(prop) if lawyer is not None and not quoted else None
            found = client or (None if quoted else self.speaker_as_subject(prop, word)) or self.same_sentence_name(
                prop, word) or self.pick(plural=False, person=True, gender=word, besides=speaker)
            if found:
                self.gender.setdefault(found, word)  # "He scored ..." -> Joel Anders is a "he"
            return f"{found}{rest}" if found else text
        if word in {"it", "they"}:
            if word == "it" and _EXPLETIVE_IT.match(text):
                return text  # expletive "It is likely that ..."
            if word == "it" and (gerund := _extraposed(text) or _nth_time(text)):
                return gerund
            pron = _find_token(prop.parsed.span, word)
            # "The campaign called it “long overdue” but said ...": what they judged, not themselves
            judged = pron is not None and pron.dep_ in {"dobj", "pobj"}
            own = (_object_before(pron) or _reason_subject(pron) if word == "it" and pron is not None else None) or (
                _object_before(pron) if word == "they" and pron is not None else None) or (
                _speaking_group(prop, pron) if word == "they" else None) or (
                self.stance_object(prop) if word == "it" else None) or (
                None if judged else self.speaker_itself(prop, word)) or (
                self.accused(prop)) or self.silent_speaker(prop, word) or (_effort(prop) if word == "it" else None) or (
                self.intending_body(prop) if word == "it" else None)
            if own:
                named = self.resolve_source(own) if own == prop.attributed_to else own
                named = named or own
                return f"{named[0].upper()}{named[1:]}{rest}"
            if word == "it" and (event := self.event_said(prop)):
                return f"The {event}{rest}"
            found = (self.verdict_on_news(prop, _find_token(prop.parsed.span, "it")) or self.nth_of_kind(prop)
                     or self.main_clause_thing(prop) or self.judged_decision(prop)
                     if word == "it" else None) or self.pick(
                plural=word == "they", person=None if word == "they" else False, unlike=rest if word == "they" else None)
            if found is None and word == "it":
                found = self.decision(prop)
            if found and word == "it" and found.lower() in rest.lower() and prop.attributed_to:
                # "It added that a fine, which it disclosed in July, ...": what it disclosed is not what disclosed it
                speaker = self.resolve_source(prop.attributed_to)
                found = speaker[0].upper() + speaker[1:] if speaker and speaker.lower() != "it" else None
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
            found = (self.compared_count(tok) or self.decision(prop) or self.event_named(prop, tok) or self.same_kind(tok)
                     or self.whole_clause(prop, tok) or self.verdict_on_news(prop, tok))
            if found is None:
                found = self.last_thing() or self.pick(plural=False, person=False)
                if found and all(w[:1].isupper() for w in re.sub(r"^the ", "", found).split()):
                    found = None  # "This is a crisis of their own making": a situation, not the company named last
        else:
            found = self.pick(plural=word in {"these", "those"}, person=False)
        return f"{found}{rest}" if found else text

    def compared_count(self, tok: Token | None) -> str | None:
        """"9,150 patients had waited more than a year. That is almost three times the 3,200 recorded
        in 2024." -> "The number of patients who have waited more than a year": a figure compared with
        another is the count the claim before gave."""
        if tok is None or tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or not self.told:
            return None
        said = [t for c in tok.head.children if c.dep_ in {"attr", "acomp", "advmod", "npadvmod"} for t in c.subtree]
        if not any(t.like_num for t in said) or not any(t.lower_ in _COMPARING for t in said):
            return None
        m = next((m for _, said_before, _ in reversed(self.told[-2:]) if (m := _COUNT_CLAIM.match(said_before))), None)
        if m is None:  # (the claim before, or the one before a clause set off in it: "The trust, which runs X,")
            return None
        who = "who" if m.group(1).lower().rstrip("s") in PERSON_NOUNS or m.group(1) == "people" else "that"
        return f"The number of {m.group(1)} {who} {re.sub(r' (?:now|so far) ', ' ', m.group(2))}"

    def silent_speaker(self, prop: Proposition, word: str) -> str | None:
        """"The agency said it was investigating. It declined to name the group." -> the agency:
        who declines to comment, or does not respond, is someone asked to speak, the last source."""
        pron = _find_token(prop.parsed.span, word)
        if pron is None or pron.dep_ != "nsubj" or self.last_source is None:
            return None
        verb = pron.head
        said = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        before = self.sentence_before(prop)
        # "The federation said its members had rejected an offer. It is asking for 7%": who asks, demands or
        # urges is someone, the body that spoke in the sentence before
        wants = verb.lemma_.lower() in _WANTING and before is not None and any(
            t.lemma_.lower() in REPORTING_VERBS for t in before)
        # "The report said that water had reached the steel. It blamed the damage on X": what a source
        # that just spoke goes on to find or blame is its own, not the last thing its words named
        wants = wants or (verb.lemma_.lower() in _FINDING and before is not None and before.root.lemma_.lower() in (
            REPORTING_VERBS) and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in before.root.children))
        if not ((verb.lemma_.lower() in {"decline", "refuse"} and said is not None and said.lemma_.lower() in _SPEAKING)
                or verb.lemma_.lower() in {"respond", "reply"} or wants):
            return None
        source = self.last_source
        if _is_person(source, None) or self.gender_of(source) or (word == "they" and not source.endswith("s")):
            return None  # a person is "he" or "she"; "they" are many
        return source[0].upper() + source[1:]

    def sentence_before(self, prop: Proposition) -> Span | None:
        """The sentence before ``prop``'s, when the same paragraph holds both."""
        earlier = [s for s in self.spans if s is not prop.parsed.span]
        if not earlier or self.blocks[len(earlier) - 1] != prop.parsed.sentence.block_index:
            return None
        return earlier[-1]

    def client(self, prop: Proposition) -> str | None:
        """Whom the lawyer who speaks acts for: "Hale’s lawyer said his client ...", "His lawyer,
        Peter Nwosu, said his client ..." (his: the last man named before, not the lawyer)."""
        lawyer = next((t for t in prop.parsed.span if t.lemma_.lower() in _LAWYERS and t.dep_ in {"nsubj", "appos"}
                       and any(c.dep_ == "poss" for c in t.children)), None)
        if lawyer is None:
            return None
        owner = next(c for c in lawyer.children if c.dep_ == "poss")
        if owner.pos_ == "PROPN":
            return self.resolve_source(owner.text) or owner.text
        if owner.lower_ in {"his", "her"}:
            return self.pick(person=True, gender="he" if owner.lower_ == "his" else "she", besides=prop.attributed_to)
        return None

    def accused(self, prop: Proposition) -> str | None:
        """"Karl Mett accused the government of being unprepared. “They had a week's warning,” he
        said": in a quote that follows (within two sentences), "they" or "it" is whom the speaker's
        side blamed; "criticised the council’s handling" blames the council."""
        if not _QUOTE_MARKS & set(prop.parsed.sentence.text) or not prop.attributed_to:
            return None
        earlier = [s for s in self.spans if s is not prop.parsed.span]
        block = prop.parsed.sentence.block_index
        for back in (1, 2):
            if len(earlier) < back or self.blocks[len(earlier) - back] != block:
                return None
            for verb in earlier[-back]:
                target = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
                owner = next((c for c in target.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None) if (
                    target is not None and target.pos_ == "NOUN" and target.lemma_.lower() not in PERSON_NOUNS) else None
                target = owner or target
                if verb.lemma_.lower() in _BLAMING and target is not None and (
                        target.pos_ == "PROPN" or target.lemma_.lower() in _INSTITUTIONS | PERSON_NOUNS):  # who can act
                    phrase = _phrase(target, frozenset({"relcl", "appos", "acl", "prep", "case"}), set_off=False)
                    named = self.mentions.get((target.lemma_.lower(), False)) if target.tag_ == "NN" else None
                    if phrase.lower() == f"the {target.lower_}" and named and named[:1].isupper():
                        phrase = named  # "the council" the article named before: "Lowbridge District Council"
                    return phrase[0].upper() + phrase[1:]
        return None

    def event_said(self, prop: Proposition) -> str | None:
        """"The agency launched its probe ... “It was a textbook launch”" -> "The launch was a
        textbook launch": "it" is the event its predicate names, when the article told it as a verb."""
        pron = _find_token(prop.parsed.span, "it")
        if pron is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be":
            return None
        attr = next((c for c in pron.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and attr.tag_ == "NN" and (phrase := self.happened.get(attr.lemma_.lower())):
            return f"{attr.lemma_.lower()} {phrase}"  # "It was the first theft at the museum": the theft told before
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
        truth = pron.head.lemma_ == "be" and pred is not None and pred.lemma_.lower() in _TRUTH
        if not verdict and not consequence and not truth:
            return None
        block = prop.parsed.sentence.block_index
        if self.spans[-1] is prop.parsed.span or self.blocks[-1] != block:
            return None
        if truth:  # "Supporters say the buildings are costly. That may be true." -> the claim they made
            root = self.spans[-1].root
            said = next((c for c in root.children if c.dep_ == "ccomp"), None)
            if root.lemma_.lower() not in REPORTING_VERBS or said is None:
                return None
            words = [t for t in said.subtree if not (t.dep_ == "mark" and t.head is said)]
            return "The claim that " + tidy("".join(t.text_with_ws for t in words))
        found = _gerund_clause(self.spans[-1])
        if found:
            self.clausal.add(found)
        return found

    def verdict_on_news(self, prop: Proposition, pron: Token | None) -> str | None:
        """"Harlow Energy will cut 1,200 jobs." ... new paragraph: "“This is a betrayal,” Berry said" ->
        "Harlow Energy’s decision to cut 1,200 jobs is a betrayal": a verdict that opens a paragraph
        judges the article's news, not the last thing named (a verdict inside a paragraph judges the
        sentence before it: ``whole_clause``)."""
        if pron is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be" or self.event is None:
            return None
        if self.event[1].split()[1] in _UNDECIDED or not self.spans or prop.parsed.span is self.spans[0]:
            return None
        earlier = [s for s in self.spans if s is not prop.parsed.span]
        if earlier and self.blocks[len(earlier) - 1] == prop.parsed.sentence.block_index:
            return None
        pred = next((c for c in pron.head.children if c.dep_ in {"attr", "acomp"}), None)
        if pred is None or not (pred.lemma_.lower() in _VERDICTS or (  # "a sad day for the town"
                pred.lemma_.lower() in {"day", "moment"} and any(c.dep_ == "amod" for c in pred.children))):
            return None
        return _event_phrase(self.event, "decision")

    def of_the_group(self, text: str) -> str:
        """"About 1,200 residents were moved out. Most are staying with relatives." -> "Most of the
        residents are staying with relatives.": a bare quantifier opening a claim counts the group
        named just before."""
        m = _BARE_QUANTIFIER.match(text)
        group = self.pick(plural=True, person=None) if m else None
        if m is None or group is None:
            return text
        group = _owner_head(group.split(", ")[0])  # "Four passengers, including a boy": the passengers
        head = group.split()[-1]
        head = head.lower() if " " not in group and head[1:].islower() else head  # "Businesses cannot X. Some will"
        if not head.islower():
            return text
        verb = m.group(2) if m.group(1) == "None" else _AGREEING.get(m.group(2), m.group(2))
        return f"{m.group(1)} of the {head} {verb}{text[m.end(2):]}"

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
            found = self.pick(plural=True, unlike=rest) or self.pick(person=False, unlike=rest) or self.actor
        else:
            decided = self.event is not None and self.event[1].split()[1] not in _UNDECIDED
            found = self.last_thing() or self.pick(plural=False, person=False) or (
                (_event_phrase(self.event, "decision") if decided else None) if self.event else self.actor)
            if word in {"this", "that"} and found and all(w[:1].isupper() for w in re.sub(r"^the ", "", found).split()):
                return None  # "This is a crisis of their own making": a situation, not the company named last
        if found is None:
            return None
        return f"{found[0].upper()}{found[1:]}{rest}"

    def judged_decision(self, prop: Proposition) -> str | None:
        """"The council voted to ban X. The mayor called it a historic day": what a speaker judges
        right after a decision is the decision, not the body that took it."""
        pron = _find_token(prop.parsed.span, "it")
        if pron is None or not any(a.lemma_.lower() in _VERDICT_VERBS for a in (pron.head, pron.head.head)):
            return None
        return self.decision(prop)

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

    def nth_of_kind(self, prop: Proposition) -> str | None:
        """"It is the third serious fire on the estate in two years." -> "The fire ...": an "it"
        counted as the nth of a kind is the one of that kind the article told of."""
        pron = _find_token(prop.parsed.span, "it")
        attr = next((c for c in pron.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) if (
            pron is not None and pron.dep_ == "nsubj") else None
        if attr is None or not any(c.lower_ in _ORDINALS for c in attr.subtree if c.i < attr.i):
            return None
        found = self.same_kind(pron)
        if found == f"the current {attr.text}" and attr.lemma_.lower() in self.nouns_seen:
            found = f"the {attr.text}"  # "a fire destroyed a warehouse ... It is the third serious fire": that fire
        return found[0].upper() + found[1:] if found and found != "now" else None

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
        named = [n for n in self.names if len(n.split()) == 2 and n.split()[0].lower() == attr.lower_]
        actor = (self.actor or "").split()
        if len(actor) == 2 and actor[0].lower() == attr.lower_ and actor[1][:1].isupper():
            named.append(f"{actor[0].capitalize()} {actor[1]}")  # ("Storm Idris tore through ...": the article's own)
        mention = self.mentions.get((attr.lemma_.lower(), False)) or self.introduced.get(attr.lemma_.lower()) or (
            named[-1] if named else None)
        # ("This is the most expensive storm" after "Storm Idris": the storm named so, the article's own first)
        if mention is None and any(c.lower_ in _ORDINALS for c in attr.subtree if c.i < attr.i):
            return f"the current {attr.text}"  # "This is the third serious flood in eight years": the present one
        return self.as_written(mention) if mention else None

    def event_named(self, prop: Proposition, pron: Token | None) -> str | None:
        """"This is the most important decision ..." -> the article's decided action."""
        if pron is None or self.event is None or pron.dep_ != "nsubj" or pron.head.lemma_ != "be":
            return None
        attr = next((c for c in pron.head.children if c.dep_ == "attr"), None)
        if attr is None or attr.lemma_.lower() not in _EVENT_NOUNS:
            return None
        return _event_phrase(self.event, "decision")

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
            if word == "it" and _dummy_object(tok):
                continue
            if word == "it":
                found = _conjunct_object(tok) or self.same_sentence_thing(prop, tok) or self.reported_thing(prop, tok) or (
                    self.stance_before(prop, tok))
                if found is None or found.lower() in text.lower():
                    continue
                words = re.sub(r"^(The|A|An) ", lambda d: d.group(1).lower() + " ", found)
            elif word == "its":
                if _clause_thing(tok):
                    continue
                found = self.speaker_itself(prop, "it") if source else None
                if found is not None and found.lower() in {"the company", "the club"}:
                    found = source
                if found is None and (_in_subject(tok) or _no_owner_before(tok)):
                    # "Delays to its camera system pushed ...", "The cuts will fall on its plants": as at the start
                    found = self.pick(plural=False, person=False, underived=True)
                    found = _owner_head(measured_owner(re.sub(r"^an? (?=\w)", "the ", found, flags=re.IGNORECASE))) if (
                        found) else None
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

    @staticmethod
    def main_clause_thing(prop: Proposition) -> str | None:
        """"Shares in the company fell 8% after it cut its forecast" -> "the company": "it" opening a
        clause subordinate to its sentence's main clause is the one thing that clause's subject names
        (so is an active "but it" joined to it: "The airline reported a profit, but it is spending")."""
        pron = next((t for t in prop.parsed.span if t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"}), None)
        but = pron is not None and pron.dep_ == "nsubj" and pron.head.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "but" for c in pron.head.head.children)
        main = pron.head.head if pron is not None else None
        if pron is None or main is None or (pron.head.dep_ != "advcl" and not but) or (
                main.dep_ != "ROOT" and not (but and main.dep_ == "ccomp")) or (
                pron.head.lemma_.lower() in _EMPTY_IT_VERBS):
            return None
        subject = next((c for c in pron.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i > pron.i or subject.pos_ == "PRON":
            return None
        inner = [t for t in subject.subtree if t.dep_ == "pobj" and t.head.head.i == subject.i]
        things = [t for t in [subject, *inner] if t.tag_ in {"NN", "NNP"} and t.lemma_.lower() not in PERSON_NOUNS
                  and not _is_person(t.text, t)]
        if len(things) != 1:
            return None  # none, or more than one it could be
        # ("but it": the subject as said, "The risk to any individual patient")
        drop = frozenset({"relcl", "appos", "acl"} if but and things[0] is subject else {"relcl", "appos", "acl", "prep"})
        found = _phrase(things[0], drop, set_off=False)
        return found[0].upper() + found[1:] if found else None

    def stance_before(self, prop: Proposition, tok: Token) -> str | None:
        """"The traders called the charge “a tax”. Cyclists, by contrast, welcomed it." -> "the
        congestion charge": the object "it" of a stance is what the sentence before took one on."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _STANCES:
            return None
        # (across a paragraph's start too: "Cyclists, by contrast, welcomed it" opens one)
        earlier = [s for s in self.spans if s is not prop.parsed.span][-2:]
        obj = next((t for t in (_stance_target(e, judged=True) for e in reversed(earlier)) if t is not None), None)
        if obj is None:
            return None
        mention = self.mentions.get((obj.lemma_.lower(), False))
        return f"the {mention}" if mention and mention.islower() else _phrase(obj)

    def stance_object(self, prop: Proposition) -> str | None:
        """"The minister defended the plan, arguing that it would cut costs" -> "The plan": what a
        speaker takes a stance on is what their "it" is about."""
        judged = next((t for t in prop.parsed.span if t.lower_ == "it" and t.dep_ == "dobj"
                       and t.head.lemma_.lower() in _JUDGING), None)
        if judged is not None and (before := self.sentence_before(prop)) and (obj := _stance_target(before)):
            # "Cyclists welcomed the relaunch. The campaign called it “long overdue”": the relaunch
            found = _phrase(obj)
            return found[0].upper() + found[1:]
        pron = next((t for t in prop.parsed.span if t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass"}), None)
        if pron is None or pron.head.dep_ != "ccomp":
            return None
        say = pron.head.head
        teller = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.lemma_.lower() not in PERSON_NOUNS and teller.pos_ in {"NOUN", "PROPN"} and (
                pron.head.lemma_ != "be") and prop.attributed_to and self.named_body(prop.attributed_to):
            return None  # "The commission said it was examining complaints": the body does so, itself
        if say.dep_ == "ROOT" and say.lemma_.lower() in REPORTING_VERBS and (before := self.sentence_before(prop)):
            # "Economists welcomed the reform. Karin Holm said it was overdue": the stance just before
            root = before.root
            obj = _stance_target(before)
            if obj is not None and not any(
                    t.pos_ in {"NOUN", "PROPN"} and t.tag_ in {"NN", "NNP"} for t in prop.parsed.span if t.i < pron.i
                    and t.head.i == say.i and t.dep_ == "dobj"):
                found = _phrase(obj)
                return found[0].upper() + found[1:]
            told = next((c for c in root.children if c.dep_ == "ccomp"), None)
            subject = next((c for c in told.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if (
                told is not None and root.lemma_.lower() in REPORTING_VERBS) else None
            if subject is not None and subject.tag_ == "NN" and subject.lemma_ not in PERSON_NOUNS and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
                # "Berg told parliament that the change was needed. He said it would save X": the change
                found = _phrase(subject)
                return found[0].upper() + found[1:]
            return None
        if say.lemma_.lower() not in REPORTING_VERBS or say.dep_ not in {"advcl", "conj"}:
            return None
        obj = next((c for c in say.head.children if c.dep_ == "dobj" and c.tag_ == "NN"), None)
        if say.head.lemma_.lower() not in _STANCES or obj is None or obj.i > pron.i or obj.lemma_ in PERSON_NOUNS:
            return None
        stander = next((c for c in say.head.children if c.dep_ == "nsubj"), None)
        if say.head.lemma_.lower() in _AGAINST and stander is not None and stander.tag_ in {"NN", "NNP"} and (
                stander.lemma_.lower() not in PERSON_NOUNS):
            # "The council rejected that argument, saying it had held 14 public meetings": the council itself
            found = _phrase(stander, frozenset({"relcl", "appos", "acl"}))
            return found[0].upper() + found[1:] if found else None
        found = _phrase(obj)
        return found[0].upper() + found[1:] if found else None

    def reported_thing(self, prop: Proposition, pron: Token) -> str | None:
        """"Dr Hart said he hoped it could be available within five years" -> the test: the subject
        "it" of a reported clause, with no thing named before it in the sentence, is the last thing."""
        if pron.dep_ not in {"nsubj", "nsubjpass"} or pron.head.dep_ != "ccomp":
            return None
        said = pron.head.head
        teller = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.tag_ == "WDT" and said.dep_ == "relcl":
            teller = said.head  # "the council, which has not said whether it will sell it"
        if teller is not None and teller.tag_ in {"NN", "NNP"} and teller.lemma_.lower() not in PERSON_NOUNS:
            return None  # "The council has not explained why it cannot ...": the council, in the claim
        if said.lemma_.lower() not in REPORTING_VERBS or any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in PERSON_NOUNS
               for t in prop.parsed.span if said.i < t.i < pron.i):
            return None
        found = self.pick(plural=False, person=False, underived=True)
        return re.sub(r"^(The|A|An) ", lambda d: d.group(1).lower() + " ", found) if found else None

    def same_sentence_thing(self, prop: Proposition, pron: Token) -> str | None:
        """"Shoppers’ Voice said the merger could raise prices and urged the authority to block it":
        an object "it" is the thing the sentence's claim before this one was about."""
        if pron.dep_ not in {"dobj", "pobj"} or self.last_claim is None:
            return None
        span, subject, plural, written = self.last_claim
        # or the sentence just before, in the same paragraph: "Industry groups said the ban would push
        # users to the black market. Health charities welcomed it ..."
        before = span is not prop.parsed.span and bool(self.spans) and self.spans[-1] is span and (
            self.blocks[-1] == prop.parsed.sentence.block_index and prop.subject_plural)
        if (span is not prop.parsed.span and not before) or not subject or not written or plural or (
                _PRONOUN.match(written)):
            return None
        head = _find_token(span, written.split()[-1])
        own = _find_token(prop.parsed.span, prop.subject.split()[-1]) if prop.subject else None
        if own is not None and own.pos_ == "NOUN" and own.tag_ == "NN":
            return None  # "A degree remained within reach of everyone who works for it": the claim's own
        if head is None or (not before and head.i > pron.i) or _is_person(written, head):
            return None
        return subject

    def person_meant(
        self, gender: str, before: str, prop: Proposition, pron: Token, source: str | None
    ) -> str | None:
        """The person "he/his/him" ("she/her") means: the last person named whose gender the article
        told, unless a person of unknown gender was named after them, or the claim itself names one
        before the pronoun ("a player with two years left on his contract")."""
        if any((t.lemma_.lower() in PERSON_NOUNS and not (t.dep_ == "compound" and t.head.pos_ == "PROPN"))
               or t.lower_ == "who" for t in prop.parsed.span if t.i < pron.i and t.text in before):  # (not "Judge X")
            return None
        quoted = any(q in prop.parsed.sentence.text for q in "“”\"")
        speaker = _name_only(source or "")
        if any(len(n.split()) >= 2 and re.search(rf"\b{re.escape(n.split()[-1])}\b", before) and self.gender_of(n) == gender
               for n in self.names):
            return None  # "whether Rita Falk could deliver on her promises": hers, as the claim reads
        if not quoted and pron.tag_ == "PRP$" and self.gender_of(speaker) == gender and " " in speaker:
            # "Tom Darrow said the water had reached his garden": the speaker's own (kept after their name)
            return None if speaker.split()[-1] in before else speaker
        if pron.tag_ == "PRP" and pron.dep_ in {"dobj", "dative", "pobj"}:
            # "Judge X granted Fenwick bail but ordered him to ...": the other person of the sentence, never the
            # subject of the pronoun's own clause
            clause = pron.head
            while clause.dep_ == "conj":
                clause = clause.head
            subject = {t.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
            for tok in reversed([t for t in prop.parsed.span if t.i < pron.i and t.pos_ == "PROPN" and t.i not in subject]):
                full = self.full_name(tok.text) or tok.text
                if " " in full and self.gender_of(full) == gender and full.split()[-1] not in before:
                    return full
        for name in reversed(self.names):
            name = name if " " in name else (self.full_name(name) or name)  # "with Joel" -> Joel Anders
            if len(name.split()) < 2 or _body_name(name) or _organisation(name) or _place_name(name):
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
        """The ``n``-th ``word`` of the claim in its sentence: the sentence's ``n``-th when the claim
        keeps all of them, else the one between the same words as in the claim ("its plants",
        "welcomed it")."""
        toks = [t for t in prop.parsed.span if t.lower_ == word]
        found = list(re.finditer(rf"(?:([\w’'-]+)\s+)?\b{word}\b(?:\s+([\w’'-]+))?", text, re.IGNORECASE))
        if len(toks) == len(found) and n < len(toks):
            return toks[n]
        if n >= len(found):
            return None
        before, after = found[n].group(1), found[n].group(2)
        fits = [t for t in toks if (after is None or (t.i + 1 < len(t.doc) and t.nbor(1).text == after))
                and (before is None or (t.i > 0 and t.nbor(-1).text == before))]
        return fits[0] if len(fits) == 1 and (before or after) else None
