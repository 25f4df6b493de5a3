"""The ``train_classifier`` flow: fine-tune the claim-type classifier (no schedule; run by hand)."""

from __future__ import annotations

from prefect import flow, get_run_logger


@flow(name="train-classifier", flow_run_name="train on {data_dir}", persist_result=False)
def train_classifier(data_dir: str = "data/labelled", output_dir: str = "models", encoder: str | None = None) -> str:
    """Train on ``data_dir/*.jsonl``; returns the new model folder (use it with --model)."""
    from claims.train import train

    result = train(data_dir, output_dir, encoder=encoder)
    get_run_logger().info(
        "trained %s in %.0fs (best epoch %d); model in %s",
        result.model_version, result.seconds, result.best_epoch, result.model_dir,
    )  # fmt: skip
    return str(result.model_dir)
