"""Compile only what lies under a frame range inside a run of clips joined by transitions.

Why: a joined run is one xfade chain, so compiling it whole for one preview frame decodes and
cross-fades every frame from the run's start (0.9-3.5 s for a frame late in a long run). The
picture at a frame depends only on the clips whose span covers it: a clip covers its own
frames plus, when a transition leaves it, the transition's frames past its end (it continues
from its source there). So a range that misses every transition needs one clip, cut to the
range and seeked into; a range inside a transition needs both sides of that transition only.

For one frame inside a transition both sides are seeked to that frame (one frame each) and
xfade is fed a leading copy of each, timestamped k frames earlier: xfade's progress counts
from its first input frame, so the second frame blends at exactly the progress the full chain
reaches k frames into the transition (bit-identical, checked for fade, fadeblack and wipeleft).
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.project import Clip, MediaAsset
from editor_app.render.filters import Graph, rat, secs
from editor_app.render.pieces import Piece, Run

SOURCE_END_MARGIN = 2  # frames: a seek this close to a source's end falls back to the whole pair


def _ext(run: Run, j: int) -> int:
    return run.transitions[j].duration if j < len(run.transitions) else 0


def narrow_run(run: Run, r0: int, r1: int) -> Run:
    """The contiguous part of ``run`` whose clips can show in frames [r0, r1)."""
    if len(run.clips) == 1:
        return run
    hit = [j for j, c in enumerate(run.clips) if c.start < r1 and c.end + _ext(run, j) > r0]
    if not hit:
        return run
    a, b = hit[0], hit[-1]
    if (a, b) == (0, len(run.clips) - 1):
        return run
    return Run(run.clips[a:b + 1], run.transitions[a:b])


def single_transition_frame(run: Run, r0: int, r1: int) -> int | None:
    """k (frames into the transition) when [r0, r1) is one frame inside the run's one transition."""
    if r1 - r0 != 1 or len(run.clips) != 2 or len(run.transitions) != 1:
        return None
    k = r0 - run.clips[1].start
    return k if 0 <= k < run.transitions[0].duration else None


def seekable(clip: Clip, media: MediaAsset | None, local_off: int, fps: Fraction) -> bool:
    """Whether the source still has a picture at the clip's local frame (not held past its end)."""
    if media is None or media.kind == "image":
        return True
    length = media.length_frames(fps)
    if length is None:
        return True
    position = Fraction(clip.source_in) + (local_off + SOURCE_END_MARGIN) * Fraction(clip.speed)
    return position < length


def transition_pieces(run: Run, k: int, outgoing: MediaAsset | None, incoming: MediaAsset | None,
                      fps: Fraction) -> tuple[Piece, Piece] | None:
    """One-frame pieces of both sides, k frames into the transition (None: not seekable there)."""
    a, b = run.clips
    off = a.duration + k  # the outgoing clip continues past its end during the transition
    if not (seekable(a, outgoing, off, fps) and seekable(b, incoming, k, fps)):
        return None
    return Piece(a, outgoing, off, 0, 1), Piece(b, incoming, k, 1)


def blend_at(g: Graph, first: str, second: str, k: int, xfade: str, duration: int, fps: Fraction) -> str:
    """One frame of ``xfade`` k frames into a ``duration``-frame transition of two one-frame inputs."""
    d = secs(Fraction(duration) / fps)
    if k == 0:
        return g.chain([first, second], [f"xfade=transition={xfade}:duration={d}:offset=0"], prefix="v")
    lead = ["loop=loop=1:size=1", f"setpts=N*{rat(Fraction(k) / fps)}/TB"]
    x = g.chain([first], lead, prefix="v")
    y = g.chain([second], lead, prefix="v")
    return g.chain([x, y], [f"xfade=transition={xfade}:duration={d}:offset=0",
                            "trim=start_frame=1:end_frame=2", "setpts=PTS-STARTPTS"], prefix="v")
