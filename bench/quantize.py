"""Int8 dynamic quantisation of the shipped classifier against the torch fp32 reference.

Loads the classifier (``load_classifier(--model)``: the shipped transformer by
default), quantises a copy with ``torch.ao.quantization.quantize_dynamic`` on its
``nn.Linear`` layers (int8 weights, activations quantised per batch at run time,
nothing new to install), wraps it in the same ``TransformerClassifier`` (same
tokenizer, batching, temperature) and prints for both, in one process on the
same inputs:

- claims/s on ``--claims`` labelled texts (median of ``--repeats`` interleaved runs);
- test-split accuracy and macro-F1 (``claims.corpus`` splits, ``claims.metrics``);
- agreement of the two on the test split and the largest probability change;
- size of the weights in memory.

The verdict line says whether int8 wins "at equal accuracy" (macro-F1 within
``--tolerance`` of the reference). ``claims/classify.py`` is not changed: this
only measures.

Usage: python bench/quantize.py [--model default] [--claims 1000] [--repeats 3] [--threads 2]
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
from claims.classify import TransformerClassifier, load_classifier
from claims.corpus import Split, deduplicate, load_labelled, split_examples

DATA = Path(__file__).resolve().parent.parent / "data" / "labelled"


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def quantised_copy(reference: TransformerClassifier) -> TransformerClassifier:
    """The same classifier with int8 dynamically quantised Linear layers (the reference is untouched)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization announces its move to torchao
        model = torch.ao.quantization.quantize_dynamic(copy.deepcopy(reference.model), {torch.nn.Linear}, dtype=torch.qint8)
    return TransformerClassifier(
        model, reference.tokenizer, name=reference.name + "-int8", version=reference.version + "-int8",
        temperature=reference.temperature, max_length=reference.max_length, batch_size=reference.batch_size,
        label_order=reference.label_order,
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
    parser.add_argument("--claims", type=int, default=1000, help="texts timed per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--tolerance", type=float, default=0.01, help="largest macro-F1 drop that counts as equal")
    args = parser.parse_args()

    reference = load_classifier(args.model, batch_size=args.batch_size, threads=args.threads)
    if not isinstance(reference, TransformerClassifier):
        print(f"{args.model} is not a transformer classifier; nothing to quantise")
        return 0
    int8 = quantised_copy(reference)
    print(f"machine: {_cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}, torch {torch.__version__} "
          f"({torch.get_num_threads()} threads, quantized engine {torch.backends.quantized.engine})")  # fmt: skip
    print(f"model {reference.version}, batch {args.batch_size}, max_length {reference.max_length}")

    examples = deduplicate(load_labelled(DATA))
    test = split_examples(examples)[Split.TEST]
    texts = list(itertools.islice(itertools.cycle(e.text for e in examples), args.claims))
    reference.predict(texts[:64]), int8.predict(texts[:64])  # warm-up
    rates: dict[str, list[float]] = {"torch fp32": [], "torch int8 dynamic": []}
    for r in range(args.repeats):
        pair = [("torch fp32", reference), ("torch int8 dynamic", int8)]
        for name, classifier in pair if r % 2 == 0 else reversed(pair):
            rates[name].append(_rate(classifier, texts))

    gold = [e.claim_type.value for e in test]
    test_texts = [e.text for e in test]
    reports = {name: evaluate_texts(c, test_texts, gold) for name, c in (("torch fp32", reference), ("torch int8 dynamic", int8))}
    ref_probs = torch.softmax(reference.logits(test_texts) / reference.temperature, dim=-1)
    int8_probs = torch.softmax(int8.logits(test_texts) / int8.temperature, dim=-1)
    agree = (ref_probs.argmax(1) == int8_probs.argmax(1)).float().mean().item()
    sizes = {"torch fp32": _weights_mb(reference.model), "torch int8 dynamic": _weights_mb(int8.model)}

    base = statistics.median(rates["torch fp32"])
    print(f"\n{'path':<22}{'claims/s':>10}{'ratio':>8}{'accuracy':>10}{'macro-F1':>10}{'weights MB':>12}")
    for name in rates:
        rate = statistics.median(rates[name])
        print(f"{name:<22}{rate:>10,.0f}{rate / base:>7.2f}x{reports[name].accuracy:>10.3f}{reports[name].macro_f1:>10.3f}"
              f"{sizes[name]:>12.1f}")  # fmt: skip
    print(f"(claims/s: median of {args.repeats} interleaved runs over {len(texts):,} texts; scores: test split, "
          f"{len(test)} items)")  # fmt: skip
    delta = reports["torch int8 dynamic"].macro_f1 - reports["torch fp32"].macro_f1
    speedup = statistics.median(rates["torch int8 dynamic"]) / base
    print(f"int8 vs fp32 on the test split: same type for {agree:.1%}, largest probability change "
          f"{(ref_probs - int8_probs).abs().max().item():.3f}, macro-F1 {delta:+.3f}")  # fmt: skip
    equal = delta >= -args.tolerance
    wins = equal and speedup > 1.05
    print(f"verdict: int8 {'WINS' if wins else 'does not win'}: {speedup:.2f}x claims/s, macro-F1 {delta:+.3f} "
          f"({'within' if equal else 'outside'} the {args.tolerance:.2f} tolerance)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
