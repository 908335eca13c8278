"""Words of a transcript, the audio levels beside them, and what the text says about them.

Why the audio levels live in the model: cut safety is checked in operation validation, which
is pure (no I/O). A low-rate energy envelope (100 values a second, one byte each, made by
``editor_app.media.levels`` at import or transcription) is small enough to store with the
media, and lets validation put every cut edge at the quietest point between two words.
Without levels, edges go to the middle of the gap between words.

The words themselves are ``model.project.TranscriptWord`` (source seconds, punctuation kept);
the helpers here take anything with ``start``, ``end`` and ``text`` (also timeline words).
The timeline mapping and the cut arithmetic in frames live in ``model.word_cuts``.
"""

from __future__ import annotations

import base64
import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

LEVEL_RATE = 100  # envelope values per second
LEVEL_FLOOR_DB = -100.0


class AudioLevels(BaseModel):
    """A source's loudness envelope: one byte per 1/rate s, dBFS + 100 (0 = -100 dB or quieter)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    rate: int = Field(LEVEL_RATE, gt=0, le=1000)
    data: str = Field(description="base64 of the level bytes")

    @classmethod
    def from_db(cls, values, rate: int = LEVEL_RATE) -> "AudioLevels":
        raw = bytes(max(0, min(255, int(round(v - LEVEL_FLOOR_DB)))) for v in values)
        return cls(rate=rate, data=base64.b64encode(raw).decode("ascii"))

    def values(self) -> bytes:
        return _decode(self.data)

    def db_at(self, seconds: float, span: float = 0.01) -> float:
        """Mean level (dBFS) over [seconds - span, seconds + span]; -100 outside the source."""
        raw = self.values()
        a = max(0, int((seconds - span) * self.rate))
        b = min(len(raw), int((seconds + span) * self.rate) + 1)
        if b <= a:
            return LEVEL_FLOOR_DB
        return sum(raw[a:b]) / (b - a) + LEVEL_FLOOR_DB


@functools.lru_cache(maxsize=64)
def _decode(data: str) -> bytes:
    return base64.b64decode(data)


# ---- text ---------------------------------------------------------------------------

_STRIP = re.compile(r"^[^\w']+|[^\w']+$")


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A word as compared: lower case, no surrounding punctuation ("Um," -> "um")."""
    return _STRIP.sub("", text.strip().lower())


FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("um", "umm", "uh", "uhh", "uhm", "erm", "er", "ah", "hmm", "mm", "mhm"),
    "de": ("äh", "ähm", "öh", "öhm", "hm", "hmm", "mhm"),  # "um" is a German word ("um zu")
    "fr": ("euh", "heu", "hum", "hmm", "bah"),
    "es": ("eh", "em", "mmm", "hmm"),
    "it": ("ehm", "eh", "mmm", "hmm"),
    "nl": ("eh", "ehm", "uh", "uhm", "hmm"),
}
# Words that are fillers only in some places: removed only when asked for by name.
OPTIONAL_FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("like", "so", "you know", "i mean", "basically", "actually", "well", "right"),
    "de": ("also", "halt", "quasi", "sozusagen"),
    "fr": ("ben", "genre", "quoi", "du coup"),
}
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch"}


def language_code(language: str | None) -> str:
    """'en', 'de' ... from 'en', 'en-US', 'English'; English when unknown."""
    if not language:
        return "en"
    text = language.strip().lower()
    for code, name in LANGUAGE_NAMES.items():
        if text == name.lower():
            return code
    return text.split("-")[0].split("_")[0][:3] or "en"


def filler_list(language: str | None, words: list[str] | None = None, extra: list[str] | None = None) -> tuple[str, ...]:
    """The fillers to look for: ``words`` when given, else the language's list; plus ``extra``."""
    base = tuple(norm(w) for w in words) if words else FILLERS.get(language_code(language), FILLERS["en"])
    more = tuple(" ".join(norm(p) for p in w.split()) for w in (extra or []))
    return tuple(dict.fromkeys(w for w in (*base, *more) if w))


