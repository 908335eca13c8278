"""When a new title goes and how long it stays, said the loose ways people say them (round 10, edits).

Why: add_title read a length only after "for" and a place only as a time, so 'a title "X" at the
start, 5 seconds' got the default 3 s, and "at the start of the sanding section" put the title at
0:00 (the start of the video). A length said on its own after a comma or a dash, or as "N s long",
is the title's; "at the start / beginning / end of <a described part of the talk>" is where that
part starts (or ends), found the way B-roll finds "the part about X".
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.types import Ctx

_UNIT = r"(?:seconds?|secs?|s)"
# ", 5 seconds", " - 4.5 secs", ", about 6 s", ", for 5 seconds" at the end; "7 s long" anywhere
_TAIL_LENGTH = re.compile(rf"(?:,|\s[-\u2013\u2014])\s*(?:for |lasting |about |around |roughly |just )*"
                          rf"(\d+(?:\.\d+)?) ?{_UNIT}(?: long| on screen| please)?\s*[.!]?$")
_LONG = re.compile(rf"\b(\d+(?:\.\d+)?) ?{_UNIT} long\b")
# round 11b: ", keep it up 5s", "and leave it on screen for 4 secs", "let it stay up 6 seconds": how long it stays
_KEEP_UP = re.compile(rf"(?:,|\band\b)\s*(?:(?:keep|leave|hold|have|let) (?:it|that|them) (?:stay |sit )?|(?:it )?(?:stays?|sits?) )"
                      rf"(?:up|on screen|on|there|showing|visible|around)(?: on screen)?(?: for)? (?:about |around |like )?"
                      rf"(\d+(?:\.\d+)?) ?{_UNIT}\b")
_EDGE_OF = re.compile(r"\b(?:at|from|on|for) the (?:very )?(start|beginning|end) of (.+?)(?:,|$| for \d| lasting\b)")
# the video itself, not a part of it: "at the start of the video" is 0:00 (add_title does that)
_WHOLE = re.compile(r"(?:the |my |this |our )?(?:video|timeline|edit|film|clip|talk|whole thing|thing|vid|project|"
                    r"tutorial|recording|movie|it)$")


def said_length(rest: str) -> float | None:
    """The title's length said without "for": ', 5 seconds' at the end, or '5 s long'."""
    found = _TAIL_LENGTH.search(rest) or _LONG.search(rest) or _KEEP_UP.search(rest)
    return float(found.group(1)) if found else None


def part_edge(ctx: Ctx, rest: str, length: float) -> float | None:
    """Where a title "at the start of <a described part>" starts (at its end: it ends with the part),
    or None when the words name no part of the talk (the video's own start or end, say)."""
    found = _EDGE_OF.search(rest)
    if found is None:
        return None
    part = found.group(2).strip()
    if _WHOLE.fullmatch(part) or not ctx.main_track():
        return None
    from editor_app.planner.intents.broll import spoken_place

    if not re.search(r"\b(?:about|on|covering|for|where|when|bit|part|section|segment|step|moment|passage|stretch)\b", part):
        part = f"the {part} part" if not part.startswith(("the ", "my ")) else f"{part} part"
    passage = spoken_place(ctx, part)
    if passage is None:
        return None
    if found.group(1) == "end":
        return max(passage.start, passage.end - length)
    return passage.start


# round 12 (lead): "caption it 'Before' while it shows", "a title saying Before over that clip", "put 'After' on
# the after spray clip": the title covers that clip on the timeline, from its start for its length
_OVER_CLIP = re.compile(r"\b(?:over|on|during|with|across|while|when|for)\s+(?P<ref>it|that|this|them|those|that one|this one|"
                        r"(?:that|this|the|my) (?:[a-z0-9_.'-]+ ){0,4}?(?:clip|shot|photo|picture|pic|video|vid|footage|still|image|recording|capture|"
                        r"one|b-?roll)|c\d+)(?:\s+(?:shows|plays|is (?:on screen|up|showing|playing|on)|comes (?:up|on)))?"
                        # round 13: "caption over the gopro clip: 'X'", "... over the drone shot saying 'X'"
                        r"(?=\s*(?:[,:;]|$|for \d|\d|(?:saying|that says|which says|reading|with the (?:text|words))\b))")
_WHILE_IT = re.compile(r"\b(?:while|when|as long as|whenever) (?P<ref>it|that|this|that clip|the clip)"
                       r"(?: shows| plays|(?: is|'s) (?:on screen|up|showing|playing|on)| comes (?:up|on))\b")


def over_clip(ctx: Ctx, rest: str) -> tuple[float, float] | None:
    """(start, length) of the one clip a title is said to go over, or None when the words name no clip
    (a part of the talk, a time). A clip name that is not on the timeline asks (never the talk instead)."""
    from editor_app.planner.refs import clip_refs

    found = _WHILE_IT.search(rest) or _OVER_CLIP.search(rest)
    if found is None:
        return None
    ref = found.group("ref")
    if ref in ("it", "that", "this", "them", "those", "that one", "this one", "that clip", "the clip") and not ctx.last_clips:
        return None
    clips = clip_refs(ctx, ref, pronoun_ok=True)  # a name not on the timeline raises Unclear: the planner asks
    main = ctx.main_track()
    clips = [c for c in clips if main is None or ctx.track_of(c).id != main.id]
    if len(clips) != 1:
        return None
    clip = clips[0]
    return ctx.sec(clip.start), ctx.sec(clip.end - clip.start)
