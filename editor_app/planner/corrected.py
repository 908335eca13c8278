""""no, the vinegar bag one" right after a placement: the other file, in the placed one's place (round 12).

Why: people correct a placement by naming only what they meant: "put the citric acid picture at
0:15" ... "no, the vinegar bag one", "wrong one, I meant GH010882", "not that, the pin clip".
Read alone it names no action and was not understood. Here it is read as "replace <the clip the
placement made> with <what was named>", and planned as usual, so a name that fits two files or
none is asked about, never guessed. Only right after a turn that placed exactly one clip (that
clip is what "no" is about); after anything else the words stay as said.
"""

from __future__ import annotations

import re
from typing import Any

_PLACING_TOOLS = frozenset({"place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip"})
_CORRECTION = re.compile(
    r"^(?:(?:no+|nah|nope|sorry|oops|wait|hmm+|argh|ugh|wrong (?:one|1|clip|file|photo|picture|video)|not (?:that|this)(?: one| 1)?|"
    r"other way)[ ,!.]+)+(?:(?:i meant|i mean|i wanted|i said|it's|its|it should be|should be|use|make it|go with)[ ,]+)?"
    r"(?P<what>(?:the|my) (?:[a-z0-9_.&'-]+ ){1,4}?(?:one|1|clip|shot|video|photo|picture|pic|still|file|footage)"
    r"|(?=[\w.-]*[\d_])[a-z][\w.-]+)(?: (?:instead|please|pls|thanks))*$")


# Round 12b: only a time, said as a correction right after a placement: "actually 2:12", "no, make that
# 0:52", "at 1:10 instead". The placed clip goes there; a bare time with no correction word stays as said.
_TIME_INSTEAD = re.compile(
    r"^(?:(?:(?:no+|nah|nope|actually|sorry|oops|wait|hmm+|er+m?|um+|or rather|rather)[ ,!.]+)+"
    r"(?:(?:make (?:that|it)|change (?:that|it) to|move (?:it|that) to|i meant|i mean|put it|should be|it should be)[ ,]+)?"
    r"|(?:make (?:that|it)|change (?:that|it) to|i meant)[ ,]+)"
    r"(?:at |to )?(?P<t>\d{1,2}:\d{2}(?:\.\d+)?|\d+(?:\.\d+)? ?(?:s|secs?|seconds))(?: (?:instead|please|pls|then))*$"
    r"|^(?:at |to )?(?P<t2>\d{1,2}:\d{2}(?:\.\d+)?) instead$")


# Round 16: "make it 3 seconds", "make that 4 secs": "make <it> <seconds>" with no "at"/"to" says a length
# (a point in time is "at 0:03", "make it start at 3 s", or a clock "0:03"); the placed clip's length changes.
_LENGTH_SAID = re.compile(r"\bmake (?:it|that)[ ,]+(?:only |just |about |exactly )?\d+(?:\.\d+)? ?(?:s|secs?|seconds)\b")


# The placed clip turned down in so many words, not just "no": "not that one", "wrong one", "not this".
_REJECTED = re.compile(r"\b(?:not (?:that|this)|wrong (?:one|1|clip|file|photo|picture|video))\b")

# Round 13: "no, the other one" after one placement: the placed file's look-alike ("IMG_2231.MOV" ... "IMG_2240.MOV").
_OTHER = re.compile(r"^the other(?: [a-z0-9]+)? (?:one|1|clip|shot|video|photo|picture|pic|still|file|footage)$")


def _family(asset: Any) -> tuple[str, str]:
    """What a camera or phone names its files alike by: the name with its numbers taken out, and the kind."""
    stem = re.sub(r"\.[a-z0-9]+$", "", asset.name.lower())
    return re.sub(r"\d+", "#", stem), asset.kind


def _other_of(clip_id: str, project: Any) -> str | None:
    """The one other file in the bin named like the file of ``clip_id`` (same camera's naming, same kind), or None
    when there is none or more than one (then the words stay as said, and the planner asks)."""
    found = project.find_clip(clip_id) if project is not None else None
    mine = project.media.get(found[1].media_id or "") if found is not None else None
    if mine is None or "#" not in _family(mine)[0]:
        return None
    alike = [m for m in project.media.values() if m.id != mine.id and _family(m) == _family(mine)
             and (mine.words or mine.transcript or not (m.words or m.transcript))]  # round 16: B-roll's twin is not the talk
    return alike[0].name.lower() if len(alike) == 1 else None


