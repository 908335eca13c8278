"""An ordinal presupposes a series: "move the first clip to 0:40" with the talk alone on the main track and B-roll
above it does not surely mean the talk.

Why: "the first clip" was read on the main track, where the one clip is the whole talk, and "move the first clip to
0:40" moved the talk 40 s later behind black (or "remove the first clip" would take the whole talk). Someone who
says "first" sees several clips; with one clip on the main track and clips on other video tracks, the series meant
is not known: ask, naming both readings.
"""

from __future__ import annotations

from editor_app.planner.types import Ctx, Unclear


def series_track(ctx: Ctx, track, word: str) -> None:
    """Unclear when ``track`` (the main track, read by default) holds a single clip while other video tracks hold
    clips: "the first/last clip" then has two readings."""
    if len(track.clips) != 1:
        return
    others = sorted((c for t in ctx.project.tracks if t is not track and t.kind == "video" for c in t.clips),
                    key=lambda c: c.start)
    if not others:
        return
    pick = others[0] if word in ("first", "1st", "opening") else others[-1] if word in ("last", "final") else None
    other = f" or the {word} B-roll clip, {ctx.label(pick)}" if pick is not None else " or one of the B-roll clips"
    raise Unclear(f"The main track has one clip, {ctx.label(track.clips[0])} (the whole talk). Do you mean that{other}? "
                  "Name it (e.g. its id).")
