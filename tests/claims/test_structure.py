"""Structure: text -> blocks with spans into the original text (pure, no model)."""

from __future__ import annotations

import pytest

from claims.model import BlockKind
from claims.structure import complete_item, split_blocks

H, P, L, I, B = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LEAD_IN, BlockKind.LIST_ITEM, BlockKind.BOILERPLATE

CASES = [
    # (text, [(kind, block text, lead_in)])
    ("Background\nThe talks stalled.", [(H, "Background", None), (P, "The talks stalled.", None)]),
    ("What Comes Next?\nTalks resume.", [(H, "What Comes Next?", None), (P, "Talks resume.", None)]),
    ("# Outlook\n\nPrices rose.", [(H, "Outlook", None), (P, "Prices rose.", None)]),
    (
        "Summary – Prices rose sharply.\nArticle –\nPrices rose.",
        [(B, "Summary – Prices rose sharply.", None), (B, "Article –", None), (P, "Prices rose.", None)],
    ),
    (
        "Russia aims to:\n- Maintain leverage.\n* Signal strength.",
        [(L, "Russia aims to:", None), (I, "Maintain leverage.", "Russia aims to:"), (I, "Signal strength.", "Russia aims to:")],
    ),
    (
        "Costs rose. The plan will:\n1. Cut fares.\n2) Add buses.",
        [(P, "Costs rose.", None), (L, "The plan will:", None), (I, "Cut fares.", "The plan will:"), (I, "Add buses.", "The plan will:")],
    ),
    ("The mayor spoke\nat length. Critics left.", [(P, "The mayor spoke\nat length. Critics left.", None)]),
    ("“We won,” she said.\nThey left.", [(P, "“We won,” she said.", None), (P, "They left.", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_blocks(text: str, expected: list[tuple[BlockKind, str, str | None]]) -> None:
    blocks = split_blocks(text)
    assert [(b.kind, b.text, b.lead_in) for b in blocks] == expected
    assert all(text[b.start : b.end] == b.text for b in blocks)


@pytest.mark.parametrize(
    ("lead_in", "item", "article", "joiner", "expected"),
    [
        ("Russia aims to:", "Maintain leverage.", "", "", "Russia aims to maintain leverage."),
        ("Tensions follow:", "Russia’s annexation.", "It is Russia’s move.", "", "Tensions follow Russia’s annexation."),
        ("Risks include:", "A further cut.", "", "", "Risks include a further cut."),
        ("Under the law:", "Developers must build.", "", ",", "Under the law, developers must build."),
        ("Actors include:", "Russian President Putin.", "", "", "Actors include Russian President Putin."),
    ],
)
def test_complete_item(lead_in: str, item: str, article: str, joiner: str, expected: str) -> None:
    assert complete_item(lead_in, item, article, joiner=joiner) == expected
