"""Forecast horizons: when a forecast can be checked, read from its own words.

**Reads:** the text of a forecast claim and a reference date (the article's
published date, else its ingestion date — ``Article.reference_time``).
**Adds:** a :class:`Horizon` — the phrase that names the horizon, the date by
which the forecast can be judged (``resolve_by``) — or ``None`` when the text
names no horizon (the caller then applies ``Settings.review_interval_days``).

Guideline: section 2, forecasts ("by 2030", "plans to", "is due to open in
2028") are checked against what later happens; the horizon says when.

``resolve_by`` is the **last day of the window the phrase names**, so a forecast
is never judged before its time is up:

=========================  ==========================================================
phrase                     resolve_by (reference Thursday 2026-03-12)
=========================  ==========================================================
next week                  Sunday of next week (2026-03-22)
on Thursday                the next Thursday after the reference (2026-03-19)
in March / by March 15     the next such month end / day on or after the reference
next summer                end of the next summer that starts after the reference
                           (meteorological seasons, northern hemisphere)
by 2027 / in 2027          2027-12-31; ``before 2027`` is 2026-12-31
early / mid / late 2027    2027-04-30 / 2027-08-31 / 2027-12-31
early next year            the same thirds of next year
by the end of the year,    2026-12-31
later this year
this decade                2029-12-31 (decades run 2020-2029)
by the end of the century  2100-12-31; ``by mid-century`` 2050-12-31
within two years           reference + 2 years (numbers up to twenty, "a few" = 3,
                           "a couple of" = 2, "several" = 5)
in the coming months       reference + 6 months; vague plurals ("within weeks",
                           "in the coming days") take days 14, weeks 8, months 6,
                           years 5
=========================  ==========================================================

Phrases that only point to the past ("in 2014" in a 2026 article) are not
horizons. When a text names several horizons, the first one (in reading order)
that is not in the past wins. Explicit calendar dates, month names and weekdays
are parsed with ``dateparser`` (future preferred, relative to the reference).
Pure: no clock is read here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from claims.model import as_utc

__all__ = ["Horizon", "extract_horizon", "reference_date"]


@dataclass(frozen=True, slots=True)
class Horizon:
    """A horizon found in a forecast's text."""

    text: str  # the phrase as written, e.g. "by the end of 2027"
    resolve_by: date
    explicit: bool = True


def reference_date(reference: date | datetime) -> date:
    """The calendar day (UTC) that relative phrases count from."""
    if isinstance(reference, datetime):
        return as_utc(reference).date()
    return reference


# --------------------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _week_bounds(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), _month_end(year, first + 2)


def _decade_bounds(year: int) -> tuple[date, date]:
    start = year - year % 10
    return date(start, 1, 1), date(start + 9, 12, 31)


