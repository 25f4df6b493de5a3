"""claims.classify: label map, keywords backend, classify_claims, model loading errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.classify import (
    CLASSIFIERS,
    DEFAULT_MODEL_DIR,
    LABELS,
    KeywordClassifier,
    Prediction,
    classify_claims,
    load_classifier,
)
from claims.errors import ModelError
from claims.model import Claim, ClaimType


def test_label_map_is_the_claim_type_order() -> None:
    assert LABELS == ("fact", "assessment", "forecast")
    assert Prediction(ClaimType.ASSESSMENT, (0.1, 0.7, 0.2)).as_dict() == {
        "fact": 0.1,
        "assessment": 0.7,
        "forecast": 0.2,
    }
    assert Prediction(ClaimType.ASSESSMENT, (0.1, 0.7, 0.2)).confidence == 0.7


def test_registry_names_the_backends() -> None:
    assert sorted(CLASSIFIERS) == ["default", "keywords"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forecast cues; future wins over evaluative words
        ("The line is due to open in 2028.", ClaimType.FORECAST),
        ("The IMF expects growth to slow.", ClaimType.FORECAST),
        ("Emissions could fall by a fifth.", ClaimType.FORECAST),
        ("The company plans to hire 400 engineers.", ClaimType.FORECAST),
        ("The country aims to be carbon neutral by 2050.", ClaimType.FORECAST),
        ("The reckless plan will hurt small businesses.", ClaimType.FORECAST),
        # assessment cues
        ("The decision reflects a calculated stance.", ClaimType.ASSESSMENT),
        ("The 3% rise is far too small.", ClaimType.ASSESSMENT),
        ("Regulators should act sooner.", ClaimType.ASSESSMENT),
        ("Russia aims to maintain leverage in negotiations.", ClaimType.ASSESSMENT),
        ("The vote underscores deep divisions.", ClaimType.ASSESSMENT),
        # neither: fact ("May" followed by a day is the month)
        ("The city council voted 7-2 on Monday to ban diesel buses.", ClaimType.FACT),
        ("The treaty was signed on May 4 in Geneva.", ClaimType.FACT),
        ("In January the agency predicted a mild winter.", ClaimType.FACT),
    ],
)
def test_keywords_backend(text: str, expected: ClaimType) -> None:
    assert KeywordClassifier().predict([text])[0].claim_type is expected


def test_keywords_backend_has_fixed_scores() -> None:
    predictions = load_classifier("keywords").predict(["It will rain.", "It is a welcome step.", "It rained."])
    assert predictions == [
        Prediction(ClaimType.FORECAST, (0.15, 0.15, 0.70)),
        Prediction(ClaimType.ASSESSMENT, (0.20, 0.65, 0.15)),
        Prediction(ClaimType.FACT, (0.60, 0.25, 0.15)),
    ]
    assert [sum(p.scores) for p in predictions] == pytest.approx([1.0, 1.0, 1.0])


def _claim(position: int, text: str) -> Claim:
    return Claim(article_id="a1", position=position, text=text, sentence=text, char_start=0, char_end=len(text))


def test_classify_claims_fills_type_scores_and_model_version() -> None:
    claims = [_claim(0, "The bill will pass."), _claim(1, "Police said 40,000 people attended.")]
    typed = classify_claims(KeywordClassifier(), claims)
    assert [(c.claim_type, c.scores, c.model_version) for c in typed] == [
        (ClaimType.FORECAST, (0.15, 0.15, 0.70), "keywords-1"),
        (ClaimType.FACT, (0.60, 0.25, 0.15), "keywords-1"),
    ]
    assert typed[0].confidence == 0.70
    assert [c.text for c in typed] == [c.text for c in claims]
    assert claims[0].claim_type is None  # input untouched


def test_classify_claims_of_nothing_is_nothing() -> None:
    assert classify_claims(KeywordClassifier(), []) == []


EXPECTED = (
    "expected a model directory with overlay.safetensors + claims_model.json (from `claims train`) "
    "or a transformers sequence-classification checkpoint (config.json + model.safetensors)"
)


def test_missing_model_path_names_path_expectation_and_fix(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(ModelError) as info:
        load_classifier(str(missing))
    assert str(info.value) == (
        f"model {missing}: does not exist or is not a directory; {EXPECTED}; "
        "set --model / CLAIMS_MODEL to default, keywords or such a folder"
    )
    assert info.value.path == str(missing)


def test_folder_without_config_is_refused(tmp_path: Path) -> None:
    (tmp_path / "weights.bin").write_bytes(b"")
    with pytest.raises(ModelError) as info:
        load_classifier(str(tmp_path))
    assert str(info.value) == f"model {tmp_path}: has no config.json; {EXPECTED}"


def test_unknown_precision_is_refused() -> None:
    with pytest.raises(ModelError) as info:
        load_classifier("keywords", precision="fp16")
    assert str(info.value) == "model keywords: precision 'fp16' is not one of auto, fp32, bf16"


def test_unreadable_metadata_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "claims_model.json").write_text("{not json")
    with pytest.raises(ModelError) as info:
        load_classifier(str(tmp_path))
    assert str(info.value).startswith(f"model {tmp_path / 'claims_model.json'}: cannot be read as JSON (")
    assert str(info.value).endswith("); retrain with `claims train`")


def test_the_default_model_ships_with_the_package() -> None:
    metadata = json.loads((DEFAULT_MODEL_DIR / "claims_model.json").read_text())
    assert metadata["labels"] == ["fact", "assessment", "forecast"]
    assert metadata["format"] == "overlay"
    assert (DEFAULT_MODEL_DIR / "overlay.safetensors").is_file()
    assert metadata["model_version"].startswith("minilm-overlay-")


@pytest.mark.model
def test_checkpoint_with_other_labels_is_refused(tmp_path: Path) -> None:
    from transformers import AutoConfig, AutoModelForSequenceClassification

    from claims.classify import packaged_encoder_path, quiet_transformers

    config = AutoConfig.from_pretrained(
        str(packaged_encoder_path()), num_layers=1, num_hidden_layers=1, num_labels=2, id2label={0: "OBJ", 1: "SUBJ"}
    )
    with quiet_transformers():
        AutoModelForSequenceClassification.from_config(config).save_pretrained(str(tmp_path))
    with pytest.raises(ModelError) as info:
        load_classifier(str(tmp_path))
    assert str(info.value) == (
        f"model {tmp_path}: has labels ['obj', 'subj'] but fact/assessment/forecast are expected; "
        "train one with `claims train` or set id2label in config.json"
    )


@pytest.mark.model
def test_shipped_default_model_types_unambiguous_claims(default_classifier) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "The city council voted 7-2 on Monday to ban diesel buses from the city centre.",
        "Police said 40,000 people attended the march on Saturday.",
        "The diesel bus ban is a reckless gamble with the city's economy.",
        "Critics say the plan is badly underfunded and poorly thought out.",
        "The new metro line is due to open in 2028.",
        "The central bank is expected to cut interest rates next month.",
    ]
    predictions = default_classifier.predict(texts)
    assert [p.claim_type.value for p in predictions] == [
        "fact",
        "fact",
        "assessment",
        "assessment",
        "forecast",
        "forecast",
    ]
    for p in predictions:
        assert sum(p.scores) == pytest.approx(1.0, abs=1e-5)
        assert p.confidence == max(p.scores)
    typed = classify_claims(default_classifier, [_claim(0, texts[0])])
    assert typed[0].model_version == default_classifier.version
    assert default_classifier.version.startswith("minilm-overlay-")


# --- CLI: claims classify, claims eval classifier (keywords backend: no model) ---------------------


def test_cli_classify_prints_one_json_object_per_line_in_order() -> None:
    from typer.testing import CliRunner

    from claims.cli import app

    result = CliRunner().invoke(
        app, ["classify", "--model", "keywords"], input="The bill will pass.\n\nIt rained on Monday.\n"
    )
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {
            "text": "The bill will pass.",
            "type": "forecast",
            "confidence": 0.7,
            "scores": {"fact": 0.15, "assessment": 0.15, "forecast": 0.7},
        },
        {
            "text": "It rained on Monday.",
            "type": "fact",
            "confidence": 0.6,
            "scores": {"fact": 0.6, "assessment": 0.25, "forecast": 0.15},
        },
    ]


def test_cli_classify_with_a_bad_model_path_fails_with_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claims.cli import app

    missing = tmp_path / "nope"
    result = CliRunner().invoke(app, ["classify", "--model", str(missing)], input="It rained.\n")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: model {missing}: does not exist or is not a directory; {EXPECTED}; "
        "set --model / CLAIMS_MODEL to default, keywords or such a folder\n"
    )


def test_cli_classify_takes_the_precision_setting_from_the_environment() -> None:
    from typer.testing import CliRunner

    from claims.cli import app

    result = CliRunner().invoke(
        app, ["classify", "--model", "keywords"], input="It rained.\n", env={"CLAIMS_PRECISION": "fp16"}
    )
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "error: model keywords: precision 'fp16' is not one of auto, fp32, bf16\n"


def test_cli_eval_classifier_prints_the_report() -> None:
    from typer.testing import CliRunner

    from claims.cli import app

    data = Path(__file__).parent / "cases" / "train"
    result = CliRunner().invoke(app, ["eval", "classifier", "--model", "keywords", "--data", str(data)])
    assert result.exit_code == 0
    # the tiny set's test split: 4 assessments; keywords finds 2 ("aims to", "flawed") and calls 2 facts
    assert result.stdout == (
        f"test split ({data}): 4 items, model keywords-1\n"
        "accuracy  0.500\n"
        "macro-F1  0.222\n"
        "\n"
        "class       precision  recall  f1     support\n"
        "fact        0.000      0.000   0.000  0\n"
        "assessment  1.000      0.500   0.667  4\n"
        "forecast    0.000      0.000   0.000  0\n"
        "\n"
        "confusion (rows gold, columns predicted)\n"
        "                    fact  assessment    forecast\n"
        "fact                   0           0           0\n"
        "assessment             2           2           0\n"
        "forecast               0           0           0\n"
    )
