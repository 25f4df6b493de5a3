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
    ],
)
def test_attribute(nlp, text: str, source: str | None, content_head: str) -> None:  # type: ignore[no-untyped-def]
    found = attribute(nlp(text)[:])
    assert (found.source, found.content.text) == (source, content_head)
