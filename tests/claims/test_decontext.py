"""Decontextualisation: leading references resolved, text polished (guideline 1.2)."""

from __future__ import annotations

import pytest

from claims.attribution import attribute
from claims.decompose import decompose
from claims.decontext import decontextualise, polish
from claims.sentences import parse_articles
from claims.structure import split_blocks


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("However, prices fell in March", "Prices fell in March."),
        ("for example, alliances recalibrate their policies", "Alliances recalibrate their policies."),
        ("Economically, sanctions have exerted pressure,", "Economically, sanctions have exerted pressure."),
        ("the talks will resume in May.", "The talks will resume in May."),
    ],
)
def test_polish(raw: str, expected: str) -> None:
    assert polish(raw) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rule takes effect in 2027. It is expected to cut emissions.",
            ["The rule takes effect in 2027.", "The rule is expected to cut emissions."],
        ),
        (
            "Russia rejected the offer. This calculated stance is a critical moment.",
            ["Russia rejected the offer.", "Russia’s calculated stance is a critical moment."],
        ),
        (
            "Prices rose. These increases hurt savers.",
            ["Prices rose.", "The increases hurt savers."],
        ),
        (
            "Council leader Priya Anand spoke. She said the tram would be late.",
            ["Council leader Priya Anand spoke.", "The tram would be late."],
        ),
    ],
)
def test_decontextualise(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    props = [p for s in parsed for p in decompose(s, attribute(s.span))]
    assert [p.text for p in decontextualise(props)] == expected


@pytest.mark.model
def test_pronoun_source_resolved(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Council leader Priya Anand spoke. She said the tram would be late."
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    props = [p for s in parsed for p in decompose(s, attribute(s.span))]
    assert [p.attributed_to for p in decontextualise(props)] == [None, "Priya Anand"]
