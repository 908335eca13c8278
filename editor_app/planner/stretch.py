"""A place in the talk said by what the speaker is doing in its structure: "while I'm introducing
myself", "as I introduce myself and the problem", "during my intro and the why".

Why: the first sentence of any talk is where the speaker introduces themselves; its words ("Hi, I'm
Priya") share nothing with "introducing myself", so the search could not find it and the request
asked or landed on a later sentence. "... and <something>" stretches the place on through the first
few sentences, to the last one that says that something (said in one of them, or clearly near in
meaning); nothing there says it, and the place stays the opening sentence.
"""

from __future__ import annotations

import re

from editor_app.planner.meaning import similarity, stems
from editor_app.planner.types import Ctx

_INTRO = re.compile(r"^(?:(?:i'm|i am|we're|we are) )?(?:introduc\w*|say\w* (?:hello|hi)|greet\w*)"
                    r"(?: (?:myself|ourselves|us|me|the video|the channel|everyone|people))?"
                    r"(?: and (?:the |what |my |our )?(?P<more>.+))?$")
_OPENING = 3  # how many opening sentences an introduction may stretch over


def introduction(ctx: Ctx, topic: str):
    """The opening passage when ``topic`` says the speaker introduces themselves, else None."""
    from editor_app.planner.topics import Passage, _rows, require_transcript

    match = _INTRO.match(topic.strip())
    if match is None:
        return None
    require_transcript(ctx)
    rows = sorted(_rows(ctx), key=lambda r: r["timeline_start"])[:_OPENING]
    if not rows:
        return None
    last = rows[0]
    more = (match.group("more") or "").strip()
    if more:
        wanted = stems(more)
        said = [i for i, r in enumerate(rows) if wanted & stems(r["quote"])]
        if not said:
            scores = similarity(more, [r["quote"] for r in rows])
            best = max(range(len(rows)), key=lambda i: scores[i])
            said = [best] if scores[best] >= 0.35 else []
        if said:
            last = rows[max(said)]
    return Passage(float(rows[0]["timeline_start"]), float(last["timeline_end"]),
                   " ".join(r["quote"] for r in rows[: rows.index(last) + 1]), rows[0].get("clip_id"))


_ASKS_FLUBBED = re.compile(r"\b(?:first (?:go|try|attempt|take)|flub\w*|botched|messed[- ]up|mess[- ]up|mistake|wrong (?:go|take)|"
                           r"false start|abandoned|failed|bad (?:go|take)|retake)\b")


def kept_take(ctx: Ctx, passage, text: str):
    """The take that was kept when ``passage`` is a sentence abandoned out loud ("..., hang on, let me
    start that again") and the request does not ask for the flubbed one: B-roll over "where I put the
    new one in" belongs over the take that stays ("not the flubbed go" says so too)."""
    from editor_app.model.words import SELF_CORRECTION, norm
    from editor_app.planner.topics import Passage, _rows

    said = " ".join(norm(w) for w in passage.quote.split())
    if not SELF_CORRECTION.search(said):
        return passage
    flubbed = _ASKS_FLUBBED.search(text)
    if flubbed and not re.search(r"\b(?:not|never|instead of|rather than)\s+(?:the |my |that )?(?:\w+ )?$",
                                 text[: flubbed.start()]):
        return passage
    rows = sorted(_rows(ctx), key=lambda r: r["timeline_start"])
    later = [r for r in rows if r["timeline_start"] >= passage.end - 0.01]
    if not later:
        return passage
    row = later[0]
    return Passage(float(row["timeline_start"]), float(row["timeline_end"]), row["quote"], row.get("clip_id"))


_SHOWING = re.compile(r"\b(?:where|when|while|as) (?:i|i'm|we|we're) (?:show|shows|showing|point out|pointing out)\b")
_POINTING = re.compile(r"\b(?:look at|you can see|see (?:how|the|this|that)|here's|here is|check out|have a look|take a look)\b")


def shown_here(ctx: Ctx, passage, topic: str, text: str):
    """"Where I show how grubby X is": of the sentences saying the topic's words as well as ``passage``
    does, the one where the speaker points at something ("look at the state of X") is the showing."""
    from editor_app.planner.particles import said_score
    from editor_app.planner.topics import Passage, _rows

    if not _SHOWING.search(text) or _POINTING.search(passage.quote.lower()):
        return passage
    mine = said_score(topic, passage.quote)
    rows = [r for r in _rows(ctx) if _POINTING.search(r["quote"].lower()) and mine > 0
            and said_score(topic, r["quote"]) >= mine]
    if len(rows) != 1:
        return passage
    row = rows[0]
    return Passage(float(row["timeline_start"]), float(row["timeline_end"]), row["quote"], row.get("clip_id"))
