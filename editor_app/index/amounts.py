"""Amounts said in other words: "35 bucks" is "thirty five dollars", "half an hour" is "thirty
minutes", "three dozen frames" is "thirty six shots", "four weeks" is "about a month".

Why: neither encoder reads numbers as values. MiniLM sees "120" and "one hundred and twenty" as
different tokens, and "three quarters of a minute" as nothing like "forty five seconds", so a
request that names an amount the way people say it misses the sentence that says it the way the
speaker did, and often lands on another sentence with a number in it. Here both sides are read as
(kind, value) pairs (time in seconds, money without the currency, temperature, mass, volume, length,
percent; a bare count when no unit follows), and a window that says the amount the request names
gets a bonus (search.hybrid_search). A request that asks for an amount without naming one ("what did
the yarn cost", "how long to leave the weight on") is answered by a sentence that says an amount of
that kind (``asked_kinds``; round 21). Pure text; nothing is computed at indexing time (a window's
amounts are cached by text at the first query that names an amount).
"""

from __future__ import annotations

import functools
import re

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORDS = {w: i for i, w in enumerate(_SMALL)} | _TENS
_SCALES = {"hundred": 100, "thousand": 1000}
# unit word -> (kind, size in the kind's base unit)
_UNITS: dict[str, tuple[str, float]] = {}
for _names, _kind, _size in (
        ("second seconds sec secs", "time", 1), ("minute minutes min mins", "time", 60),
        ("hour hours hr hrs", "time", 3600), ("day days", "time", 86400), ("week weeks", "time", 604800),
        ("fortnight fortnights", "time", 1209600), ("month months", "time", 2592000), ("year years", "time", 31536000),
        ("dollar dollars buck bucks quid pound pounds euro euros", "money", 1),
        # "fifty cents a switch" is "half a buck apiece"; "50p" is "half a quid" (round 11, set L)
        ("cent cents penny pence p", "money", 0.01),
        ("degree degrees", "temperature", 1),
        ("gram grams g", "mass", 1), ("kilo kilos kilogram kilograms kg", "mass", 1000),
        ("millilitre millilitres milliliter milliliters ml", "volume", 1), ("litre litres liter liters", "volume", 1000),
        ("millimetre millimetres millimeter millimeters mm", "length", 1),
        ("centimetre centimetres centimeter centimeters cm", "length", 10), ("inch inches", "length", 25.4),
        ("metre metres meter meters", "length", 1000), ("percent per cent", "percent", 1)):
    for _name in _names.split():
        _UNITS[_name] = (_kind, _size)
_SIGNS = {"$": "money", "£": "money", "€": "money", "%": "percent", "°": "temperature"}
# numbers that count steps or tries are served by conventions._steps, not as amounts
_COUNTERS = frozenset("step steps stage stages phase phases attempt attempts try tries round rounds shot pull "
                      "number no part chapter".split())
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+|[$£€%°]", re.I)
TOLERANCE = 0.12  # "four weeks" (28 days) is "about a month" (30)
MIN_COUNT = 3  # a bare "one" or "two" is in every other sentence


def _number(tokens: list[str], i: int) -> tuple[float, int] | None:
    """(value, index after it) of the number said at tokens[i]: digits, "one hundred and twenty",
    "twenty-four", "a dozen", "three dozen", "half an", "three quarters of a", "a couple of"."""
    t = tokens[i]
    if t[0].isdigit():
        return float(t.replace(",", ".")) if t.count(",") <= 1 and len(t.split(",")[-1]) != 3 else float(t.replace(",", "")), i + 1
    value, j, seen = 0.0, i, False
    while j < len(tokens):
        w = tokens[j]
        if w in _WORDS:
            value += _WORDS[w]
        elif w in _SCALES and seen:
            value *= _SCALES[w]
        elif w == "and" and seen and j + 1 < len(tokens) and tokens[j + 1] in _WORDS and value >= 100:
            pass  # "one hundred and twenty"
        else:
            break
        seen, j = True, j + 1
    if not seen:
        if t in ("a", "an") and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt == "dozen":
                return 12.0, i + 2
            if nxt == "couple" and i + 2 < len(tokens) and tokens[i + 2] == "of":
                return 2.0, i + 3
            if nxt in _SCALES:
                return float(_SCALES[nxt]), i + 2
            if nxt in ("quarter", "half", "third") and tokens[i + 2:i + 4] in (["of", "a"], ["of", "an"]):
                return {"quarter": 0.25, "half": 0.5, "third": 1 / 3}[nxt], i + 4  # "a quarter of an hour"
            if nxt in _UNITS or nxt == "half":
                return 1.0, i + 1
        if t == "half" and i + 1 < len(tokens) and tokens[i + 1] in ("a", "an"):
            return 0.5, i + 2
        return None
    if j < len(tokens) and tokens[j] == "dozen":
        value, j = value * 12, j + 1
    elif j < len(tokens) and tokens[j] in ("quarter", "quarters") and value < 4:
        value, j = value * 0.25, j + 1
        j += 2 if tokens[j:j + 2] in (["of", "a"], ["of", "an"]) else 0
    elif j < len(tokens) and tokens[j] in ("half", "halves") and value < 3:
        value, j = value * 0.5, j + 1
        j += 2 if tokens[j:j + 2] in (["of", "a"], ["of", "an"]) else 0
    return value, j