def match_phrases(texts: list[str], phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first, last) index runs of ``texts`` (normalised words) equal to one of ``phrases``."""
    singles = {p for p in phrases if " " not in p}
    multi: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted((tuple(p.split()) for p in phrases if " " in p), key=len, reverse=True):
        multi.setdefault(p[0], []).append(p)
    if not multi:  # one-word fillers only: no scanning state needed
        return [(i, i) for i, word in enumerate(texts) if word in singles]
    out: list[tuple[int, int]] = []
    i, n = 0, len(texts)
    while i < n:
        word = texts[i]
        for parts in multi.get(word, ()):
            if tuple(texts[i : i + len(parts)]) == parts:
                out.append((i, i + len(parts) - 1))
                i += len(parts)
                break
        else:
            if word in singles:
                out.append((i, i))
            i += 1
    return out


SENTENCE_END = re.compile(r"[.!?…]['\"”)]*$")


_ENDS = frozenset(".!?…'\"”)")  # the last character of any word SENTENCE_END can match


def sentences(words: Sequence[Any], pause: float = 1.0) -> list[tuple[int, int]]:
    """(first, last) word index of each sentence: ends at . ! ? or at a pause of ``pause`` s.

    Reads columns when it is given them (word_cuts.Heard: the timeline's words, ~150 per clip of
    talk) instead of one object per word, and runs the regex only on words ending in punctuation."""
    if all(hasattr(words, c) for c in ("starts", "ends", "texts")):
        starts, ends, texts = words.starts, words.ends, words.texts
    else:
        starts, ends, texts = [w.start for w in words], [w.end for w in words], [w.text for w in words]
    out: list[tuple[int, int]] = []
    first = 0
    n = len(texts)
    for i in range(n):
        last = i == n - 1
        gap = (starts[i + 1] - ends[i]) if not last else 0.0
        text = texts[i].strip()
        if last or (text[-1:] in _ENDS and SENTENCE_END.search(text)) or gap >= pause:
            out.append((first, i))
            first = i + 1
    return out


@dataclass(frozen=True)
class Retake:
    """A sentence said again right after: ``dropped`` (first, last) goes, ``kept`` stays."""

    dropped: tuple[int, int]
    kept: tuple[int, int]
    similarity: float


# How English speakers abandon a sentence out loud ("no hang on, let me say that again").
SELF_CORRECTION = re.compile(
    r"\b(?:let me|let's|lemme|i'll|i will|i'm gonna|i am going to) (?:say|start|try|do|begin|redo|"
    r"take) (?:(?:that|this|it|the whole thing)(?: one)? )?(?:again|over)\b|\bstart(?:ing)? (?:over|again)\b|"
    # round 19: "one more time" is a restart only when said of saying it ("let me say that one more time", "ok, one more
    # time"), not an instruction ("then spin it one more time")
    r"\btake two\b|\b(?:say|said|do|try|start|read|go)(?: (?:it|that|this))? one more time\b|(?:^|[,.!?] )(?:ok(?:ay)?,? |right,? |so,? )?one more time\b|\bscratch that\b|\b(?:start|go|take it|do it|do that|again|let's|lets|once more|one more time)\b[^.?!]{0,12}\bfrom the top\b|\bwait,? let me\b|\b(?:let me|lemme) redo (?:that|this|it)\b"
    # "let me start that bit again", "let me go again", "lemme redo the line" (never "let me go over the tools")
    r"|\b(?:let me|let's|lemme|i'll|i will|i'm gonna|i am going to) (?:(?:say|start|try|do|begin|redo|take) "
    r"(?:that|this|the) (?:bit|part|line|sentence|one|step|bit of it) (?:again|over)|go (?:again|"
    r"(?:that|this|the) (?:bit|part|line|sentence) again))\b"
    r"|\b(?:let me|lemme) (?:redo|re-do|restart) (?:that|this|the) (?:bit|part|line|sentence)\b"
    # round 18: "no wait, hold up, I said that wrong", "that came out wrong"
    r"|\bi (?:said|got) (?:that|it) wrong\b|\bthat came out wrong\b"
    # "no, wait, that is wrong, I say this again from the beginning" (said as a learner of English says it)
    r"|\b(?:no|wait|sorry|oops|hang on|hold on)\W+(?:\w+\W+){0,2}(?:that|this)(?:'s| is| was) (?:wrong|not right|backwards|"
    r"back to front|(?:the )?wrong way (?:round|around)|mixed up|muddled)\b"
    # round 22: "I'm gonna redo that part", "gonna re-record that": redoing is itself saying it again
    r"|\b(?:let me|lemme|let's|i'll|i will|i'm gonna|im gonna|i'm going to|i am going to|gonna) (?:redo|re-do|restart|"
    r"re-record|rerecord|retake) (?:that|this|the|it)\b"
    r"|\bi(?:'ll| will)? say (?:this|that|it) again\b|\bagain from the (?:beginning|start)\b")


def false_starts(words: Sequence[Any]) -> list[tuple[int, int]]:
    """(first, last) word of each sentence that abandons itself out loud: a retake is rarely said
    twice word for word; people stop, say so, and say it properly."""
    return [(a, b) for a, b in sentences(words)
            if SELF_CORRECTION.search(" ".join(norm(w.text) for w in words[a : b + 1]))]


def retakes(words: Sequence[Any], threshold: float = 0.75, fillers: tuple[str, ...] = ()) -> list[Retake]:
    """Sentences repeated in a row (the later take is kept); a false start that the next sentence
    begins with also counts ("I want to- I want to show you"), and so does a sentence abandoned out
    loud (``false_starts``) when another sentence follows it."""
    spans = sentences(words)
    abandoned = set(false_starts(words))
    found: list[Retake] = []
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        if (a0, a1) in abandoned:
            found.append(Retake((a0, a1), (b0, b1), 1.0))
            continue
        first = [t for t in (norm(w.text) for w in words[a0 : a1 + 1]) if t and t not in fillers]
        second = [t for t in (norm(w.text) for w in words[b0 : b1 + 1]) if t and t not in fillers]
        if not first or not second:
            continue
        ratio = difflib.SequenceMatcher(None, first, second, autojunk=False).ratio()
        prefix = len(first) >= 2 and second[: len(first)] == first
        if ratio >= threshold or prefix:
            found.append(Retake((a0, a1), (b0, b1), 1.0 if prefix else round(ratio, 3)))
    # "A. A. A." keeps only the last: drop every earlier take of a chain.
    return found


_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
# a unit typed after a number ("52mm") and the words a talk says for it
_UNITS = {"mm": ("millimetres", "millimeters", "mil"), "cm": ("centimetres", "centimeters"), "m": ("metres", "meters"),
          "km": ("kilometres", "kilometers"), "kg": ("kilos", "kilograms"), "g": ("grams",), "ml": ("millilitres", "milliliters"),
          "l": ("litres", "liters"), "s": ("seconds",), "secs": ("seconds",), "sec": ("seconds",), "mins": ("minutes",),
          "min": ("minutes",), "hrs": ("hours",), "hr": ("hours",), "%": ("percent", "per cent")}


def spelled_number(token: str) -> list[str]:
    """'36' -> ['thirty', 'six']: requests are typed in digits, talks are transcribed in words."""
    if not token.isdigit() or int(token) >= 100:
        return [token]
    n = int(token)
    if n < 20:
        return [_NUMBER_WORDS[n]]
    return [_TENS[n // 10]] + ([_NUMBER_WORDS[n % 10]] if n % 10 else [])


def _loose(word: str) -> str:
    """A word as typed in a hurry: no apostrophes ("dont" is "don't", "theres" is "there's")."""
    return word.replace("'", "")


def _readings(wanted: list[str]) -> list[list[str]]:
    """The phrase as typed, and with its numbers in words ("20 seconds", "52mm" -> "fifty two millimetres")."""
    readings: list[list[str]] = [[]]
    for word in wanted:
        number = re.fullmatch(r"(\d{1,2})([a-z%]*)", word)
        if number is None or (number.group(2) and number.group(2) not in _UNITS):
            options = [[word]]
        else:
            said = spelled_number(number.group(1))
            units = _UNITS.get(number.group(2), ()) if number.group(2) else ()
            options = [[word]] + ([said + [u] for u in units] if units else [said])
        readings = [r + o for r in readings for o in options][:16]
    return readings


def _one_letter_off(said: str, typed: str) -> bool:
    """A typo of one letter (dropped, added or changed) in a word of four letters or more."""
    if min(len(said), len(typed)) < 4 or abs(len(said) - len(typed)) > 1 or said[0] != typed[0]:
        return False
    return difflib.SequenceMatcher(None, said, typed, autojunk=False).ratio() >= 1 - 2 / (len(said) + len(typed)) - 1e-9


def find_phrase(texts: list[str], phrase: str) -> list[tuple[int, int]]:
    """Every (first, last) run of normalised ``texts`` that reads as ``phrase`` (normalised).

    Typed quotes are compared as people type them: without apostrophes ("dont", "theres") and with
    digits for the numbers said in words ("20 seconds", "52mm"). Those are the same words; a quote
    remembered wrongly is not (see find_mistyped)."""
    wanted = [norm(p) for p in phrase.split() if norm(p)]
    if not wanted:
        return []
    said = [_loose(t) for t in texts]
    hits: list[tuple[int, int]] = []
    for reading in _readings(wanted):
        typed = [_loose(w) for w in reading]
        n = len(typed)
        hits += [(i, i + n - 1) for i in range(len(said) - n + 1) if said[i : i + n] == typed]
    if not hits and 1 < len(wanted) <= 8:  # "low key" typed for the "lowkey" said, "set up" for "setup"
        heard = set(said)
        for i in range(len(wanted) - 1):
            for glue in ("", "-"):  # round 24: "feed in" typed for the "feed-in" said
                joined = _loose(wanted[i] + glue + wanted[i + 1])
                if joined in heard:
                    hits += find_phrase(texts, " ".join(wanted[:i] + [wanted[i] + glue + wanted[i + 1]] + wanted[i + 2:]))
    return sorted(set(hits))


def find_mistyped(texts: list[str], phrase: str) -> list[tuple[int, int]]:
    """find_phrase, or else the runs that read as a phrase of three words or more with one word mistyped by
    one letter ("heres the trik"): for finding a place, where the words are not what is cut."""
    hits = find_phrase(texts, phrase)
    wanted = [_loose(norm(p)) for p in phrase.split() if norm(p)]
    if hits or len(wanted) < 3:
        return hits
    said = [_loose(t) for t in texts]
    n = len(wanted)
    for i in range(len(said) - n + 1):
        off = [j for j in range(n) if said[i + j] != wanted[j]]
        if len(off) == 1 and _one_letter_off(said[i + off[0]], wanted[off[0]]):
            hits.append((i, i + n - 1))
    return hits


def quoted_loosely(texts: list[str], spans: Sequence[tuple[int, int]], phrase: str) -> list[tuple[int, int]]:
    """The sentences (``spans`` of ``texts``) that a quote of four words or more, remembered a little
    wrongly, comes from: its words in their order with at most one in five missing ("dont lose the
    nut and dont lose the washers" for "Don't lose the nut, bro, and don't lose the little washers
    either"). Only for a request that names a whole line; a quote of exact words goes by find_phrase."""
    typed = [_loose(norm(w)) for w in phrase.split() if norm(w)]
    if len(typed) < 4:
        return []
    found = []
    for a, b in spans:
        said = [_loose(t) for t in texts[a : b + 1]]
        blocks = difflib.SequenceMatcher(None, typed, said, autojunk=False).get_matching_blocks()
        if len(typed) - sum(block.size for block in blocks) <= len(typed) // 5:
            found.append((a, b))
    return found

