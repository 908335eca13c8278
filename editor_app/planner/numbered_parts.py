"""A part of the talk named by the number the speaker gave it: "binder clip over step seven", "the diagonal clip
during stage 2", "title at tip three" (round 23, lead).

Why: a speaker who walks through a job numbers it ("Right, step one is ...", "Step six is the second diagonal").
People then name the parts that way, and bare: "PXL_... over step two pls". With an article ("over the step two
bit") the place was found by the words said there; without one, "over step 2" read as no place at all and the
B-roll intent asked where it should go.

Which words number the talk is read from the talk, never from a list: a word followed by a number that the talk
says with at least two different numbers ("step one", "step two"; "tip one", "tip two"). Only such a word and
number, said in the talk, is rewritten to the form the place readers know ("over the step 2 bit"); "over part 2"
where no "part one/two" is said stays as it is (it may be a media's name: "timelapse part 2").
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import norm, spelled_number

_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty").split()
_PLACE_WORD = re.compile(r"\b(?P<pre>over|during|under|on top of|across|on|at|for|in|into|to|before|after|with|start of|"
                         r"end of|beginning of|whole of|through|throughout|about) (?P<label>[a-z]+) (?P<n>\d{1,2})\b"
                         r"(?! ?(?:s|secs?|seconds?|mins?|minutes?|m|h|hours?|:\d)\b)")


def numbering_words(project: Any) -> frozenset[str]:
    """The words the talk numbers its parts with ("step" when it says "step one" and "step two"); kept per state."""
    from editor_app.model.state_cache import media_key, per_state, tracks_key

    def compute() -> frozenset[str]:
        words = _spoken(project)
        seen: dict[str, set[str]] = {}
        for a, b in zip(words, words[1:]):
            if a.isalpha() and len(a) > 2 and (b in _NUMBERS or b.isdigit()):
                seen.setdefault(a, set()).add(b)
        return frozenset(w for w, numbers in seen.items() if len(numbers) >= 2)

    return per_state("numbering_words", (*tracks_key(project), *media_key(project)), compute)


def _spoken(project: Any) -> tuple[str, ...]:
    """The timeline's words, normalised, apostrophes dropped; kept per state (both readings here use them)."""
    from editor_app.model.state_cache import media_key, per_state, tracks_key
    from editor_app.model.word_cuts import timeline_words

    return per_state("numbered_parts.spoken", (*tracks_key(project), *media_key(project)),
                     lambda: tuple(norm(p.text).replace("'", "") for p in timeline_words(project)))


def _said(project: Any, label: str, number: str) -> bool:
    spoken = " ".join(_spoken(project))
    return any(f" {label} {said} " in f" {spoken} " for said in {number, " ".join(spelled_number(number))})


def numbered_place(text: str, project: Any) -> str | None:
    """``text`` with "over step 2" as "over the step 2 bit" where the talk numbers its parts with "step", or None."""
    if project is None or not project.media or not re.search(r"\b[a-z]+ \d{1,2}\b", text):
        return None
    labels = numbering_words(project)
    if not labels:
        return None

    def bare(m: re.Match) -> str:
        label, number = m.group("label"), m.group("n")
        if label not in labels or not _said(project, label, number):
            return m.group(0)
        return f"{m.group('pre')} the {label} {number} bit"

    parts = re.split(r'("[^"]*")', text)
    parts[::2] = [_PLACE_WORD.sub(bare, p) for p in parts[::2]]
    out = "".join(parts)
    return out if out != text else None
