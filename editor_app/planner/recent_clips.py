""""both of them" and "the other one" across turns: the clips of the last two edits (round 12).

People place two things one turn after the other and then talk about them together or about the
first: "put the before clip at 0:03" ... "put the after clip at 0:59" ... "fade both of them in";
... "no, the other one, fade it out". "it" alone is the clip the last edit made; "both" is that
one and the one the edit before made; "the other one" is the one before. Read only when each of
the two edits changed exactly one clip and both clips are still there: otherwise the words stay as
said, and the planner asks which clips (never a guess at another clip).
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.project import Project

_BOTH = re.compile(r"\b(?:both of (?:them|those|these|the clips)|them both|both clips|both(?= in\b| out\b| to\b| at\b| black\b| "
                   r"(?:down|up|faster|slower|louder|quieter)\b)|(?:those|these|the) (?:two|2)(?: clips)?|the (?:two|2) of them|"
                   r"(?<=between )(?:them|those|these)(?! \w+ing\b)(?: (?:two|2|clips|shots))?)\b")  # round 12: "crossfade between them"
_OTHER_FIRST = re.compile(r"^(?:(?:no|nah|nope|sorry|oops|wait|hmm+|actually)[ ,]+)*(?:i meant |i mean )?the other (?:one|clip)"
                          r"[ ,]+(?:(?:and|then|so)[ ,]+)?(?P<rest>.+)$")
_OTHER = re.compile(r"\bthe other (?:one|clip)\b")
_IT = re.compile(r"\b(?:it|that one|that|this one)\b")


def _last_two(memory: Any, project: Project) -> tuple[str, str] | None:
    """(clip of the edit before last, clip of the last edit) when each made or changed one clip, still there."""
    if memory is None:
        return None
    edits = [t for t in memory.turns(12) if t.kind == "edit" and t.applied and t.steps]
    if len(edits) < 2:
        return None
    older, newer = edits[-2].clip_ids, edits[-1].clip_ids
    if len(older) != 1 or len(newer) != 1 or older[0] == newer[0]:
        return None
    if project.find_clip(older[0]) is None or project.find_clip(newer[0]) is None:
        return None
    return older[0], newer[0]


# Round 16: "remove the first one", "make the second one longer" right after two placements: those two, in the
# order they were made (before, "the first one" was the first clip of the timeline: the talk).
_NTH_ONE = re.compile(r"\bthe (?P<n>first|second|former|latter|earlier|later|1st|2nd) (?:one|clip|of them|of those|of the two)\b")


def nth_of_two(text: str, memory: Any, project: Project) -> str | None:
    """``text`` with "the first one" / "the second one" said as that clip's id, when the last two turns were edits
    that each made or changed one clip (a question asked since is answered by pending.py, not here)."""
    found = _NTH_ONE.search(text)
    if found is None or memory is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    if not turns or turns[-1].kind != "edit" or not turns[-1].applied:
        return None
    pair = _last_two(memory, project)
    if pair is None:
        return None
    older, newer = pair
    clip = older if found.group("n") in ("first", "former", "earlier", "1st") else newer
    return text[:found.start()] + clip + text[found.end():]


def earlier_clips(text: str, memory: Any, project: Project) -> str | None:
    """``text`` with "both of them" / "the other one" / "the first one" said as the clips' ids, or None."""
    if not (_BOTH.search(text) or _OTHER.search(text)):
        return nth_of_two(text, memory, project)
    pair = _last_two(memory, project)
    if pair is None:
        return None
    older, newer = pair
    if _BOTH.search(text):
        return _BOTH.sub(f"{older} and {newer}", text, count=1)
    first = _OTHER_FIRST.match(text)
    if first is not None:  # "no, the other one, fade it out": the rest is about that clip
        rest = first.group("rest")
        return _IT.sub(older, rest, count=1) if _IT.search(rest) else None
    return _OTHER.sub(older, text, count=1)


def named_back(message: str, memory: Any, project: Project) -> tuple[str, ...]:
    """The clips "both of them" / "the other one" in ``message`` name (for the turn's safety review,
    which must not hold a plan for the clips the words point back at), or ()."""
    from editor_app.planner.text import normalize

    text = normalize(message or "")
    nth = _NTH_ONE.search(text)
    pair = _last_two(memory, project) if (_BOTH.search(text) or _OTHER.search(text) or nth) else None
    if pair is None:
        return ()
    if nth and not (_BOTH.search(text) or _OTHER.search(text)):
        return (pair[0],) if nth.group("n") in ("first", "former", "earlier", "1st") else (pair[1],)
    return pair if _BOTH.search(text) else (pair[0],)


# round 12 (lead): "put the after spray clip right after it", "stick the bag shot straight after that one": the
# place is where the clip the last edit touched ends, said as that time ("before it" is left to the placement
# intents: where it starts is known, the new clip's length is not)
_NEXT_TO_IT = re.compile(r"^(?P<head>(?:(?:can|could) you |please |now |then |and )*(?:put|place|add|stick|drop|pop|insert|"
                         r"bring in|move|slot|chuck|throw) .+?) (?P<side>(?:right |straight |just |immediately |directly )?"
                         r"(?:after|following)) (?:it|that|that one|that clip|this one|the last one|the one i just "
                         r"(?:added|put in|placed))(?: please)?$")


def next_to_last(text: str, memory: Any, project: Project) -> str | None:
    """``text`` with "right after it" said as the time the last edit's one clip ends, or None. Only placements and moves of a named thing; "cut the pause right after it" stays."""
    found = _NEXT_TO_IT.match(text)
    if found is None or memory is None or re.search(r"\b(?:it|that|this) (?:right|straight|just|after|before)\b",
                                                     found.group("head")):
        return None
    last = memory.last_edit()
    clips = [c for c in (project.find_clip(i) for i in (last.clip_ids if last is not None else ())) if c is not None]
    if len(clips) != 1:
        return None
    _track, clip = clips[0]
    from editor_app.planner.intents import clock
    from editor_app.model.time import seconds

    return f"{found.group('head')} at {clock(float(seconds(clip.end, project.fps)))}"
