"""claims.train on a tiny handwritten slice: loss goes down, the saved model reloads the same."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest

from claims.classify import load_classifier
from claims.corpus import Split, deduplicate, load_labelled, split_examples
from claims.errors import ConfigError
from claims.metrics import classification_report
from claims.train import TrainConfig, TrainProgress, TrainResult, fit_temperature, model_version, train

TINY = Path(__file__).parent / "cases" / "train"
# Small and fast: one trained layer, short inputs, 2 threads, a high learning rate to see the loss move.
CONFIG = TrainConfig(
    epochs=4,
    batch_size=8,
    max_length=24,
    train_layers=1,
    threads=2,
    learning_rate=5e-4,
    head_learning_rate=5e-3,
    warmup_ratio=0.0,
)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[TrainResult, list[TrainProgress]]:
    seen: list[TrainProgress] = []
    result = train(TINY, tmp_path_factory.mktemp("models"), config=CONFIG, progress=seen.append)
    return result, seen


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.model
def test_loss_goes_down_and_progress_is_reported(trained: tuple[TrainResult, list[TrainProgress]]) -> None:
    result, seen = trained
    # 36 train examples / batch 8 = 5 steps per epoch, 4 epochs
    assert [p.step for p in seen] == list(range(1, 21))
    assert {p.total_steps for p in seen} == {20}
    assert [p.epoch for p in seen] == [1] * 5 + [2] * 5 + [3] * 5 + [4] * 5
    assert [p.loss for p in seen] == list(result.step_losses)
    assert result.epochs[0].train_loss > 1.0  # about ln 3 = 1.10 at the start
    assert result.epochs[-1].train_loss < 0.6 * result.epochs[0].train_loss


@pytest.mark.model
def test_model_directory_holds_overlay_label_map_and_metadata(
    trained: tuple[TrainResult, list[TrainProgress]],
) -> None:
    result, _ = trained
    files = sorted(p.name for p in result.model_dir.iterdir())
    assert files == [
        "claims_model.json",
        "config.json",
        "overlay.safetensors",
        "splits.json",
        "tokenizer.json",
        "tokenizer_config.json",
    ]
    assert result.model_dir.name == result.model_version
    assert result.model_version == model_version(result.data_sha256, CONFIG)
    config = json.loads((result.model_dir / "config.json").read_text())
    assert config["id2label"] == {"0": "fact", "1": "assessment", "2": "forecast"}
    meta = json.loads((result.model_dir / "claims_model.json").read_text())
    assert meta["labels"] == ["fact", "assessment", "forecast"]
    assert meta["data_sha256"] == result.data_sha256
    assert meta["temperature"] == result.temperature > 0
    assert meta["counts"]["train"] == {"fact": 15, "assessment": 9, "forecast": 12}
    assert meta["counts"]["dev"] == {"fact": 0, "assessment": 2, "forecast": 3}
    # only the top layer, the pooler and the head are saved
    assert {n.split(".")[0] + "." + n.split(".")[1] for n in meta["trained_parameter_names"]} == {
        "bert.encoder",
        "bert.pooler",
        "classifier.weight",
        "classifier.bias",
    }
    assert all(".layer.5." in n for n in meta["trained_parameter_names"] if n.startswith("bert.encoder"))
    # one layer 1,774,464 (attention 592,128 + feed-forward 1,182,336) + pooler 147,840 + head 1,155
    assert result.trained_parameters == meta["trained_parameters"] == 1_923_459
    assert result.overlay_bytes < 4_000_000  # fp16


@pytest.mark.model
def test_saved_model_reloads_and_predicts_what_training_scored(
    trained: tuple[TrainResult, list[TrainProgress]],
) -> None:
    result, _ = trained
    # fp32, as training scored it (bf16 could flip a borderline label of this barely trained model)
    classifier = load_classifier(str(result.model_dir), batch_size=4, threads=2, precision="fp32")
    assert classifier.version == result.model_version
    dev = split_examples(deduplicate(load_labelled(TINY)))[Split.DEV]
    predicted = [p.claim_type.value for p in classifier.predict([e.text for e in dev])]
    report = classification_report([e.claim_type.value for e in dev], predicted, ("fact", "assessment", "forecast"))
    assert report.confusion == result.dev.confusion
    again = load_classifier(str(result.model_dir), batch_size=64, threads=2, precision="fp32")
    texts = [e.text for e in load_labelled(TINY)]
    assert [p.claim_type for p in again.predict(texts)] == [p.claim_type for p in classifier.predict(texts)]


@pytest.mark.model
def test_training_is_reproducible(trained: tuple[TrainResult, list[TrainProgress]], tmp_path: Path) -> None:
    result, _ = trained
    second = train(TINY, tmp_path, config=CONFIG)
    assert second.step_losses == result.step_losses
    assert _sha(second.model_dir / "overlay.safetensors") == _sha(result.model_dir / "overlay.safetensors")


def test_fit_temperature_matches_the_closed_form() -> None:
    torch = pytest.importorskip("torch")
    # two items with logits (10, 0, 0), gold 0 and 1: NLL is minimal where e^(10/T) = 2, T = 10 / ln 2
    logits = torch.tensor([[10.0, 0.0, 0.0], [10.0, 0.0, 0.0]])
    assert fit_temperature(logits, torch.tensor([0, 1])) == pytest.approx(10 / math.log(2), rel=3e-3)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"train_layers": 0}, "layers: must lie in 1..6, got 0"),
        ({"train_layers": 7}, "layers: must lie in 1..6, got 7"),
        ({"epochs": 0}, "train: epochs and batch size must be at least 1 and max_length at least 8"),
    ],
)
def test_bad_config_is_refused(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        TrainConfig(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_empty_data_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        train(tmp_path, tmp_path / "out", config=CONFIG)
    assert str(info.value) == (
        f"data_dir: {tmp_path} holds no *.jsonl files of labelled claims; pass the folder with --data"
    )
