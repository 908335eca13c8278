"""The silence at the very end (or start) of the video: "trim off the silent bit at the end".

Why: fresh footage often runs on after the last word (the camera was still recording while the
speaker walked over to stop it). "Cut the silence at the end" was read as "cut every silence",
which removes far more than was asked. Here the silence meant is the one after the last word
heard on the timeline (or before the first): remove_silences limited to that stretch, so the
real audio decides where the quiet starts and nothing between sentences is touched.
"""

from __future__ import annotations

import re

from editor_app.model.word_cuts import timeline_words
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_QUIET = (r"(?:silen(?:t|ces?)|quiet|dead air|dead(?=\s+(?:bit|bits|space|spot|time|stretch|part)\b|\s*$)|nothing|empty|blank|pause|gap|no talking|not talking|nobody talking|"
          r"where i(?:'m| am) not (?:talking|saying anything)|where nothing happens)")
_END = re.compile(rf"\b{_QUIET}\b.*\b(?:at|on|in|towards?) the (?:very )?(?:end|ending|tail)\b"
                  rf"|\b(?:end|ending|tail)\b.*\b{_QUIET}\b"
                  rf"|\b{_QUIET}\b.*\b(?:after|once) (?:i|we) (?:finish|stop|end|am done|'m done|wrap up|say (?:bye|goodbye|thanks))"
                  rf"|\btrailing (?:silence|quiet|dead air)\b")
_START = re.compile(rf"\b{_QUIET}\b.*\b(?:at|in) the (?:very )?(?:start|beginning)\b"
                    rf"|\b{_QUIET}\b.*\bbefore (?:i|we) (?:start|begin|say anything|speak|talk)"
                    rf"|\bleading (?:silence|quiet|dead air)\b")
_REMOVE = re.compile(r"\b(?:cut|trim|remove|delete|drop|lose|chop|get rid of|take out|kill|ditch|scrap|snip|clip|"
                     r"shave|lop)\b")
_ALL = re.compile(r"\b(?:all|every|each)\b")


def edge_silence(ctx: Ctx) -> Match | None:
    t = re.sub(r"\"[^\"]*\"", '""', ctx.text)  # round 23: quoted words of the talk are no silence
    if not _REMOVE.search(t) or _ALL.search(t) or re.search(r"\bfrom\b.*\bto the end of the\b(?! (?:video|vid|edit|film|talk)\b)", t):
        return None
    end, start = _END.search(t), _START.search(t)
    if not (end or start) or (end and start):
        return None
    placed = timeline_words(ctx.project)
    if not placed:
        raise Unclear("I can't tell where the talking stops without a transcript. Say the time, e.g. "
                      "\"cut everything after 1:20\".")
    if end:
        last = max(p.end for p in placed)
        if ctx.duration_s - last < 0.3:
            raise Unclear(f"The last word ends at {clock(last)}, right at the end of the video: there is no silence after it.")
        args = {"start": num(round(last, 3)), "min_silence": 0.3}
        return Match([step("remove_silences", args)],
                     f"cut the silence after the last word ({clock(last)}) to the end of the video; nothing else")
    first = min(p.start for p in placed)
    if first < 0.3:
        raise Unclear(f"The first word starts at {clock(first)}: there is no silence before it to cut.")
    args = {"end": num(round(first, 3)), "min_silence": 0.3}
    return Match([step("remove_silences", args)],
                 f"cut the silence before the first word (0:00-{clock(first)}); nothing else")
