"""claims.corpus: loading labelled claims, fixed hash splits, manifest, benchmark label mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.corpus import (
    Benchmark,
    LabelledClaim,
    Split,
    assign_split,
    data_hash,
    deduplicate,
    load_labelled,
    split_counts,
    split_examples,
    to_benchmark_label,
    write_split_manifest,
)
from claims.errors import ConfigError
from claims.model import ClaimType

TINY = Path(__file__).parent / "cases" / "train"


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("The bridge was completed in 1932.", Split.TRAIN),  # bucket 36
        ("The treaty was signed in Geneva in 2019.", Split.TRAIN),  # bucket 62
        ("The strike could spread to other ports.", Split.DEV),  # bucket 74
        ("The court's ruling was deeply flawed.", Split.TEST),  # bucket 90
        # normalisation: case and whitespace do not move a claim
        ("  THE COURT'S   ruling was deeply flawed.", Split.TEST),
    ],
)
def test_split_is_a_fixed_function_of_the_text(text: str, split: Split) -> None:
    assert assign_split(text) is split


def _write(path: Path, rows: list[tuple[str, str]]) -> None:
    path.write_text("".join(json.dumps({"text": t, "type": k, "domain": path.stem, "note": ""}) + "\n" for t, k in rows))


def test_splits_do_not_move_when_files_grow(tmp_path: Path) -> None:
    rows = [(e.text, e.claim_type.value) for e in load_labelled(TINY)]
    _write(tmp_path / "b.jsonl", rows[:20])
    before = {e.text: e.split for e in load_labelled(tmp_path)}
    _write(tmp_path / "a.jsonl", rows[20:])  # a new file sorts first
    after = {e.text: e.split for e in load_labelled(tmp_path)}
    assert {t: after[t] for t in before} == before
    assert len(after) == len(rows)


def test_load_records_source_and_domain(tmp_path: Path) -> None:
    (tmp_path / "sport.jsonl").write_text(
        '{"text": " The team won. ", "type": "fact", "note": "x"}\n\n{"text": "It will rain.", "type": "forecast"}\n'
    )
    assert load_labelled(tmp_path) == [
        LabelledClaim("The team won.", ClaimType.FACT, "sport", "x", "sport.jsonl:1"),
        LabelledClaim("It will rain.", ClaimType.FORECAST, "sport", "", "sport.jsonl:3"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "x", "type": "opinion"}', "x.jsonl:1: is not a labelled claim ('opinion' is not a valid ClaimType)"),
        ('{"type": "fact"}', "x.jsonl:1: is not a labelled claim ('text')"),
        ('{"text": "  ", "type": "fact"}', "x.jsonl:1: has an empty text; remove the line"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    (tmp_path / "x.jsonl").write_text(line + "\n")
    with pytest.raises(ConfigError) as info:
        load_labelled(tmp_path)
    assert str(info.value).startswith(message)


def test_deduplicate_keeps_the_first_normalised_copy() -> None:
    a = LabelledClaim("It will rain.", ClaimType.FORECAST, "x")
    b = LabelledClaim("it  will rain.", ClaimType.FACT, "y")
    c = LabelledClaim("It rained.", ClaimType.FACT, "x")
    assert deduplicate([a, b, c]) == [a, c]


def test_data_hash_ignores_order_but_not_labels() -> None:
    a = LabelledClaim("It will rain.", ClaimType.FORECAST, "x")
    c = LabelledClaim("It rained.", ClaimType.FACT, "x")
    assert data_hash([a, c]) == data_hash([c, a])
    assert data_hash([a, c]) != data_hash([LabelledClaim("It will rain.", ClaimType.FACT, "x"), c])


def test_counts_and_manifest(tmp_path: Path) -> None:
    examples = load_labelled(TINY)
    counts = split_counts(examples)
    assert counts == {
        "train": {"fact": 15, "assessment": 9, "forecast": 12},
        "dev": {"fact": 0, "assessment": 2, "forecast": 3},
        "test": {"fact": 0, "assessment": 4, "forecast": 0},
    }
    groups = split_examples(examples)
    assert [len(groups[s]) for s in Split] == [36, 5, 4]
    manifest = json.loads(write_split_manifest(examples, tmp_path / "splits.json").read_text())
    assert manifest["counts"] == counts
    assert manifest["examples"][0] == {
        "source": "tiny.jsonl:1",
        "key": manifest["examples"][0]["key"],
        "type": "fact",
        "split": "train",
    }
    assert [row["split"] for row in manifest["examples"]] == [e.split.value for e in examples]


@pytest.mark.parametrize(
    ("benchmark", "claim_type", "label"),
    [
        (Benchmark.SUBJECTIVITY, ClaimType.ASSESSMENT, "SUBJ"),
        (Benchmark.SUBJECTIVITY, ClaimType.FACT, "OBJ"),
        (Benchmark.SUBJECTIVITY, ClaimType.FORECAST, "OBJ"),
        (Benchmark.FUTURE, ClaimType.FORECAST, "FUTURE"),
        (Benchmark.FUTURE, ClaimType.FACT, "NOT_FUTURE"),
        (Benchmark.FUTURE, ClaimType.ASSESSMENT, "NOT_FUTURE"),
    ],
)
def test_benchmark_label_mapping(benchmark: Benchmark, claim_type: ClaimType, label: str) -> None:
    assert to_benchmark_label(benchmark, claim_type) == label
