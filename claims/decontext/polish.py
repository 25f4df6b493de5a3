"""Rewrites of a claim's own wording that need no context: capitals, one period, no
discourse connective ("However, X"), and "It is likely that X" -> "X is likely to"."""

from __future__ import annotations

import re

from claims.decompose import tidy


_CONNECTIVES = (
    "however|furthermore|moreover|additionally|in addition|for example|for instance|also|meanwhile|indeed|"
    "notably|still|nevertheless|nonetheless|consequently|thus|therefore|hence|in fact|similarly|likewise|"
    "finally|instead|yet|and|but|so|then|besides|overall|ultimately|in turn|as a result|importantly|"
    "crucially|specifically|in short|in other words|at the same time|on the other hand|conversely|"
    "accordingly|subsequently|firstly|secondly|thirdly|first|second|third|lastly|of course|after all|"
    "in particular|in contrast|by contrast|in sum|to be sure|plus|what is more|what's more"
)
_LEADING_CONNECTIVE = re.compile(rf"^(?:(?:{_CONNECTIVES})\s*,|(?:and|but|yet|plus)\b|so\b(?= (?:I|we|he|she|they|it)\b))"
                                 rf"\s*(?=\S)", re.IGNORECASE)  # ("So I would urge them", not "So will the bank")
_ASIDE = re.compile(r",\s*(?:however|though|of course|in fact|indeed|meanwhile|nevertheless|nonetheless|by contrast|"
                    r"in contrast|for (?:its|their|his|her) part)\s*,\s*",
                    re.IGNORECASE)  # "The gap, however, widened" -> "The gap widened"
_CLOSING_CONNECTIVE = re.compile(r",\s*(?:however|though|nevertheless|nonetheless|meanwhile)\s*([.!?]?)$",
                                 re.IGNORECASE)


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


_HEDGE_ADVERBS = {"likely": "likely", "possible": "possibly", "probable": "probably", "clear": "clearly",
                  "certain": "certainly", "unlikely": "probably not", "obvious": "obviously", "true": "indeed"}
_EXPLETIVE = re.compile(r"^It (is|was|seems|appears|remains) (\w+) that (.+)$")
_FIRST_AUX = re.compile(r"\b(will|would|could|may|might|can|should|must|is|are|was|were|has|have|had)\b")


_IT_EMERGED = re.compile(r"^It (?:has |had )?(?:emerged|transpired|emerges|transpires)(?: [\w ]{1,30}?)? that (.+)$")


def _unframed(text: str) -> str:
    """"It emerged that he had lied." -> "He had lied.": the empty "it" frame adds nothing."""
    m = _IT_EMERGED.match(text)
    return m.group(1)[0].upper() + m.group(1)[1:] if m else text


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
