"""A part of the talk asked for by an amount: "while I'm saying what the bulbs cost", "when do I say how
much the lampshade was", "where I say how long the wiring took me".

Why: the sentence that states an amount rarely repeats the question's words ("the shade was twelve
pounds" does not say "cost"; "the set was forty dollars" follows the sentence that names the keycaps).
The topic search then picked the sentence that names the thing most, which says nothing about what it
cost. An amount asked for is found among the sentences that state an amount of that kind (money, or a
length of time), and among those the one that names the thing itself, else the nearest one saying it
in the two sentences just before. Two that fit equally ask; none lets the usual search decide.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.meaning import stem
from editor_app.planner.said_in import shared, spoken_sentences, states_price, topic_stems
from editor_app.planner.topics import Passage
from editor_app.planner.types import Ctx, Unclear

_ASKS_TIME = re.compile(r"\bhow long\b.*\b(?:took|take|takes|taking|lasted|last)\b|\b(?:took|take|takes) (?:me|us|him|her|them)\b"
                        r"|\bhow many (?:hours|minutes|mins|days|weeks|evenings|weekends)\b")
# Asking what something cost, not describing it as cheap ("my rant about the cheap old keyboard" is not a price).
_ASKS_MONEY = re.compile(r"\bhow much\b|\b(?:cost|costs|costed|costing|price|prices|priced|paid|pay|spent|spend|"
                         r"set me back|came to|comes to)\b")
_UNITS = r"(?:hours?|minutes?|mins?|days?|weeks?|months?|years?|evenings?|weekends?|afternoons?|seconds?|secs?)"
_NUMBER = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
           r"fifty|half|couple|few|several)")
_STATES_TIME = re.compile(rf"\b{_NUMBER}(?:[ -][a-z]+){{0,2}} {_UNITS}\b", re.I)
# Words of the question itself, not of the thing it asks about.
_ASKING = frozenset(stem(w) for w in "cost costs costing price prices priced pricey paid pay spent spend cheap cheaper "
                    "expensive money much set back how long took take takes taking lasted last many hours minutes days "
                    "weeks what was were is are me us".split())
_CONTEXT = 2  # sentences before an amount that may name what it is the amount of


def asked_amount(topic: str) -> str | None:
    """"money" or "time" when ``topic`` asks for an amount, else None."""
    if _ASKS_TIME.search(topic):
        return "time"
    if _ASKS_MONEY.search(topic):
        return "money"
    return None


def amount_passage(ctx: Ctx, topic: str) -> Passage | None:
    """The sentence that states the amount ``topic`` asks for, or None when it asks for no amount (or
    no sentence stating one names the thing: the usual search decides). Unclear when two fit equally."""
    kind = asked_amount(topic)
    if kind is None:
        return None
    thing = {s for s in topic_stems(topic) if s not in _ASKING}
    _, spans = spoken_sentences(ctx)
    if not thing or not spans:
        return None
    states = states_price if kind == "money" else (lambda text: bool(_STATES_TIME.search(text)))
    scored = []
    for i, sentence in enumerate(spans):
        if not states(sentence.text):
            continue
        for back in range(0, _CONTEXT + 1):  # the thing named in the sentence itself, else just before it
            if i - back < 0:
                break
            said = shared(thing, spans[i - back].text)
            if said:
                scored.append((said, -back, i))
                break
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    equal = [row for row in scored[1:] if row[:2] == best[:2]]
    if equal:
        where = "; ".join(f"{clock(spans[r[2]].start)} \"{_short(spans[r[2]].text)}\"" for r in [best, *equal][:3])
        raise Unclear(f"More than one sentence says that: {where}. Which one? Quote a few of its words.")
    chosen = spans[best[2]]
    return Passage(chosen.start, chosen.end, chosen.text)


def _short(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."


# Round 11b: an amount said in the description of a place ("the line about a new pair being ninety quid"):
# the talk says the same number, maybe in other money words ("ninety pounds"), often in one sentence only.
_SAID_AMOUNT = re.compile(r"(?:[£$€] ?(?P<a>\d+(?:\.\d+)?)|\b(?P<b>\d+(?:\.\d+)?) ?(?:quid|pounds?|bucks?|dollars?|euros?|"
                          r"pence|p|grand|k|hours?|minutes?|mins?|days?|weeks?|months?|years?|degrees?|litres?|liters?)\b)")


def stated_amount_passage(ctx: Ctx, topic: str) -> Passage | None:
    """The one sentence that says the number a described place states ("... being ninety quid"), or among
    several saying it the one sharing most of the description's other words; None when none says it or
    that does not decide (the usual search does)."""
    from editor_app.planner.text import words_to_numbers

    numbers = {float(m.group("a") or m.group("b")) for m in _SAID_AMOUNT.finditer(topic)}
    if not numbers:
        return None
    _, spans = spoken_sentences(ctx)
    hits = []
    for sentence in spans:
        said = {float(n) for n in re.findall(r"(?<![\d.:])\d+(?:\.\d+)?(?![\d:])", words_to_numbers(sentence.text.lower()))}
        if numbers <= said:
            hits.append(sentence)
    if not hits:
        return None
    if len(hits) > 1:
        words = {s for s in topic_stems(topic) if not s.isdigit()}
        scored = sorted(((shared(words, s.text), i) for i, s in enumerate(hits)), reverse=True)
        if scored[0][0] == scored[1][0]:
            return None
        hits = [hits[scored[0][1]]]
    return Passage(hits[0].start, hits[0].end, hits[0].text)
