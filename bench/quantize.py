"""Int8 dynamic quantisation of the shipped classifier against torch fp32 (and bf16 autocast).

Loads the classifier (``load_classifier(--model, precision="fp32")``: the shipped
transformer by default), quantises copies with
``torch.ao.quantization.quantize_dynamic`` on its ``nn.Linear`` layers (int8
weights, activations quantised per batch at run time, nothing new to install)
with one weight scale per tensor (the default qconfig) and one per output
channel (``per_channel_dynamic_qconfig``), wraps each in the same
``TransformerClassifier`` (same tokenizer, batching, temperature) and prints,
in one process on the same inputs, for fp32, bf16 autocast (what
``load_classifier`` picks on a CPU with native bf16) and the two int8 copies:

- claims/s on ``--claims`` labelled texts (median of ``--repeats`` interleaved runs);
- test-split accuracy and macro-F1 (``claims.corpus`` splits, ``claims.metrics``);
- agreement with fp32 on the test split and the largest probability change;
- size of the weights in memory.

The verdict says whether an int8 copy wins "at equal accuracy": faster than the
fastest torch path and macro-F1 within ``--tolerance`` of fp32.
``claims/classify.py`` is not changed: this only measures.

Usage: python bench/quantize.py [--model default] [--claims 4000] [--repeats 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import copy
import io
import itertools
import os
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

import torch

from claims.classifier_eval import evaluate_texts
from claims.classify import TransformerClassifier, load_classifier, native_bf16
from claims.corpus import Split, deduplicate, load_labelled, split_examples
from machine import cpu_name  # bench/machine.py (scripts run from bench/)

DATA = Path(__file__).resolve().parent.parent / "data" / "labelled"


def quantised_copy(reference: TransformerClassifier, *, per_channel: bool = True) -> TransformerClassifier:
    """The same classifier with int8 dynamically quantised Linear layers (the reference is untouched)."""
    from torch.ao.quantization import default_dynamic_qconfig, per_channel_dynamic_qconfig

    qconfig = per_channel_dynamic_qconfig if per_channel else default_dynamic_qconfig
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization announces its move to torchao
        model = torch.ao.quantization.quantize_dynamic(
            copy.deepcopy(reference.model), {torch.nn.Linear: qconfig}, dtype=torch.qint8
        )
    return TransformerClassifier(
        model, reference.tokenizer, name=reference.name + "-int8", version=reference.version + "-int8",
        temperature=reference.temperature, max_length=reference.max_length, batch_size=reference.batch_size,
        label_order=reference.label_order, precision="fp32",  # quantised Linear layers take float32 input
    )  # fmt: skip


def _weights_mb(model: torch.nn.Module) -> float:
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    return buffer.tell() / 2**20


def _rate(classifier: TransformerClassifier, texts: list[str]) -> float:
    start = time.perf_counter()
    classifier.predict(texts)
    return len(texts) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default", help="default (shipped) or a trained model folder")
    parser.add_argument("--claims", type=int, default=4000, help="texts timed per run")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--tolerance", type=float, default=0.01, help="largest macro-F1 drop that counts as equal")
    args = parser.parse_args()

    reference = load_classifier(args.model, batch_size=args.batch_size, threads=args.threads, precision="fp32")
    if not isinstance(reference, TransformerClassifier):
        print(f"{args.model} is not a transformer classifier; nothing to quantise")
        return 0
    variants: dict[str, TransformerClassifier] = {"torch fp32": reference}
    if native_bf16():  # what load_classifier picks by default on such a CPU (precision="auto")
        shipped = load_classifier(args.model, batch_size=args.batch_size, threads=args.threads, precision="bf16")
        variants["torch bf16 autocast"] = shipped  # type: ignore[assignment]
    variants["int8, per-tensor"] = quantised_copy(reference, per_channel=False)
    variants["int8, per-channel"] = quantised_copy(reference, per_channel=True)
    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}, torch {torch.__version__} "
          f"({torch.get_num_threads()} threads, quantized engine {torch.backends.quantized.engine})")  # fmt: skip
    print(f"model {reference.version}, batch {args.batch_size}, max_length {reference.max_length}; "
          f"load_classifier's default precision here: {'bf16' if native_bf16() else 'fp32'}")  # fmt: skip

    examples = deduplicate(load_labelled(DATA))
    test = split_examples(examples)[Split.TEST]
    texts = list(itertools.islice(itertools.cycle(e.text for e in examples), args.claims))
    for classifier in variants.values():
        classifier.predict(texts[:64])  # warm-up
    rates: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(args.repeats):
        order = list(variants) if r % 2 == 0 else list(reversed(variants))
        for name in order:
            rates[name].append(_rate(variants[name], texts))

    gold = [e.claim_type.value for e in test]
    test_texts = [e.text for e in test]
    reports = {name: evaluate_texts(c, test_texts, gold) for name, c in variants.items()}
    probs = {name: torch.softmax(c.logits(test_texts) / c.temperature, dim=-1) for name, c in variants.items()}
    base = statistics.median(rates["torch fp32"])
    base_f1 = reports["torch fp32"].macro_f1
    print(f"\n{'path':<20}{'claims/s':>10}{'ratio':>8}{'accuracy':>10}{'macro-F1':>10}{'Δ F1':>8}{'same type':>11}"
          f"{'max Δp':>8}{'weights MB':>12}")  # fmt: skip
    for name, classifier in variants.items():
        rate = statistics.median(rates[name])
        agree = (probs[name].argmax(1) == probs["torch fp32"].argmax(1)).float().mean().item()
        delta_p = (probs[name] - probs["torch fp32"]).abs().max().item()
        print(f"{name:<20}{rate:>10,.0f}{rate / base:>7.2f}x{reports[name].accuracy:>10.3f}{reports[name].macro_f1:>10.3f}"
              f"{reports[name].macro_f1 - base_f1:>+8.3f}{agree:>11.1%}{delta_p:>8.3f}{_weights_mb(classifier.model):>12.1f}")  # fmt: skip
    print(f"(claims/s: median of {args.repeats} interleaved runs over {len(texts):,} texts; scores: test split, "
          f"{len(test)} items; same type and max Δp: against fp32 on the test split)")  # fmt: skip
    # The bar int8 has to clear: the fastest torch path (bf16 autocast where the CPU has it, else fp32).
    torch_paths = [name for name in variants if name.startswith("torch")]
    bar = max(torch_paths, key=lambda name: statistics.median(rates[name]))
    bar_rate = statistics.median(rates[bar])
    fit = [
        (statistics.median(rates[name]) / bar_rate, reports[name].macro_f1 - base_f1, name)
        for name in variants
        if name.startswith("int8") and reports[name].macro_f1 - base_f1 >= -args.tolerance
    ]
    if fit and max(fit)[0] > 1.05:
        speedup, delta, name = max(fit)
        print(f"verdict: int8 WINS ({name}): {speedup:.2f}x the claims/s of {bar}, macro-F1 {delta:+.3f} against "
              f"fp32 (within the {args.tolerance:.2f} tolerance)")  # fmt: skip
    else:
        best = max(variants, key=lambda name: statistics.median(rates[name]) if name.startswith("int8") else 0.0)
        print(f"verdict: int8 does not win: the best int8 ({best}) runs at "
              f"{statistics.median(rates[best]) / bar_rate:.2f}x the claims/s of {bar} with macro-F1 "
              f"{reports[best].macro_f1 - base_f1:+.3f} against fp32 (needs > 1.05x and a drop <= {args.tolerance:.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
