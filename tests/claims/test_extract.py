"""The rules extractor end to end: the guideline's example and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.errors import ConfigError
from claims.extract import EXTRACTOR_VERSION, build_extractor
from claims.model import Article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "russia-us-diplomacy.txt"

# The made-up article of guideline section 3 (hard-wrapped as printed there).
GUIDELINE_TEXT = """The city council voted 7–2 on Monday to ban diesel buses from the centre.
The mayor, who campaigned on clean air, called it a historic day. Critics
argue the ban will hurt small businesses. The rule takes effect in 2027 and
is expected to cut emissions by a fifth. Supporters hope it will:
- Reduce asthma cases.
- Make the centre more attractive to visitors.
"""
GUIDELINE_CLAIMS = [
    ("The city council voted 7–2 on Monday to ban diesel buses from the centre.", None),
    # Guideline section 3: "called it a historic day" -> the decision is a historic day, the mayor's view.
    ("The decision to ban diesel buses from the centre is a historic day.", "the mayor"),
    ("The mayor campaigned on clean air.", None),
    ("The ban will hurt small businesses.", "critics"),
    ("The rule takes effect in 2027.", None),
    ("The rule is expected to cut emissions by a fifth.", None),
    ("The rule will reduce asthma cases.", "supporters"),
    ("The rule will make the centre more attractive to visitors.", "supporters"),
]


def test_unknown_extractor_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown extractor 'gpt'; choose one of: llm, rules"):
        build_extractor("gpt", nlp=None)  # type: ignore[arg-type]


@pytest.mark.model
def test_guideline_example(nlp) -> None:  # type: ignore[no-untyped-def]
    article = Article(text=GUIDELINE_TEXT, source_uri="guideline")
    claims = build_extractor(nlp=nlp).extract(article)
    assert [(c.text, c.attributed_to) for c in claims] == GUIDELINE_CLAIMS
    assert [c.position for c in claims] == list(range(len(GUIDELINE_CLAIMS)))
    assert all(GUIDELINE_TEXT[c.char_start : c.char_end] == c.sentence for c in claims)
    assert {(c.extractor_version, c.claim_type, c.article_id) for c in claims} == {
        (EXTRACTOR_VERSION, None, article.article_id)
    }


@pytest.mark.model
def test_seed_bullets_and_attributions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    claims = build_extractor(nlp=nlp).extract(Article(text=text, source_uri=str(SEED)))
    by_text = {c.text: c for c in claims}
    for item in (
        "By evading a deal, Russia aims to maintain leverage in negotiations.",
        "By evading a deal, Russia aims to signal its enduring importance as a geopolitical actor unwilling to "
        "capitulate to US demands or expectations.",
        "On the economic front, Russia’s continued resistance to Western overtures underscores the potential for "
        "prolonged sanctions.",
        "Looking forward, the trajectory of Russia and US relations will hinge on several variables including "
        "evolving security concerns.",
        "European leaders have reiterated the importance of maintaining sanctions while encouraging dialogue.",
    ):
        assert item in by_text
    assert by_text["Any breakthrough would require mutual concessions."].attributed_to == "experts"
    assert by_text["Russia’s bet on resisting US pressure reflects an increased willingness to pursue a multipolar "
                   "global order."].attributed_to == "analysts"
    # Every list item yields a claim whose span is the item itself.
    items = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    assert {c.sentence for c in claims} >= set(items)
    assert not any(c.text.split()[0] in {"This", "It", "They", "Such", "These", "Those", "He", "She"} for c in claims)
