"""Classifier speed and memory: the project's batch classifier against its two baselines.

Prints, for one run on this machine, claims/s of
- the project's classifier (``load_classifier(...).predict``: tokenize once, sort by
  length, pad per batch, ``torch.inference_mode``, temperature-scaled softmax);
- the raw encoder forward pass on the same model, pre-tokenized, length-sorted,
  same batches, same precision (the upper bound: no tokenizing, no softmax, no
  Python around it);
- a naive transformers ``pipeline("text-classification")`` called one sentence at
  a time (same weights, float32 as transformers runs it by default), on a subset;
- with bf16 precision, the raw forward in float32 as a reference;
and the two ratios (targets: classifier >= 0.8 x raw, >= 5 x naive), plus the peak
RSS of the process after classifying all claims (target < 1.5 GB) and a machine line.

Claims are the labelled corpus texts, cycled to ``--claims``; all of them are
classified once first (that pass sets the peak RSS). Throughput is the best of
``--repeats`` interleaved runs of the three on ``--timed`` claims, because other
processes may share the cores.

Usage: python bench/classify.py [--claims 10000] [--timed 2000] [--naive 300] [--repeats 3] [--model default]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import platform
import resource
import sys
import time
from pathlib import Path

import torch

from claims.classify import TransformerClassifier, load_classifier
from claims.corpus import load_labelled
from machine import cpu_name  # bench/machine.py (scripts run from bench/)




def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _texts(data: Path, n: int) -> list[str]:
    corpus = [e.text for e in load_labelled(data)]
    return list(itertools.islice(itertools.cycle(corpus), n))


def _time_classifier(classifier: TransformerClassifier, texts: list[str]) -> float:
    start = time.perf_counter()
    classifier.predict(texts)
    return len(texts) / (time.perf_counter() - start)


def _time_raw(classifier: TransformerClassifier, texts: list[str], precision: str) -> float:
    batches = list(classifier.batches(classifier.encode(texts)))  # tokenizing is not timed
    model = classifier.model
    autocast = (
        torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()
    )
    start = time.perf_counter()
    with torch.inference_mode(), autocast:
        for _, input_ids, mask in batches:
            model(input_ids=input_ids, attention_mask=mask)
    return len(texts) / (time.perf_counter() - start)


def _time_naive(classifier: TransformerClassifier, texts: list[str]) -> float:
    from transformers import pipeline

    pipe = pipeline("text-classification", model=classifier.model, tokenizer=classifier.tokenizer, device=-1)
    pipe(texts[0])  # warm-up (building the pipeline is not timed)
    start = time.perf_counter()
    for text in texts:
        pipe(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000, help="claims classified once, for peak memory")
    parser.add_argument("--timed", type=int, default=2_000, help="claims per timed throughput run")
    parser.add_argument("--naive", type=int, default=300, help="claims for the one-at-a-time pipeline")
    parser.add_argument("--model", default=os.environ.get("CLAIMS_MODEL", "default"))
    parser.add_argument("--data", type=Path, default=Path("data/labelled"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--precision", default="auto", help="auto (bf16 where the CPU has it), fp32 or bf16")
    args = parser.parse_args()

    load = os.getloadavg()
    texts = _texts(args.data, args.claims)
    classifier = load_classifier(
        args.model, batch_size=args.batch_size, threads=args.threads, precision=args.precision
    )
    if not isinstance(classifier, TransformerClassifier):
        raise SystemExit(f"--model {args.model} is not a transformer classifier; nothing to compare")
    classifier.predict(texts[:256])  # warm-up

    # Peak memory: one pass over all claims before anything else runs in this process.
    all_claims = _time_classifier(classifier, texts)
    peak_after_classify = _peak_rss_mb()
    # Throughput: interleaved repeats on a subset, best of each (other processes share the cores).
    timed = texts[:: max(1, len(texts) // args.timed)][: args.timed]
    ours: list[float] = []
    raw: list[float] = []
    raw_fp32: list[float] = []
    naive: list[float] = []
    for _ in range(args.repeats):
        ours.append(_time_classifier(classifier, timed))
        raw.append(_time_raw(classifier, timed, classifier.precision))
        if classifier.precision != "fp32":
            raw_fp32.append(_time_raw(classifier, timed, "fp32"))
        naive.append(_time_naive(classifier, texts[: args.naive]))
    best_ours, best_raw, best_naive = max(ours), max(raw), max(naive)

    print(
        f"machine: {cpu_name()}, {os.cpu_count()} cores, torch {torch.__version__} "
        f"with {torch.get_num_threads()} threads, Python {platform.python_version()}, {platform.system()}, "
        f"load average at start {load[0]:.1f} (other processes share these cores)"
    )
    print(
        f"model: {classifier.version} (max_length {classifier.max_length}, batch {classifier.batch_size}, "
        f"precision {classifier.precision})"
    )
    print(
        f"claims: {len(texts)} (labelled corpus cycled) for memory; throughput best of {args.repeats} "
        f"interleaved runs on {len(timed)} (naive pipeline on {args.naive})"
    )
    print(f"classifier, all {len(texts)} claims in one call {all_claims:9.1f} claims/s")
    print(f"classifier (claims.classify)        {best_ours:9.1f} claims/s")
    print(f"raw encoder forward (upper bound)   {best_raw:9.1f} claims/s   (same batches, {classifier.precision})")
    if raw_fp32:
        print(f"raw encoder forward, fp32           {max(raw_fp32):9.1f} claims/s   (reference)")
    print(f"naive pipeline, one at a time       {best_naive:9.1f} claims/s   (fp32, as transformers runs it)")
    print(f"classifier / raw forward            {best_ours / best_raw:9.2f}   (target >= 0.80)")
    print(f"classifier / naive pipeline         {best_ours / best_naive:9.2f}   (target >= 5)")
    print(f"peak RSS after classifying {len(texts)} claims: {peak_after_classify:.0f} MB   (target < 1536 MB)")


if __name__ == "__main__":
    main()
