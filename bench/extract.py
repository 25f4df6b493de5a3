"""Extraction speed: the rules extractor against a plain spaCy sentence split, same run.

Prints words/s of extraction over the seed and gold articles, the per-article
time for the seed (target: under 0.3 s for ~700 words on one core), and the
ratio to the baseline (``nlp.pipe`` + ``doc.sents`` over the same texts with the
same pipeline), plus a line describing the machine.

    python bench/extract.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import spacy
import torch

from claims.extract import build_extractor
from claims.model import Article
from claims.sentences import load_spacy

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> tuple[str, list[str]]:
    seed = (ROOT / "seeds" / "russia-us-diplomacy.txt").read_text(encoding="utf-8")
    gold = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((ROOT / "data" / "gold").glob("*.json"))]
    return seed, [seed, *gold]


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)
    nlp = load_spacy()
    extractor = build_extractor(nlp=nlp)
    seed, texts = _texts()
    articles = [Article(text=t, source_uri=f"bench:{i}") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    seed_words = len(seed.split())
    extractor.extract_many(articles)  # warm-up

    def baseline() -> None:
        for doc in nlp.pipe(texts):
            list(doc.sents)

    base = _best(baseline, args.repeat)
    full = _best(lambda: extractor.extract_many(articles), args.repeat)
    seed_base = _best(lambda: list(nlp(seed).sents), args.repeat)
    seed_full = _best(lambda: extractor.extract(articles[0]), args.repeat)
    n_claims = sum(len(c) for c in extractor.extract_many(articles))
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, spaCy {spacy.__version__}, torch threads 1")
    print(f"corpus: {len(texts)} articles, {words} words, {n_claims} claims (best of {args.repeat})")
    print(f"baseline spaCy sentence split: {words / base:8.0f} words/s  ({base:.3f} s)")
    print(f"rules extractor              : {words / full:8.0f} words/s  ({full:.3f} s)  ratio {full / base:.2f}x baseline")
    print(f"seed article ({seed_words} words): extract {seed_full:.3f} s, split {seed_base:.3f} s, "
          f"ratio {seed_full / seed_base:.2f}x; per 700 words {seed_full * 700 / seed_words:.3f} s")


if __name__ == "__main__":
    main()
