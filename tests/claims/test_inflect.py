"""Verb forms for rewritten claims."""

from __future__ import annotations

import pytest

from claims.inflect import gerund, past, third_person


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("decide", "deciding"), ("let", "letting"), ("tie", "tying"), ("see", "seeing"), ("open", "opening"),
     ("appear", "appearing"), ("stop", "stopping")],
)
def test_gerund(lemma: str, expected: str) -> None:
    assert gerund(lemma) == expected


@pytest.mark.parametrize(
    ("lemma", "participle", "expected"),
    [("opt", False, "opted"), ("stop", False, "stopped"), ("carry", False, "carried"), ("take", True, "taken"),
     ("lead", False, "led"), ("raise", False, "raised")],
)
def test_past(lemma: str, participle: bool, expected: str) -> None:
    assert past(lemma, participle) == expected


@pytest.mark.parametrize(("lemma", "expected"), [("be", "is"), ("have", "has"), ("push", "pushes"), ("carry", "carries"),
                                                  ("say", "says")])
def test_third_person(lemma: str, expected: str) -> None:
    assert third_person(lemma) == expected
