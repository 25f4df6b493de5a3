"""English word forms for rewritten claims: "opt" -> "opts", "opted", "opting"; "Russia" -> "Russia’s".

Pure string functions over lemmas, shared by decomposition (participial add-ons),
decontextualisation (a clause turned into a subject) and list completion.
"""

from __future__ import annotations

import re

IRREGULAR: dict[str, tuple[str, str]] = {  # lemma -> (past, past participle)
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "go": ("went", "gone"),
    "make": ("made", "made"), "take": ("took", "taken"), "give": ("gave", "given"), "get": ("got", "got"),
    "keep": ("kept", "kept"), "hold": ("held", "held"), "bring": ("brought", "brought"), "leave": ("left", "left"),
    "lead": ("led", "led"), "run": ("ran", "run"), "set": ("set", "set"), "put": ("put", "put"),
    "send": ("sent", "sent"), "spend": ("spent", "spent"), "build": ("built", "built"), "say": ("said", "said"),
    "see": ("saw", "seen"), "show": ("showed", "shown"), "rise": ("rose", "risen"), "fall": ("fell", "fallen"),
    "grow": ("grew", "grown"), "become": ("became", "become"), "come": ("came", "come"), "win": ("won", "won"),
    "lose": ("lost", "lost"), "pay": ("paid", "paid"), "meet": ("met", "met"), "sell": ("sold", "sold"),
    "tell": ("told", "told"), "find": ("found", "found"), "think": ("thought", "thought"), "begin": ("began", "begun"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "feel": ("felt", "felt"), "stand": ("stood", "stood"),
    "cut": ("cut", "cut"), "hit": ("hit", "hit"), "let": ("let", "let"), "seek": ("sought", "sought"),
    "write": ("wrote", "written"), "speak": ("spoke", "spoken"), "break": ("broke", "broken"),
    "undermine": ("undermined", "undermined"), "deal": ("dealt", "dealt"), "mean": ("meant", "meant"),
    "beat": ("beat", "beaten"), "buy": ("bought", "bought"), "catch": ("caught", "caught"), "teach": ("taught", "taught"),
    "fight": ("fought", "fought"), "choose": ("chose", "chosen"), "forget": ("forgot", "forgotten"),
    "freeze": ("froze", "frozen"), "hide": ("hid", "hidden"), "ride": ("rode", "ridden"), "shake": ("shook", "shaken"),
    "steal": ("stole", "stolen"), "strike": ("struck", "struck"), "swim": ("swam", "swum"), "throw": ("threw", "thrown"),
    "wear": ("wore", "worn"), "know": ("knew", "known"), "fly": ("flew", "flown"), "eat": ("ate", "eaten"),
    "shut": ("shut", "shut"), "cost": ("cost", "cost"), "hurt": ("hurt", "hurt"), "quit": ("quit", "quit"),
    "spread": ("spread", "spread"), "bet": ("bet", "bet"), "split": ("split", "split"), "shoot": ("shot", "shot"),
    "sink": ("sank", "sunk"), "sing": ("sang", "sung"), "ring": ("rang", "rung"), "drink": ("drank", "drunk"),
    "bear": ("bore", "borne"), "tear": ("tore", "torn"), "swear": ("swore", "sworn"), "wake": ("woke", "woken"),
    "arise": ("arose", "arisen"), "withdraw": ("withdrew", "withdrawn"), "overtake": ("overtook", "overtaken"),
    "undertake": ("undertook", "undertaken"), "understand": ("understood", "understood"), "lend": ("lent", "lent"),
    "bend": ("bent", "bent"), "feed": ("fed", "fed"), "flee": ("fled", "fled"),
    "hang": ("hung", "hung"), "lay": ("laid", "laid"), "light": ("lit", "lit"), "slide": ("slid", "slid"),
    "stick": ("stuck", "stuck"), "sweep": ("swept", "swept"), "weep": ("wept", "wept"), "wind": ("wound", "wound"),
    "bind": ("bound", "bound"), "grind": ("ground", "ground"), "dig": ("dug", "dug"),
}


def third_person(lemma: str) -> str:
    if lemma in {"be", "have"}:
        return {"be": "is", "have": "has"}[lemma]
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def plural(noun: str) -> str:
    """"scientist" -> "scientists", "analyst" -> "analysts", "body" -> "bodies" (regular nouns)."""
    return third_person(noun) if noun not in {"be", "have"} else noun + "s"


def past(lemma: str, participle: bool = False) -> str:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma][1 if participle else 0]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ed"  # stop -> stopped
    return lemma + "ed"


def gerund(lemma: str) -> str:
    """"decide" -> "deciding", "let" -> "letting", "tie" -> "tying", "see" -> "seeing"."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ing"  # let -> letting
    return lemma + "ing"


def possessive(name: str) -> str:
    """"Russia" -> "Russia’s"; "Analysts" -> "Analysts’"."""
    if name.endswith(("’s", "'s")):
        return name  # "Bellamy’s" is already one ("Freshway and Bellamy’s plan")
    return f"{name}’" if name.endswith("s") else f"{name}’s"


__all__ = ["possessive", "IRREGULAR", "gerund", "past", "third_person"]
