"""Stage 6: filtering — which sentences and texts can be claims at all.

**Reads:** a ``ParsedSentence`` (before decomposition) or a finished claim text.
**Adds:** a yes/no. Not claims (guideline 1, last paragraph): headings and
boilerplate (never parsed: see ``claims.sentences``), questions, bare list
lead-ins ("Key actors include:", "Lumora highlighted three priorities:") and fragments without a predicate.
"""

from __future__ import annotations

import re

from claims.model import BlockKind
from claims.sentences import ParsedSentence, counted_with_predicate, enumerating, lead_in_is_open

_MIN_WORDS = 3


def is_claim_sentence(parsed: ParsedSentence) -> bool:
    """False for questions, bare lead-ins and verbless fragments."""
    text = parsed.sentence.text.rstrip("\"”’' ")
    if text.endswith("?"):
        return False
    span = parsed.span
    if parsed.sentence.block_kind == BlockKind.LEAD_IN and text.endswith(":") and (
        lead_in_is_open(span) or enumerating(span) is not None or counted_with_predicate(span) is not None
    ):
        return False  # its items carry what it says
    return any(t.pos_ in {"VERB", "AUX"} for t in span)


_AUXILIARIES = {"will", "would", "can", "could", "should", "might", "may", "must", "does", "do", "did", "is", "are",
                "was", "were", "has", "have", "had", "wasn’t", "weren’t", "didn’t", "doesn’t", "won’t", "hasn’t"}
# a short text that stops at its auxiliary: "Short-time work support will." (an ellipsis left unfilled)
_STRANDED = re.compile(rf"^(?:\S+ ){{1,6}}(?:{'|'.join(sorted(_AUXILIARIES))})(?: not|n’t|n't)?\.?$")


def _stranded(text: str) -> bool:
    """"Short-time work support for factories will.", "The authority wasn’t.": a short text whose
    only verb is the auxiliary it ends with (not "Walking is something almost everyone can do")."""
    words = [w.lower() for w in text.rstrip(".").split()]
    return bool(_STRANDED.match(text)) and sum(w in _AUXILIARIES for w in words) == 1


# a text that opens with its verb, its subject lost: "Has tripled since 2000." (not "Were the vote to fail, ...")
_SUBJECTLESS = re.compile(r"^(?:Has|Have|Had|Is|Are|Was|Were) (?!the |a |an |this |that |it |they |he |she |we |there )"
                          r"[a-z]+(?:ed|en|ing)\b")


def is_claim_text(text: str) -> bool:
    """False for texts too short to state anything, for questions, for a short text that ends at its
    auxiliary ("They didn’t.": the verb it leaves out was never filled in), and for a text that opens
    with its verb ("Has tripled since 2000.": its subject was lost)."""
    return len(text.split()) >= _MIN_WORDS and not text.endswith("?") and not _stranded(text) and not (
        _SUBJECTLESS.match(text))


__all__ = ["is_claim_sentence", "is_claim_text"]