def _century_bounds(year: int) -> tuple[date, date]:
    # Colloquial: "the end of the century" is 2100 for anyone writing in 2001-2100.
    last = ((year - 1) // 100 + 1) * 100
    return date(last - 99, 1, 1), date(last, 12, 31)


_QUALIFIER_ALIASES = {
    "early": "early",
    "the early": "early",
    "the start of": "start",
    "start of": "start",
    "the beginning of": "start",
    "beginning of": "start",
    "mid": "mid",
    "the middle of": "mid",
    "middle of": "mid",
    "the mid": "mid",
    "late": "late",
    "later": "late",
    "the late": "late",
    "the end of": "end",
    "end of": "end",
    "the first half of": "h1",
    "first half of": "h1",
    "the second half of": "h2",
    "second half of": "h2",
}


def _qualifier(raw: str | None) -> str | None:
    if raw is None:
        return None
    key = re.sub(r"[\s-]+", " ", raw.strip().lower())
    return _QUALIFIER_ALIASES.get(key)


def _part_of_years(first_year: int, last_year: int, qualifier: str | None) -> date:
    """A part of a run of whole years (a year, decade or century), by thirds."""
    span = last_year - first_year + 1
    if qualifier == "start":
        return date(first_year, 1, 1)
    if span == 1:
        ends = {"early": (4, 30), "mid": (8, 31), "h1": (6, 30)}
        month, day = ends.get(qualifier or "", (12, 31))
        return date(first_year, month, day)
    if qualifier == "early":
        return date(first_year + span // 3 - 1, 12, 31)
    if qualifier == "mid":
        # "mid-century" is 2050 by convention; for a decade, the sixth year.
        return date(first_year + span // 2 - 1 if span == 100 else first_year + 2 * span // 3 - 1, 12, 31)
    if qualifier == "h1":
        return date(first_year + span // 2 - 1, 12, 31)
    return date(last_year, 12, 31)


def _part_of_days(start: date, end: date, qualifier: str | None) -> date:
    """A part of a week, month or quarter: early = first third, mid = second third."""
    if qualifier == "start":
        return start
    length = (end - start).days + 1
    if qualifier == "early":
        return start + timedelta(days=length // 3 - 1)
    if qualifier in {"mid", "h1"}:
        return start + timedelta(days=2 * length // 3 - 1)
    return end


# --------------------------------------------------------------------------- numbers


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
    "several": 5, "a dozen": 12,
}  # fmt: skip
_VAGUE_COUNT = {"day": 14, "week": 8, "month": 6, "year": 5, "decade": 2}

_NUM = r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|a\s+dozen|" + "|".join(
    sorted((w for w in _NUMBER_WORDS if " " not in w), key=len, reverse=True)
) + ")"
_UNIT = r"(day|week|month|year|decade)"


def _count(raw: str | None, unit: str) -> int:
    if raw is None:
        return _VAGUE_COUNT[unit]
    key = re.sub(r"\s+", " ", raw.strip().lower())
    return int(key) if key.isdigit() else _NUMBER_WORDS[key]


def _after(ref: date, n: int, unit: str) -> date:
    if unit == "day":
        return ref + timedelta(days=n)
    if unit == "week":
        return ref + timedelta(weeks=n)
    if unit == "month":
        return _add_months(ref, n)
    if unit == "year":
        return _add_months(ref, 12 * n)
    return _add_months(ref, 120 * n)


# --------------------------------------------------------------------------- rules

_Resolver = Callable[[re.Match[str], date], date | None]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # fmt: skip
_YEAR_RE = r"((?:19|20|21)\d\d)"
_QUAL_RE = (
    r"(?:(early|mid|late|later|the\s+early|the\s+mid|the\s+late|(?:the\s+)?end\s+of|(?:the\s+)?start\s+of|"
    r"(?:the\s+)?beginning\s+of|(?:the\s+)?middle\s+of|(?:the\s+)?first\s+half\s+of|(?:the\s+)?second\s+half\s+of)"
    r"\s*-?\s*)?"
)
_PREP_RE = r"(?:(by|in|before|until|till|through|during|over|around|on|at|within)\s+)?"
_NOT_DEADLINES = {"after", "since", "from", "beyond", "last", "past"}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season_window(name: str, year: int) -> tuple[date, date]:
    first, last = _SEASONS[name]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), _month_end(end_year, last)


def _before(prep: str | None, start: date, end: date) -> date:
    """``before X`` ends the day before X starts; every other preposition ends with X."""
    return start - timedelta(days=1) if prep == "before" else end


def _r_duration(m: re.Match[str], ref: date) -> date | None:
    unit = m.group("unit").lower()
    if not m.group("num") and not m.group("plural"):
        return _after(ref, 1, unit)  # "over the next year"
    return _after(ref, _count(m.group("num") or None, unit), unit)


def _r_within_vague(m: re.Match[str], ref: date) -> date | None:
    unit = m.group("unit").lower()
    return _after(ref, 1 if m.group("one") else _VAGUE_COUNT[unit], unit)


def _period_bounds(unit: str, which: str, ref: date) -> tuple[date, date]:
    step = 1 if which == "next" else 0
    if unit == "week":
        start, end = _week_bounds(ref + timedelta(weeks=step))
    elif unit == "month":
        first = _add_months(ref.replace(day=1), step)
        start, end = first, _month_end(first.year, first.month)
    elif unit == "quarter":
        index = (ref.month - 1) // 3 + step
        start, end = _quarter_bounds(ref.year + index // 4, index % 4 + 1)
    elif unit == "year":
        start, end = date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)
    elif unit == "decade":
        start, end = _decade_bounds(ref.year + 10 * step)
    else:
        start, end = _century_bounds(ref.year + 100 * step)
    return start, end


def _r_period(m: re.Match[str], ref: date) -> date | None:
    unit = m.group("unit").lower()
    which = "next" if (m.group("which") or "this").lower() in {"next", "the coming", "coming"} else "this"
    start, end = _period_bounds(unit, which, ref)
    qualifier = _qualifier(m.group("qual"))
    if m.group("prep") == "before":
        return start - timedelta(days=1)
    if unit in {"year", "decade", "century"}:
        return _part_of_years(start.year, end.year, qualifier)
    return _part_of_days(start, end, qualifier)


def _r_year_end(m: re.Match[str], ref: date) -> date | None:
    unit = m.group("unit").lower()
    return _period_bounds(unit, "this", ref)[1]


def _r_mid_century(m: re.Match[str], ref: date) -> date | None:
    start, end = _century_bounds(ref.year)
    return _part_of_years(start.year, end.year, "mid")


def _r_year(m: re.Match[str], ref: date) -> date | None:
    year = int(m.group("year"))
    prep = (m.group("prep") or "").lower() or None
    if prep == "before":
        return date(year, 1, 1) - timedelta(days=1)
    return _part_of_years(year, year, _qualifier(m.group("qual") or m.group("qual2")))


def _r_quarter(m: re.Match[str], ref: date) -> date | None:
    ordinal = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
    raw = (m.group("q") or m.group("qn")).lower()
    quarter = int(raw) if raw.isdigit() else ordinal[raw]
    year = int(m.group("year")) if m.group("year") else ref.year
    start, end = _quarter_bounds(year, quarter)
    if not m.group("year") and end < ref:
        start, end = _quarter_bounds(year + 1, quarter)
    return _before((m.group("prep") or "").lower() or None, start, end)


def _r_decade(m: re.Match[str], ref: date) -> date | None:
    start, end = _decade_bounds(int(m.group("decade")))
    prep = m.group("prep").lower()
    if prep in {"by", "before"}:
        return start - timedelta(days=1) if prep == "before" else start
    return _part_of_years(start.year, end.year, _qualifier(m.group("qual")))


def _r_season(m: re.Match[str], ref: date) -> date | None:
    name = m.group("season").lower()
    which = (m.group("which") or "").lower()
    if m.group("year"):
        start, end = _season_window(name, int(m.group("year")))
    else:
        # "this summer": the current or coming one; "next summer": the first to start after the reference.
        for year in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
            start, end = _season_window(name, year)
            if (which in {"next", "the coming", "coming"} and start > ref) or (
                which not in {"next", "the coming", "coming"} and end >= ref
            ):
                break
    qualifier = _qualifier(m.group("qual"))
    if (m.group("prep") or "").lower() == "before":
        return start - timedelta(days=1)
    return _part_of_days(start, end, qualifier)


def _dateparse(phrase: str, ref: date) -> date | None:
    import dateparser  # imported on use: its language data takes a moment to load

    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
            "PREFER_DATES_FROM": "future",
            "PREFER_DAY_OF_MONTH": "last",
        },
    )
    return parsed.date() if parsed is not None else None


def _r_month(m: re.Match[str], ref: date) -> date | None:
    month = _MONTHS[m.group("month").lower().rstrip(".")]
    prep = (m.group("prep") or "").lower() or None
    day, year = m.group("day"), m.group("year")
    if prep is None and day is None and year is None:
        return None  # "the March deadline", the verb "may": not a horizon on its own
    phrase = " ".join(p for p in (m.group("month"), day, year) if p)
    parsed = _dateparse(phrase, ref)
    if parsed is None:
        return None
    if day is None:
        start, end = parsed.replace(day=1), _month_end(parsed.year, month)
        if prep == "before":
            return start - timedelta(days=1)
        return _part_of_days(start, end, _qualifier(m.group("qual")))
    return parsed - timedelta(days=1) if prep == "before" else parsed


def _r_day_month(m: re.Match[str], ref: date) -> date | None:
    phrase = " ".join(p for p in (m.group("day"), m.group("month"), m.group("year")) if p)
    parsed = _dateparse(phrase, ref)
    if parsed is None:
        return None
    return parsed - timedelta(days=1) if (m.group("prep") or "").lower() == "before" else parsed


def _r_iso(m: re.Match[str], ref: date) -> date | None:
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return day - timedelta(days=1) if (m.group("prep") or "").lower() == "before" else day


def _r_weekday(m: re.Match[str], ref: date) -> date | None:
    parsed = _dateparse(m.group("weekday"), ref)
    if parsed is None:
        return None
    if (m.group("which") or "").lower() == "next" and (parsed - ref).days <= 7 - ref.weekday() - 1:
        # "next Friday" said on a Tuesday is the Friday of next week, not this one.
        parsed += timedelta(weeks=1)
    return parsed


def _r_day_word(m: re.Match[str], ref: date) -> date | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "the day after tomorrow": 2}
    if word in offsets:
        return ref + timedelta(days=offsets[word])
    sunday = _week_bounds(ref)[1]
    return sunday + timedelta(weeks=1) if word.startswith("next") else sunday


