"""Reported speech told in the speaker's own tense (claims/backshift.py), end to end."""

from __future__ import annotations

import pytest

from claims.extract import build_extractor
from claims.model import Article

pytestmark = pytest.mark.model

CASES = [
    ("Ana Silva said the plant would close in June.", "The plant will close in June."),
    ("The plant would close in June, Ana Silva said.", "The plant will close in June."),
    ("Ana Silva says the plant would close in June.", "The plant would close in June."),
    ("Ana Silva said any deal would require concessions.", "Any deal would require concessions."),
    ("Ana Silva said a cut would give firms relief.", "A cut would give firms relief."),
    ("Ana Silva said an earlier move would have been guesswork.", "An earlier move would have been guesswork."),
    ("Ana Silva said the regulator would act once the water was safe.",
     "The regulator will act once the water is safe."),
    ("Ana Silva said the strike would go ahead if talks failed.", "The strike will go ahead if talks fail."),
    ("Ana Silva said the trust had recovered the money.", "The trust has recovered the money."),
    ("Ana Silva said investors had hoped for an outside candidate.", "Investors hoped for an outside candidate."),
    ("Ana Silva said the shops had recovered the money.", "The shops have recovered the money."),
    ("Ana Silva said demand had fallen by 35% since 2022.", "Demand has fallen by 35% since 2022."),
    ("Ana Silva said the firm had received grants in 2021.", "The firm received grants in 2021."),
    ("Ana Silva said the club had posted a loss last season.", "The club posted a loss last season."),
    ("Ana Silva said the site had lost money in each of the last four years.",
     "The site has lost money in each of the last four years."),
    ("Ana Silva said costs had risen and that no money would have to be repaid.",
     "No money will have to be repaid."),
    ("Ana Silva said the order had been issued as soon as the alert was raised.",
     "The order was issued as soon as the alert was raised."),
    ("Ana Silva said the striker had two years left on his contract.",
     "The striker has two years left on his contract."),
    ("Ana Silva said the probe was sending data.", "The probe is sending data."),
    ("Ana Silva said the decision was unanimous.", "The decision was unanimous."),
    ("Ana Silva said the bank was prepared to cut rates.", "The bank is prepared to cut rates."),
    ("Ana Silva said wage growth was no longer a problem.", "Wage growth is no longer a problem."),
    ("Ana Silva said the offer was too good to turn down.", "The offer was too good to turn down."),
    ("Ana Silva said the club was “selling its soul”.", "The club is selling its soul."),
    ("Ana Silva said the barrier, which was completed in 2019, was holding.", "The barrier is holding."),
    ("Ana Silva said the case showed how oversight had failed.", "The case showed how oversight had failed."),
    ("Ana Silva said no other mission had to be delayed.", "No other mission had to be delayed."),
    ("“The plant would close,” Ana Silva said.", "The plant would close."),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_reported_tense(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    claims = build_extractor(nlp=nlp).extract(Article(text=text, source_uri="case"))
    got = [c.text for c in claims]
    assert expected in got, got
    assert all(c.attributed_to == "Ana Silva" for c in claims if c.text == expected)
