"""Sentences: blocks -> parsed sentences with spans (pinned spaCy model)."""

from __future__ import annotations

import pytest

from claims.errors import ModelError
from claims.model import BlockKind
from claims.sentences import load_spacy, parse_articles
from claims.structure import split_blocks

pytestmark = pytest.mark.model


def _sentences(nlp, text):  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    return parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Background\nThe talks stalled. Both sides left.", ["The talks stalled.", "Both sides left."]),
        ("What Comes Next?\nTalks resume in May.", ["Talks resume in May."]),
        ("Summary – A summary.\nArticle –\nPrices rose.", ["Prices rose."]),
        ("Prices rose\nin March. Wages fell.", ["Prices rose\nin March.", "Wages fell."]),
    ],
)
def test_sentences_per_block(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    sents = _sentences(nlp, text)
    assert [s.sentence.text for s in sents] == expected
    assert all(text[s.sentence.start : s.sentence.end] == s.sentence.text for s in sents)


def test_list_item_parsed_with_lead_in_keeps_item_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia aims to:\n- Maintain leverage in talks."
    (lead, item) = _sentences(nlp, text)
    assert lead.sentence.block_kind == BlockKind.LEAD_IN
    assert item.sentence.text == "Maintain leverage in talks."
    assert (item.sentence.start, item.sentence.end) == (18, 45)
    assert item.span.text == "Russia aims to maintain leverage in talks."


def test_full_sentence_item_stands_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The next steps include:\n- The bank will publish rules."
    (_, item) = _sentences(nlp, text)
    assert item.span.text == "The bank will publish rules."


def test_missing_model_names_the_package() -> None:
    with pytest.raises(ModelError, match="pip install no-such-model"):
        load_spacy("no_such_model")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lumora highlighted three priorities for 2026:\n1. Opening a plant.", "Lumora’s priorities for 2026 include opening a plant."),
        ("A settlement would do three things:\n- Set out the services.", "A settlement would set out the services."),
        ("Its report makes two recommendations:\n1. Restore coursework.", "Its report recommends restoring coursework."),
        ("Health officials advised residents to:\n- Boil all water.", "Health officials said residents should boil all water."),
        ("The backdrop includes tensions following events such as:\n- The war.", "The backdrop includes tensions following events such as the war."),
    ],
)
def test_list_item_read_with_its_lead_in(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    (_, item) = _sentences(nlp, text)
    assert item.span.text == expected


@pytest.mark.parametrize(
    ("text", "subject", "root"),
    [
        ("Northpost announced last week that it would stop.", "Northpost", "announced"),  # a name tagged as an adverb
        ("The share of entries awarded an A fell to 18%.", "share", "fell"),  # a reduced relative read as the verb
        ("However decided to leave.", None, "decided"),  # an adverb stays an adverb
    ],
)
def test_repairs_of_the_small_parser(nlp, text: str, subject: str | None, root: str) -> None:  # type: ignore[no-untyped-def]
    (sent,) = _sentences(nlp, text)
    found = next((t.text for t in sent.span.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    assert (found, sent.span.root.text) == (subject, root)


def test_ampersand_name_is_one_token(nlp) -> None:  # type: ignore[no-untyped-def]
    (sent,) = _sentences(nlp, "The chief executive of retailer Hallam & Pryce will step down, the company said.")
    names = [t for t in sent.span if t.pos_ == "PROPN"]
    assert [t.text for t in names] == ["Hallam & Pryce"]
    assert sent.sentence.text.endswith("the company said.")