@functools.lru_cache(maxsize=20_000)
def amounts(text: str) -> frozenset[tuple[str, float]]:
    """(kind, value in the kind's base unit) for each amount said in ``text``; kind "count" for a
    number of at least MIN_COUNT with no unit ("thirty six shots")."""
    tokens = [t.lower() for t in _TOKEN.findall(text.replace("-", " "))]
    found: list[tuple[str, float, int]] = []  # (kind or "", value, token index)
    i = 0
    while i < len(tokens):
        if i and tokens[i - 1] in _COUNTERS:
            i += 1
            continue
        got = _number(tokens, i)
        if got is None:
            i += 1
            continue
        value, j = got
        sign = _SIGNS.get(tokens[i - 1]) if i else None
        if tokens[j:j + 3] == ["and", "a", "half"]:
            value, j = value + 0.5, j + 3  # "one and a half litres"
        unit = _UNITS.get(tokens[j]) if j < len(tokens) else None
        if unit is not None and tokens[j] == "p" and tokens[j + 1:j + 2] == ["m"]:
            unit = None  # "3 p.m." is a time of day, not three pence
        if unit is None and j + 1 < len(tokens) and tokens[j] in ("of",) and tokens[j + 1] in _UNITS:
            unit, j = _UNITS[tokens[j + 1]], j + 1
        if unit is None and j < len(tokens) and tokens[j] in _SIGNS and tokens[j] != "$":
            sign, j = _SIGNS[tokens[j]], j - 1
        if unit is not None:
            if j + 3 < len(tokens) and tokens[j + 1:j + 4] == ["and", "a", "half"]:
                value += 0.5  # "an hour and a half"
            found.append((unit[0], value * unit[1], i))
            i = j + 1
        elif sign is not None:
            found.append((sign, value, i))
            i = j + 1
        else:
            found.append(("", value, i))
            i = max(j, i + 1)
    out: set[tuple[str, float]] = set()
    for n, (kind, value, at) in enumerate(found):
        if not kind:  # "five or six days", "seven to twelve days": the range shares the unit
            later = found[n + 1] if n + 1 < len(found) else None
            if later is not None and later[0] and later[2] - at <= 3 and later[0] in ("time", "money", "temperature",
                                                                                       "mass", "volume", "length"):
                size = value * (later[1] / _value_of(tokens, later[2]))
                out.add((later[0], size))
                continue
            if value >= MIN_COUNT:
                out.add(("count", value))
            continue
        out.add((kind, value))
    return frozenset(out)


def _value_of(tokens: list[str], i: int) -> float:
    got = _number(tokens, i)
    return got[0] if got and got[0] else 1.0


def same_amount(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Whether ``a`` and ``b`` share an amount: the same kind and within TOLERANCE; a bare count
    equals an amount of any kind with the same number."""
    for kind, x in a:
        for other, y in b:
            if (kind == "count" or other == "count") and x == y:
                return True  # "what heat, 120" is "120 degrees"
            if kind != other:
                continue
            if kind != "count" and abs(x - y) <= TOLERANCE * max(abs(x), abs(y)):
                return True
    return False


# Questions that ask for an amount of a kind without naming one (round 21): "what did the yarn cost",
# "how long to leave the weight on", "how wide the clearance is", "what temperature to use". The sentence
# meant says an amount of that kind ("twelve dollars", "a good ten minutes"), which no encoder weighs;
# the windows that say one get the amount bonus (search._said_amounts). All 21 paraphrase sets
# (d..x, z; 1048 queries, benchmarks/retrieval_tune.py): 762 -> 776, no set lower (bonus 0.2-0.5 alike).
# "budget", "gap" and a bare "pay" are left out: "a budget keyboard", "fill the gap", "pay attention".
_ASKS: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"\b(?:price[sd]?|cost(?:s|ing)?|paid|spen[dt]|spending|expense|expensive|cheap|"
                        r"how much (?:\w+ ){0,4}(?:was|were|cost|costs|did|is))\b", re.I),
    "time": re.compile(r"\b(?:how long|duration|how much time|time (?:spent|taken|it takes|it took)|total time|"
                       r"took (?:him|her|me|them|us)|how many (?:minutes|hours|days|weeks|seconds))\b", re.I),
    "length": re.compile(r"\b(?:how (?:long|far|wide|deep|thick|big|tall|high|close)|distance|clearance)\b", re.I),
    "temperature": re.compile(r"\b(?:how (?:hot|warm|cold)|temperature)\b", re.I),
    "mass": re.compile(r"\b(?:how heavy|how much (?:\w+ ){0,3}weigh\w*)\b", re.I),
    "count": re.compile(r"\b(?:how many|number of|count of)\b", re.I),
}


def asked_kinds(text: str) -> frozenset[str]:
    """The kinds of amount ``text`` asks for without naming one ("how long ..." -> time, length); empty
    when it names an amount (then ``same_amount`` decides) or asks for none."""
    if amounts(text):
        return frozenset()
    return frozenset(kind for kind, pattern in _ASKS.items() if pattern.search(text))
