"""A place in the talk said with a rough position: "the bit near the start about the smell", "my joke
near the end about the wrappers", "the part towards the end where I X".

Why: a talk often comes back to a topic (the smell at the start and again once it is gone), and people
say which time they mean by where it falls. The position words used to read as "at the end of the video"
and put the B-roll there; now they are taken out of the place, and the topic is looked for in that half
of the talk only (a topic the half does not hold still asks).
"""

from __future__ import annotations

import re

from editor_app.planner.meaning import similarity, stems
from editor_app.planner.topics import Passage, relevant
from editor_app.planner.types import Ctx, Unclear

_ROUGH = re.compile(r"\s(?:near|towards?|toward|at|around|close to|in) the (?:very )?(start|beginning|top|first half|"
                    r"end|ending|close|last half|second half)(?: of (?:the |my )?(?:video|talk|vid))?"
                    r"(?= (?:about|where|when|while|covering|in which)\b)")
_END = frozenset({"end", "ending", "close", "last half", "second half"})


def rough_position(text: str) -> tuple[str, str | None]:
    """(text without the position words, "start" / "end" / None): "the bit near the start about X" ->
    ("the bit about X", "start"). Only words that qualify a part of the talk count (followed by "about",
    "where", ...): "put it near the end" is a place of its own."""
    match = _ROUGH.search(text)
    if match is None:
        return text, None
    return text[: match.start()] + text[match.end():], "end" if match.group(1) in _END else "start"


def passage_in_half(ctx: Ctx, topic: str, half: str) -> Passage:
    """The sentence about ``topic`` in the first or last half of the talk on the timeline."""
    from editor_app.planner.topics import _rows, require_transcript

    require_transcript(ctx)
    rows = sorted(_rows(ctx), key=lambda r: r["timeline_start"])
    if not rows:
        raise Unclear("There is no transcript on the timeline to look in.")
    middle = (rows[0]["timeline_start"] + rows[-1]["timeline_end"]) / 2
    rows = [r for r in rows if (r["timeline_start"] < middle) == (half == "start")]
    quotes = [r["quote"] for r in rows]
    wanted = stems(topic)
    scores = [s + 0.15 * len(wanted & stems(q)) for s, q in zip(similarity(topic, quotes), quotes)] if quotes else []
    order = sorted(range(len(rows)), key=lambda i: -scores[i])
    if not order or not relevant(topic, quotes[order[0]], [quotes[i] for i in order[1:3]]):
        where = "start" if half == "start" else "end"
        raise Unclear(f"I couldn't find where you talk about \"{topic}\" near the {where}. Which part do you mean? "
                      "You can also give a time, e.g. \"at 0:12\".")
    row = rows[order[0]]
    return Passage(row["timeline_start"], row["timeline_end"], row["quote"], row.get("clip_id"))
