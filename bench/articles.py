"""Varied benchmark articles made from ``seeds/`` and ``data/gold/*.json`` texts.

Article ``i`` takes base text ``i % len(bases)``, keeps its lead, shuffles the
other paragraphs (a heading stays with the paragraph after it, a lead-in line
with its list items), renames some of the people and places, and changes the
numbers, all from ``random.Random(i)``; so every article has its own text and
content hash, and a run is reproducible. Three in four are written as JSON
(title, outlet, date), one in four as an HTML page (loaded through trafilatura,
as a fetched page would be).

Run on its own it describes the set: ``python bench/articles.py [N]``.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME_POOL = (
    "Abernethy Brannock Calloway Delacroix Ellison Farrow Galbraith Halloran Ingram Jessop Kavanagh Lindqvist "
    "Marlowe Northcott Okafor Pemberton Quayle Rasmussen Sorensen Thackeray Umberto Vance Whitcombe Yardley "
    "Zielinski Ashworth Brightwater Carrow Dunmore Eastfield Fenwick Glenmoor Hartwell Islington Kestrel"
).split()
# Capitalised words that are not names: never renamed.
_KEEP = set(
    "The A An In On At By For And But Or If It Its This That These Those He She They We I You His Her Their Our "
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday President Minister Council Bank Court League United City Central "
    "European Western North South East West National Summary Article Background Line".split()
)
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Base:
    text: str
    title: str
    outlet: str
    published: date


def bases(root: Path = ROOT) -> list[Base]:
    out = [Base(p.read_text(encoding="utf-8"), p.stem.replace("-", " ").title(), "Seed Wire", date(2025, 3, 1))
           for p in sorted((root / "seeds").glob("*.txt"))]  # fmt: skip
    for p in sorted((root / "data" / "gold").glob("*.json")):
        obj = json.loads(p.read_text(encoding="utf-8"))
        out.append(Base(obj["text"], obj["title"], obj["outlet"], date.fromisoformat(obj["published_at"])))
    return out


def _units(text: str) -> list[str]:
    """Paragraph groups that must stay together: heading + paragraph, lead-in + its items."""
    units: list[list[str]] = []
    attach = False
    for line in text.split("\n"):
        is_item = line.startswith(("- ", "* ")) or bool(re.match(r"\d+[.)] ", line))
        if units and (attach or is_item):
            units[-1].append(line)
        else:
            units.append([line])
        stripped = line.rstrip()
        attach = stripped.endswith((":", "–")) or (0 < len(stripped.split()) <= 5 and stripped[-1:] not in ".!?”\"")
    return ["\n".join(u) for u in units]


def _renumber(text: str, rng: random.Random) -> str:
    def swap(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return str(int(digits) + rng.randint(-2, 2))  # keep years years
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return _NUMBER.sub(swap, text)


def _rename(text: str, rng: random.Random) -> str:
    names = sorted({m.group() for m in _NAME.finditer(text)} - _KEEP)
    chosen = rng.sample(names, k=len(names) // 2) if names else []
    mapping = {n: rng.choice(NAME_POOL) for n in chosen}
    if not mapping:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group()], text)


def vary(base: Base, i: int) -> tuple[str, str]:
    """(text, title) of article ``i`` made from ``base``."""
    rng = random.Random(i)
    units = _units(base.text)
    lead_end = next((k + 1 for k, u in enumerate(units) if u.startswith("Article")), 1)
    head, body = units[:lead_end], units[lead_end:]
    rng.shuffle(body)
    if len(body) > 4:
        body.pop(rng.randrange(len(body)))  # lengths vary a little too
    text = _rename(_renumber("\n".join(head + body), rng), rng)
    return text, _rename(base.title, random.Random(i))


def _html(text: str, title: str, outlet: str, published: date) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        f'<meta property="og:site_name" content="{html.escape(outlet)}">'
        f'<meta name="date" content="{published.isoformat()}"></head>'
        f"<body><article><h1>{html.escape(title)}</h1>\n{paragraphs}\n</article></body></html>"
    )


def write_articles(folder: Path, n: int, root: Path = ROOT) -> tuple[int, int]:
    """Write ``n`` articles under ``folder``; returns (files, words). Raises if two texts are equal."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = bases(root)
    seen: set[str] = set()
    words = 0
    for i in range(n):
        base = pool[i % len(pool)]
        text, title = vary(base, i)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            raise RuntimeError(f"article {i} repeats an earlier text; change the variation")
        seen.add(digest)
        words += len(text.split())
        published = base.published + timedelta(days=i % 30)
        if i % 4 == 3:
            (folder / f"a{i:06d}.html").write_text(_html(text, title, base.outlet, published), encoding="utf-8")
        else:
            obj = {"title": title, "outlet": base.outlet, "published_at": published.isoformat(), "text": text}
            (folder / f"a{i:06d}.json").write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return n, words


def iter_texts(n: int, root: Path = ROOT) -> Iterator[str]:
    pool = bases(root)
    for i in range(n):
        yield vary(pool[i % len(pool)], i)[0]


def main() -> int:
    """Describe the generated set (``make bench`` runs every script here): counts, sizes, distinct hashes."""
    import tempfile
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        files, words = write_articles(Path(tmp), n)
        seconds = time.perf_counter() - start
        kinds = sorted({p.suffix for p in Path(tmp).iterdir()})
        counts = {k: sum(1 for p in Path(tmp).iterdir() if p.suffix == k) for k in kinds}
    print(f"{'articles':<10}{'words':>9}{'words/article':>15}{'distinct texts':>16}  files")
    print(f"{files:<10}{words:>9,}{words / files:>15.0f}{files:>16}  "
          + ", ".join(f"{c} {k}" for k, c in counts.items()) + f"  (written in {seconds:.2f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
