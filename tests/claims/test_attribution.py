"""Attribution: who asserts the content (guideline 1.4), on the pinned parser."""

from __future__ import annotations

import pytest

from claims.attribution import attribute

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source", "content_head"),
    [
        ("Analysts note that the deal will collapse.", "analysts", "collapse"),
        ("Experts suggest that prices could rise.", "experts", "rise"),
        ("The deal will collapse, the minister said.", "the minister", "collapse"),
        ("According to the agency, inflation fell to 2%.", "the agency", "fell"),
        ("Critics argue the ban will hurt small businesses.", "critics", "hurt"),
        ("Council leader Priya Anand said the tram would cut journey times.", "Priya Anand", "cut"),
        ("Putin has emphasized Russia's sovereign interests.", None, "emphasized"),
        ("The stalemate suggests continued cautious diplomacy.", None, "suggests"),
        ("The money, they said, paid for a boat in Spain.", "they", "money"),
        ("The judge ruled that the contract was void.", "the judge", "was"),
        ("Ferrox, a maker of pumps, reported revenue of $2 billion, up 5% from the $1.9 billion analysts had expected.",
         None, "reported"),
        ("The report does not say that prices will rise.", None, "say"),
        ("Freshway has agreed to buy Bellamy’s, the two companies announced on Monday.", "the two companies", "agreed"),
        ("The Kestavian Competition Authority (KCA) said that it would open an inquiry.",
         "the Kestavian Competition Authority", "open"),
        ("The consumer group Shoppers’ Voice said the merger could raise prices.", "Shoppers’ Voice", "raise"),
        ("Local MP Harriet Lowe said the plant would close.", "Harriet Lowe", "close"),
    ],
)
def test_attribute(nlp, text: str, source: str | None, content_head: str) -> None:  # type: ignore[no-untyped-def]
    found = attribute(nlp(text)[:])
    assert (found.source, found.content.text) == (source, content_head)


def test_a_condition_hung_on_the_reporting_verb_goes_with_the_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    found = attribute(nlp("If the grant is refused, council officers said, the extension would be scaled back.")[:])
    assert (found.source, found.content.text, found.condition) == ("council officers", "scaled", "If the grant is refused")
