"""Decomposition into atomic propositions (guideline 1.1), on the pinned parser."""

from __future__ import annotations

import pytest

from claims.attribution import attribute
from claims.decompose import decompose
from claims.sentences import parse_articles
from claims.structure import split_blocks

pytestmark = pytest.mark.model

CASES = [
    ("The minister emphasized growth and stability.", ["The minister emphasized growth", "The minister emphasized stability"]),
    ("In Moscow he met with Putin and Xi.", ["In Moscow he met with Putin", "In Moscow he met with Xi"]),
    ("The road runs between Leeds and York.", ["The road runs between Leeds and York"]),
    ("She pleaded for calm and respect for the law.", ["She pleaded for calm and respect for the law"]),
    ("Trade between the EU and China grew.", ["Trade between the EU and China grew"]),
    ("Putin, who has emphasized sovereignty, rejected the offer.", ["Putin rejected the offer", "Putin has emphasized sovereignty"]),
    (
        "The council approved the plan, underscoring its commitment to clean air.",
        ["The council approved the plan", "The council underscored its commitment to clean air"],
    ),
    (
        "Moscow has exhibited reticence, opting to maintain ambiguity.",
        ["Moscow has exhibited reticence", "Moscow has opted to maintain ambiguity"],
    ),
    ("Prices rose, though wages fell.", ["Prices rose", "wages fell"]),
    ("If the strike continues, shortages could spread.", ["If the strike continues, shortages could spread"]),
    ("Councillor Ann Bell called the budget “wildly optimistic”.", ["the budget is wildly optimistic"]),
    ("Fans widely regard the derby as the biggest game of the year.", ["the derby is the biggest game of the year"]),
    ("The agency now expects the economy to grow by 2% this year.", ["the economy will grow by 2% this year"]),
    (
        "Critics note that the bill reflects a distrust of modern institutions and a wish to go back.",
        ["the bill reflects a distrust of modern institutions", "the bill reflects a wish to go back"],
    ),
    # stage-level cases for the rules of the second round (end-to-end ones are in test_extract_rules.py)
    ("Developers must install heat pumps, district heating or other systems.",
     ["Developers must install heat pumps, district heating or other systems"]),
    ("Ashford finished with ten men after Marco Sandri was sent off.",
     ["Ashford finished with ten men", "Marco Sandri was sent off"]),
    ("The board meets on June 11, when it will publish its report.",
     ["The board meets on June 11", "it will publish its report on June 11"]),
    ("The market leader, Grandmart, has 27%.", ["Grandmart has 27%", "Grandmart is the market leader"]),
    ("Martin Caldwell, 54, was convicted of fraud.", ["Martin Caldwell was convicted of fraud"]),
    ("Net income rose to $612 million, up 34% from a year earlier.",
     ["Net income rose to $612 million", "Net income was up 34% from a year earlier"]),
    ("The study could not show that walking protects the brain.",
     ["The study could not show that walking protects the brain"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_decompose(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    props = decompose(parsed[0], attribute(parsed[0].span))
    assert [p.text.rstrip(".") for p in props] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Councillor Ann Bell called the budget “wildly optimistic”.", "Ann Bell"),
        ("Fans widely regard the derby as the biggest game of the year.", "fans"),
        ("The agency now expects the economy to grow by 2% this year.", "the agency"),
    ],
)
def test_verdict_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    assert [p.attributed_to for p in decompose(parsed[0], attribute(parsed[0].span))] == [source]
