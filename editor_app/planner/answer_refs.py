"""A request that points at what the planner's last answer named (round 12, conversation).

People ask first and edit second: "where do I say it's limescale?" ... "put the closeup photo over
that"; "which clip shows the vinegar bag?" ... "ok put it at 0:29". The edit's "that" is the stretch
of talk the answer gave, its "it" the one file the answer named, not the clip changed by the last
edit before the question. Read only while the answer is the last turn (an edit in between is what
"it" means then), and only when the answer named exactly one stretch or one file: an answer that
gave two places or two files leaves the words as said (the planner then asks).
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.project import Project

# The one stretch a "where do I ..." answer gives: "At 0:06.81-0:10.27 (c1): "..."".
_STRETCH = re.compile(r"^(?:Again: )?(?:Yes\. )?At (?P<a>\d+:\d{2}(?:\.\d+)?)-(?P<b>\d+:\d{2}(?:\.\d+)?)\b")
# "over that", "there", "on that bit", "during that part": the place the answer gave.
_THERE = re.compile(r"\b(?:(?:over|on|during|across|under|onto|on top of|at|for|in) )?(?:that (?:bit|part|line|section|moment|spot|place|"
                    r"point|sentence|stretch|one)|that|there|then|the same (?:bit|part|place|spot))$")
# A request that places or shows something: the verbs "it" / "that" follow.
_PLACING = re.compile(r"^(?:ok(?:ay)?,? |great,? |cool,? |nice,? |right,? |perfect,? |thanks,? |then )*(?:put|place|add|use|stick|drop|pop|"
                      r"show|overlay|slot|throw|lay|insert|bring in)\b")
# Round 13: "then cut it", "cut that bit", "ok delete that line" after a "where do I ..." answer: the
# stretch it gave is what goes. The whole request is the verb and the pointer, nothing else named.
_CUT_THAT = re.compile(r"^(?:ok(?:ay)?,? |great,? |cool,? |right,? |perfect,? |thanks,? |then,? |so |and |yeah,? |yes,? |good,? )*"
                       r"(?:please |can you |could you |just )?(?:cut|delete|remove|lose|drop|ditch|scrap|kill|bin|nix|"
                       r"get rid of|take out|chop|snip|cut out|edit out)"
                       r" (?:it|that|this|them|those|(?:that|this|the) (?:bit|part|line|sentence|section|one|moment|bit out|part out))"
                       r"(?: out)?(?: then| too| please| pls| as well)?$")
_IT = re.compile(r"\b(?:it|that one|that clip|that file|that shot|that photo|that picture|that video|this one)\b")


def _last_answer(memory: Any) -> str | None:
    """The reply of the last turn when that turn answered a question (an edit since then wins)."""
    if memory is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    if not turns or turns[-1].kind != "answer":
        return None
    return turns[-1].reply or None


def after_answer(clause: str, memory: Any, project: Project) -> str | None:
    """``clause`` with "over that" / "it" replaced by the stretch or the file the last answer named,
    or None when it does not point back at an answer."""
    reply = _last_answer(memory)
    if reply is None:
        return None
    stretch = _STRETCH.match(reply)
    if stretch and _CUT_THAT.match(clause.strip(" .!?")):
        return f"cut from {stretch.group('a')} to {stretch.group('b')}"
    names = [m.name for m in project.media.values() if m.name.lower() in reply.lower()]
    if not _PLACING.match(clause):
        # round 16: "is the music too loud?" ... "yeah turn it down then": "it" is the one file the answer named
        if len(names) == 1 and not stretch and _IT_ALONE.search(clause) and _on_timeline(project, names[0]):
            return _IT_ALONE.sub(lambda m: f"{m.group('verb')} {names[0].lower()}", clause, count=1)
        return None
    there = _THERE.search(clause)
    if stretch and there and not re.search(r"\d:\d|\b\d+ ?(?:s|secs?|seconds)\b", clause[:there.start()]):
        return f"{clause[:there.start()].rstrip()} from {stretch.group('a')} to {stretch.group('b')}"
    if len(names) == 1 and _IT.search(clause) and not stretch:
        return _IT.sub(names[0].lower(), clause, count=1)
    return None


# "it" as the object of an edit verb ("turn it down", "fade it out", "mute it"): not "make it shorter" said of the video
_IT_ALONE = re.compile(r"\b(?P<verb>turn|bring|fade|mute|unmute|drop|lower|raise|boost|duck|cut|remove|delete|move|speed|slow|"
                       r"trim|nudge|knock|push|pull|take|set|put|make) (?:it|that one|that clip|that track)\b")


def _on_timeline(project: Project, name: str) -> bool:
    """Whether a clip of the media called ``name`` is on the timeline (an edit can only change a placed file)."""
    return any(c.media_id and project.media.get(c.media_id) is not None and project.media[c.media_id].name == name
               for c in project.clips())
