"""Implied probability of a forecast, read from its hedging words.

**Reads:** the text of a forecast claim (hedges kept, guideline rule 1.3).
**Adds:** the probability the wording gives to the forecast event happening,
with the words it came from (:class:`Estimate`), or ``None`` when the text has
no estimative word at all.

The scale follows the published "words of estimative probability":
Sherman Kent, "Words of Estimative Probability", *Studies in Intelligence* 8(4),
CIA, 1964 (certain 100%, almost certain 93%, probable 75%, chances about even
50%, probably not 30%, almost certainly not 7%, impossible 0%), and the survey
of 1,700 readers in Andrew Mauboussin and Michael J. Mauboussin, "If You Say
Something Is 'Likely,' How Likely Do People Think It Is?", *Harvard Business
Review*, July 2018 (median readings: "almost certainly" and "very likely"
about 90%, "likely"/"probable" about 70-75%, "maybe"/"possible"/"might" about
40-50%, "unlikely" about 20%, "almost no chance" and "very unlikely" about
5-10%). Plain future tense ("will", "is set to", "is due to") reads as near
certain (0.95); 0.05 and 0.95 are the ends, so no wording scores 0 or 1.

The probability is that of the **event the forecast talks about** — for
"A deal is unlikely to be reached" it is the chance of a deal (0.2). Negation is
handled: a "not"/"never"/"n't" next to a cue flips it (``1 - p``): "will not"
is 0.05, "not likely" 0.3, "may not" 0.55, "not unlikely" 0.8. When a text holds
a hedge and a plain future ("will likely"), the hedge wins. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Estimate", "SCALE", "estimate_probability", "implied_probability"]


@dataclass(frozen=True, slots=True)
class Estimate:
    """The probability implied by a forecast's words."""

    probability: float
    cue: str  # the estimative words as written, negation included ("will not")
    negated: bool = False


# (phrase pattern, probability, is_hedge). Hedges outrank plain future tense.
SCALE: tuple[tuple[str, float, bool], ...] = (
    # near certain / certain
    (r"almost certainly|virtually certain|all but certain|near(?:ly)? certain|almost certain", 0.9, True),
    (r"highly likely|very likely|most likely|extremely likely|very probably|in all likelihood", 0.9, True),
    (r"certain to|certainly|definitely|is bound to|are bound to|guaranteed to|surely", 0.95, True),
    # improbable
    (r"almost no chance|virtually no chance|no chance|almost certainly not|virtually impossible|impossible", 0.05, True),
    (r"very unlikely|highly unlikely|extremely unlikely|very improbable|little chance|slim chance|remote chance", 0.1, True),
    (r"unlikely|improbable|doubtful|probably not", 0.2, True),
    # even
    (r"even chance|chances about even|fifty-fifty|50-50|toss-up|as likely as not", 0.5, True),
    # probable
    (r"expected to|expects to|expect to|anticipated to|forecast to|projected to|predicted to", 0.75, True),
    (r"plans? to|planned to|intends? to|aims? to", 0.75, True),
    (r"(?:is|are|was|were)\s+(?:scheduled|set|due|slated|poised)\s+to", 0.95, False),
    (r"good chance|strong chance|likely|probably|probable|should", 0.7, True),
    # possible
    (r"(?-i:may)|^May|maybe|perhaps|possibly|possible|potentially", 0.45, True),
    (r"could", 0.45, True),
    (r"might", 0.4, True),
    # plain future: near certain, outranked by any hedge
    (r"will|won['’]t|shall|is going to|are going to|going to", 0.95, False),
    (r"would", 0.7, False),
)

_CUES = tuple(
    (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.I), p, hedge)
    for pattern, p, hedge in SCALE
)
_NEGATED_AFTER = re.compile(r"^\s+(?:not|never)\b", re.I)
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:be|been|seem|seems|look|looks)\s+)?$", re.I)
_CONTRACTED = re.compile(r"n['’]t$", re.I)


def _negated(text: str, start: int, end: int) -> bool:
    if _CONTRACTED.search(text[start:end]):
        return True
    return bool(_NEGATED_AFTER.match(text[end:]) or _NEGATED_BEFORE.search(text[max(0, start - 30) : start]))


def estimate_probability(text: str) -> Estimate | None:
    """The estimative cue in ``text`` and the probability it implies, or ``None``.

    **Reads:** a forecast's text. **Adds:** the implied probability of its event.
    """
    found: list[tuple[bool, int, int, int, float]] = []  # (hedge, start, -length, end, p)
    for pattern, probability, hedge in _CUES:
        for match in pattern.finditer(text):
            found.append((hedge, match.start(), -(match.end() - match.start()), match.end(), probability))
    if not found:
        return None
    # Any hedge beats plain future tense; then reading order; then the longer phrase.
    hedge, start, _, end, probability = min(found, key=lambda f: (not f[0], f[1], f[2]))
    negated = _negated(text, start, end)
    cue_end = end
    if negated and (after := _NEGATED_AFTER.match(text[end:])):
        cue_end = end + after.end()
    cue_start = start
    if negated and (before := _NEGATED_BEFORE.search(text[max(0, start - 30) : start])):
        cue_start = max(0, start - 30) + before.start()
    value = round(1.0 - probability, 2) if negated else probability
    return Estimate(probability=value, cue=text[cue_start:cue_end].strip(), negated=negated)


def implied_probability(text: str) -> float | None:
    """Just the number of :func:`estimate_probability` (``None`` without a cue)."""
    estimate = estimate_probability(text)
    return estimate.probability if estimate is not None else None
