"""Expected moves of the article's actor: "Most economists expect the first cut in June" ->
"The Central Bank of Varenia will make the first cut in June", attributed to the economists
(guideline 1.4: a forecast keeps its modality as "will"; the one who expects it is the source)."""

from __future__ import annotations

import re

from claims.inflect import possessive

# What an actor makes: the nouns a forecast can name a move by
_MOVES = "cut|cuts|hike|hikes|reduction|decision|announcement|bid|offer"
_EXPECTED = re.compile(
    rf"^(?P<who>.+?) (?:expects?|predicts?|forecasts?|points? to) "
    rf"(?P<what>(?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:(?P<move>{_MOVES})\b|rate of (?P<level>[\d.]+%))(?P<rest>.*?))\.$")
_COMMON = {"most", "many", "some", "all", "several", "few", "economists", "analysts", "investors", "markets",
           "traders", "experts", "forecasters"}
_FORECASTS = re.compile(r"^(?P<owner>.+?)[’'] (?:\w+ )?(?:forecasts|projections|estimates)$")


def expected_move(text: str, actor: str | None) -> tuple[str, str] | None:
    """The claim as the actor's expected move and its source, or None when ``text`` expects no
    move of a named actor ("Analysts expect a decision by the regulator" names its own maker)."""
    m = _EXPECTED.match(text)
    if m is None or not actor or re.search(r"\bby (?:the |[A-Z])", m.group("rest")) and m.group("move"):
        return None
    who = m.group("who")
    if (owned := _FORECASTS.match(who)) is not None:
        who = owned.group("owner")  # "Economists’ median forecasts point to X": the economists expect X
    if who.split()[0].lower() in {"it", "this", "that", "they", "he", "she"} or actor.lower() in text.lower():
        return None
    if who.split()[0].lower() in _COMMON:
        who = who[0].lower() + who[1:]  # "most economists polled by X", as a source reads mid-sentence
    named = actor[0].upper() + actor[1:]
    if m.group("level"):  # "point to a rate of 3.5% by 2026" -> "X’s rate will be 3.5% by 2026"
        return f"{possessive(named)} rate will be {m.group('level')}{m.group('rest')}.", who
    return f"{named} will make {m.group('what')}.", who