_RULES: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (
        re.compile(
            r"\b(?:(?:within|in|over|during)\s+)?the\s+(?:next|coming|upcoming|following)\s+"
            rf"(?:(?P<num>{_NUM})\s+)?{_UNIT.replace('(', '(?P<unit>', 1)}(?P<plural>s)?\b",
            re.I,
        ),
        _r_duration,
    ),
    (
        re.compile(rf"\b(?:in|over|during)\s+(?:coming|upcoming)\s+(?P<num>){_UNIT.replace('(', '(?P<unit>', 1)}(?P<plural>s)\b", re.I),
        _r_duration,
    ),
    (
        re.compile(
            rf"\b(?:within|in)\s+(?P<num>{_NUM})\s+{_UNIT.replace('(', '(?P<unit>', 1)}(?P<plural>s)?(?:['’]s?)?(?:\s+time)?\b",
            re.I,
        ),
        _r_duration,
    ),
    (re.compile(rf"\bwithin\s+(?P<one>an?\s+)?{_UNIT.replace('(', '(?P<unit>', 1)}s?\b", re.I), _r_within_vague),
    (
        re.compile(
            r"\b(?:(?P<prep>by|before|until|in|during|over|within)\s+)?" + _QUAL_RE.replace("(early", "(?P<qual>early", 1)
            + r"(?P<which>this|next|the\s+coming|the\s+current|the)\s+(?P<unit>week|month|quarter|year|decade|century)\b",
            re.I,
        ),
        _r_period,
    ),
    (re.compile(r"\b(?:by\s+)?(?P<unit>year|month|week|quarter)[- ]end\b", re.I), _r_year_end),
    (re.compile(r"\b(?:by\s+)?(?:the\s+)?turn\s+of\s+the\s+(?P<unit>century|decade)\b", re.I), _r_year_end),
    (re.compile(r"\b(?:by\s+)?mid-?\s?century\b", re.I), _r_mid_century),
    (
        re.compile(
            r"\b(?:(?P<prep>by|in|during|before|until)\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth|final|last)\s+quarter"
            rf"|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?{_YEAR_RE.replace('(', '(?P<year>', 1)})?\b",
            re.I,
        ),
        _r_quarter,
    ),
    (
        re.compile(
            r"\b(?P<prep>by|in|during|before|until|through)\s+the\s+"
            + r"(?:(?P<qual>early|mid|late)[- ]?)?(?P<decade>(?:19|20|21)\d0)s\b",
            re.I,
        ),
        _r_decade,
    ),
    (re.compile(r"\b(?:(?P<prep>by|on|before|until)\s+)?(?P<y>(?:19|20|21)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b", re.I), _r_iso),
    (
        re.compile(
            r"\b(?:(?P<prep>by|on|before|until|till|through)\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH_RE.replace("(", "(?P<month>", 1) + r"(?:,?\s+" + _YEAR_RE.replace("(", "(?P<year>", 1) + r")?\b"
        ),
        _r_day_month,
    ),
    (
        re.compile(
            r"\b(?:(?P<prep>by|in|before|until|till|through|during|on|around|[Bb]y|[Ii]n|[Bb]efore|[Uu]ntil|[Oo]n)\s+)?"
            + _QUAL_RE.replace("(early", "(?P<qual>early", 1)
            + _MONTH_RE.replace("(", "(?P<month>", 1)
            + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+"
            + _YEAR_RE.replace("(", "(?P<year>", 1)
            + r")?\b"
        ),
        _r_month,
    ),
    (
        re.compile(
            r"\b(?:(?P<prep>by|in|during|before|until|through|over|around|within)\s+)?"
            + _QUAL_RE.replace("(early", "(?P<qual>early", 1)
            + r"(?:(?P<which>this|next|the\s+coming|the)\s+)?(?P<season>spring|summer|autumn|winter|(?<=this\s)fall|"
            r"(?<=next\s)fall|(?<=the\s)fall|(?<=in\s)fall)(?:\s+(?:of\s+)?" + _YEAR_RE.replace("(", "(?P<year>", 1) + r")?\b",
            re.I,
        ),
        _r_season,
    ),
    (
        re.compile(
            # A bare number is not a year: a preposition or a qualifier must come first.
            r"\b(?:(?P<prep>by|in|during|before|until|through|around)\s+(?:the\s+year\s+)?"
            + _QUAL_RE.replace("(early", "(?P<qual>early", 1)
            + r"|" + _QUAL_RE.replace("(early", "(?P<qual2>early", 1).removesuffix("?") + r")"
            + r"(?<![\d,.])" + _YEAR_RE.replace("(", "(?P<year>", 1) + r"(?![\d,.-]\d|s\b|\s*(?:%|percent|per\s+cent))\b",
            re.I,
        ),
        _r_year,
    ),
    (
        re.compile(
            r"\b(?:(?:on|by|until|before)\s+)?(?:(?P<which>this|next|coming)\s+)?"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        _r_weekday,
    ),
    (re.compile(r"\b(?P<word>the\s+day\s+after\s+tomorrow|tomorrow|tonight|today|this\s+weekend|next\s+weekend)\b", re.I), _r_day_word),
)


_PRECEDING_WORD = re.compile(r"(\w+)\W*$")


def _preceded_by_non_deadline(text: str, start: int) -> bool:
    word = _PRECEDING_WORD.search(text[max(0, start - 20) : start])
    return word is not None and word.group(1).lower() in _NOT_DEADLINES


def extract_horizon(text: str, reference: date | datetime) -> Horizon | None:
    """The first horizon in ``text`` that is not in the past of ``reference``, or ``None``.

    **Reads:** a forecast's text and the date it speaks from. **Adds:** the
    horizon phrase and its ``resolve_by`` (last day of the window named).
    """
    ref = reference_date(reference)
    found: list[tuple[int, int, date]] = []
    for pattern, resolve in _RULES:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            if _preceded_by_non_deadline(text, match.start()):
                continue
            resolved = resolve(match, ref)
            if resolved is None:
                continue
            found.append((match.start(), match.end(), resolved))
    # Longest match at a position wins ("by the end of next year" over "next year"); then reading order.
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    chosen: list[tuple[int, int, date]] = []
    for start, end, resolved in found:
        if any(start < c_end and c_start < end for c_start, c_end, _ in chosen):
            continue
        chosen.append((start, end, resolved))
    for start, end, resolved in sorted(chosen):
        if resolved >= ref:
            return Horizon(text=text[start:end].strip(), resolve_by=resolved, explicit=True)
    return None