_OTHER_DESCRIBED = re.compile(r"^(?P<lead>(?:(?:no+|nah|nope|sorry|oops|wait|not (?:that|this)(?: one)?)[ ,!.]+)+)the other "
                              r"(?P<kind>[a-z0-9]+)[ ,;-]+(?:the|my) (?P<desc>(?:[a-z0-9'-]+ ){1,4}?)"
                              r"(?P<noun>one|clip|shot|video|photo|picture|pic|still|file|footage)[ .!?]*$")


def corrected(text: str, memory: Any, project: Any = None) -> str | None:
    """"replace c3 with the vinegar bag one" for "no, the vinegar bag one" after c3 was placed, else None."""
    if memory is None:
        return None
    # round 18: "no the other gopro, the old bearings one": the other of a kind, then which: "the old bearings gopro one"
    text = _OTHER_DESCRIBED.sub(lambda m: f"{m.group('lead')}the {m.group('desc')}{m.group('kind')} {m.group('noun')}", text.strip())
    found = _CORRECTION.match(text.strip(" .!?"))
    when = _TIME_INSTEAD.match(text.strip(" .!?")) if found is None else None
    if found is None and when is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    while turns and not turns[-1].applied and _CORRECTION.match(turns[-1].message.strip(" .!?")):
        turns.pop()  # "no, the blender one" asked which file: "no, the unscrewing one" still corrects the placement
    if not turns:
        return None
    last = turns[-1]
    if not last.applied or last.kind != "edit" or len(last.clip_ids) != 1 or not last.steps \
            or any(s.get("tool") not in _PLACING_TOOLS for s in last.steps) or len(last.steps) != 1:
        return None
    if when is not None and _LENGTH_SAID.search(text):
        return None  # round 16: "actually make it 3 seconds" is how long it stays (intents.length), not 0:03
    if when is not None:  # round 12b: "actually 2:12": the same clip, at the time said instead
        return f"move {last.clip_ids[0]} to {when.group('t') or when.group('t2')}"
    what = found.group("what")
    if _OTHER.match(what):  # "no, the other one": instead of it or as well? planner/adjust.py asks, naming the look-alike
        # round 16: unless the placed one is turned down in so many words ("not that one, the other one", "wrong one,
        # the other one"): then it is the one look-alike instead (none or several: the question above)
        other = _other_of(last.clip_ids[0], project) if _REJECTED.search(text[:found.start("what")]) else None
        return f"replace {last.clip_ids[0]} with {other}" if other else None
    return f"replace {last.clip_ids[0]} with {what}"


def not_found_instead(rewrite: str, project: Any) -> str:
    """The question when the file named in a correction is not in the project: says what was not
    found and what stays, in the user's words, never the rewrite ("replace c3 with ...")."""
    clip_id, _, what = rewrite.removeprefix("replace ").partition(" with ")
    found = project.find_clip(clip_id)
    asset = project.media.get(found[1].media_id or "") if found is not None else None
    kept = f"'{asset.name}'" if asset is not None else "the clip I placed"
    return f"I can't find \"{what}\" among this project's media, so {kept} stays where it is. Which file did you mean?"


_IT = re.compile(r"\b(?:it|that one|that clip|that)\b")


def undone_placement(text: str, memory: Any, project: Any) -> str | None:
    """Round 12: "undo that and put it at 0:44 instead": planned after the undo, "it" is the file the
    undone placement put down (its clip is gone, so "it" cannot be that clip). None when the last edit
    was not one placement, or its clip is still there."""
    if memory is None or not _IT.search(text):
        return None
    last = memory.last_edit()
    if last is None or not last.steps or len(last.clip_ids) != 1 or project.find_clip(last.clip_ids[0]) is not None:
        return None
    media = {s.get("args", {}).get("media_id") for s in last.steps if s.get("tool") in _PLACING_TOOLS}
    if len(media) != 1 or len(last.steps) != 1:
        return None
    asset = project.media.get(next(iter(media)) or "")
    return _IT.sub(asset.name.lower(), text, count=1) if asset is not None else None
