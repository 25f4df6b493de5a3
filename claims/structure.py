"""Stage 1: document structure — text -> blocks with spans into the original text.

**Reads:** the article text exactly as loaded (plain text or Markdown-ish; HTML
was turned into text by the loader).
**Adds:** a tuple of ``Block``s in document order: headings, paragraphs, list
lead-ins, list items (each carrying the text of its lead-in) and boilerplate
markers. ``text[block.start:block.end] == block.text`` always holds (the span
convention of ``claims.model``); list markers and ``#`` are outside the span.

Guideline section 1: headings and boilerplate ("Summary –") are not claims, and
a bullet item is completed by its lead-in (rule 2), so the lead-in line is kept
beside each item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claims.model import Block, BlockKind

_DASHES = "-–—"
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^(?:[-*•‣▪◦–—]|\d{1,2}[.)]|[a-z][.)])\s+")
# "Summary –", "Article -", "Advertisement" at the start of a line.
_BOILERPLATE = re.compile(
    r"^(?:summary|article|advertisement|related|read more|share this|image|photo|caption|editor'?s note)"
    r"\s*(?:[" + _DASHES + r":|]\s*|$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")
_TERMINAL = tuple(".!:;,")
_CLOSERS = "\"”’')]»"
# The start of the last sentence of a line: ". " followed by a capital or a quote.
_SENTENCE_GAP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][" + re.escape(_CLOSERS) + r"]?\s+(?=[\"“‘(A-Z0-9])")
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # span of the content, without indentation, marker and trailing space
    end: int
    text: str
    indent: int
    bullet: bool
    heading: bool  # a Markdown heading (``#``)

    @property
    def blank(self) -> bool:
        return not self.text


def _lines(text: str) -> Iterator[_Line]:
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        indent = len(body) - len(body.lstrip())
        start = pos + indent
        content = stripped
        bullet = heading = False
        if m := _MD_HEADING.match(content):
            heading = True
        else:
            m = _BULLET.match(content)
            bullet = m is not None
        if m:
            start += m.end()
            content = content[m.end() :]
        content = content.strip("*_ ") if heading or _is_bold(content) else content
        if content:
            start = text.index(content, start)
        yield _Line(start, start + len(content), content, indent, bullet, heading)
        pos += len(raw)


def _is_bold(content: str) -> bool:
    return len(content) > 4 and content.startswith("**") and content.endswith("**")


def _looks_like_heading(line: _Line, prev: _Line | None, nxt: _Line | None) -> bool:
    """A short line without closing punctuation that stands on its own."""
    if line.heading:
        return True
    text = line.text.rstrip(_CLOSERS)
    if len(line.text.split()) > _MAX_HEADING_WORDS or text.endswith(_TERMINAL):
        return False
    if text.endswith("?") and len(line.text.split()) > 8:
        return False  # a question in running text, not a title
    prev_closed = prev is None or prev.blank or prev.text.rstrip(_CLOSERS).endswith((".", "!", "?", ":"))
    next_opens = nxt is None or nxt.blank or nxt.bullet or nxt.text[:1].isupper() or nxt.text[:1] in "\"“‘"
    return prev_closed and next_opens and line.text[:1].isupper()


def _boilerplate_split(line: _Line, kind_if_rest: BlockKind) -> list[Block]:
    """"Article –" alone is a marker; "Summary – ..." is the standfirst, a summary of
    the claims the article makes itself, so the whole line is boilerplate."""
    m = _BOILERPLATE.match(line.text)
    if not m:
        return []
    if line.text[: m.end()].lower().startswith("summary"):
        return [Block(BlockKind.BOILERPLATE, line.start, line.end, line.text)]
    marker = line.text[: m.end()].rstrip()
    blocks = [Block(BlockKind.BOILERPLATE, line.start, line.start + len(marker), marker)]
    rest = line.text[m.end() :]
    if rest.strip():
        offset = line.start + m.end()
        blocks.append(Block(kind_if_rest, offset, offset + len(rest), rest))
    return blocks


def _split_lead_in(line: _Line) -> list[Block]:
    """A line ending in ':' before a list: earlier sentences stay a paragraph."""
    gaps = list(_SENTENCE_GAP.finditer(line.text))
    if not gaps:
        return [Block(BlockKind.LEAD_IN, line.start, line.end, line.text)]
    cut = gaps[-1]
    head_end = cut.start() + 1 + len(cut.group(0)[1:].rstrip())
    head = line.text[:head_end]
    tail_at = cut.end()
    return [
        Block(BlockKind.PARAGRAPH, line.start, line.start + len(head), head),
        Block(BlockKind.LEAD_IN, line.start + tail_at, line.end, line.text[tail_at:]),
    ]


def _closed(line: _Line) -> bool:
    return line.text.rstrip(_CLOSERS).endswith((".", "!", "?"))


def split_blocks(text: str) -> tuple[Block, ...]:
    """Split ``text`` into structural blocks, each with its span in ``text``."""
    lines = list(_lines(text))
    blocks: list[Block] = []
    lead_in: str | None = None
    in_list = False
    para: list[_Line] = []

    def flush() -> None:
        if para:
            start, end = para[0].start, para[-1].end
            blocks.append(Block(BlockKind.PARAGRAPH, start, end, text[start:end]))
            para.clear()

    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = next((ln for ln in lines[i + 1 :] if not ln.blank), None)
        if line.blank:
            flush()
            continue
        if line.bullet:
            flush()
            in_list = True
            blocks.append(Block(BlockKind.LIST_ITEM, line.start, line.end, line.text, lead_in=lead_in))
            continue
        if in_list and prev is not None and not prev.blank and line.indent > 0 and blocks:
            # A continuation line of the previous list item.
            item = blocks.pop()
            blocks.append(Block(item.kind, item.start, line.end, text[item.start : line.end], lead_in=item.lead_in))
            continue
        in_list = False
        lead_in = None
        if boiler := _boilerplate_split(line, BlockKind.PARAGRAPH):
            flush()
            blocks.extend(boiler)
            continue
        if _BYLINE.match(line.text):
            flush()
            blocks.append(Block(BlockKind.BOILERPLATE, line.start, line.end, line.text))
            continue
        if line.text.rstrip().endswith(":") and nxt is not None and nxt.bullet:
            parts = _split_lead_in(line)
            if para and not _closed(para[-1]) and parts[0].kind == BlockKind.PARAGRAPH:
                # The lead-in line finishes a hard-wrapped paragraph.
                start = para[0].start
                parts[0] = Block(BlockKind.PARAGRAPH, start, parts[0].end, text[start : parts[0].end])
                para.clear()
            flush()
            blocks.extend(parts)
            lead_in = parts[-1].text
            continue
        if _looks_like_heading(line, prev, nxt):
            flush()
            blocks.append(Block(BlockKind.HEADING, line.start, line.end, line.text))
            continue
        if para and _closed(para[-1]):
            flush()  # one line per paragraph: a closed line ends its paragraph
        para.append(line)
    flush()
    return tuple(blocks)


_LOWER_OK = re.compile(r"^[A-Z][a-z]*\b(?! [A-Z])")


def complete_item(lead_in: str, item: str, article_text: str, *, joiner: str = "") -> str:
    """The list item read as a sentence with its lead-in (guideline 1.2).

    "Russia aims to:" + "Maintain leverage." -> "Russia aims to maintain leverage."
    The item's first word keeps its capital when the article also capitalises it
    mid-sentence (a name: "Russia's annexation"), or when it is an acronym.
    """
    head = lead_in.rstrip().rstrip(":").rstrip()
    body = item.strip()
    word = _LOWER_OK.match(body) or re.match(r"^(?:The|An?)\b", body)  # ("The SDU’s pledge": "the" before a name)
    if word and (word.group(0) in {"A", "An", "The"} or not _capitalised_mid_sentence(word.group(0), article_text)):
        body = body[0].lower() + body[1:]
    return f"{head}{joiner} {body}"


def _capitalised_mid_sentence(word: str, text: str) -> bool:
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        before = text[: m.start()].rstrip(" \t")
        if before and before[-1] not in ".!?:\n\"“‘(" + _DASHES + "*•":
            return True
    return False


__all__ = ["split_blocks", "complete_item"]
