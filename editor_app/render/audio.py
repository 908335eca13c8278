"""Audio filter chains: one piece of a clip's sound, silence, and loudness measurement.

A piece ends as exactly the samples between its first and last timeline frame at the
project sample rate (stereo float), so concatenated pieces never drift from the picture.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.effects import FadeIn, FadeOut, Normalize
from editor_app.model.project import Clip
from editor_app.render.filters import Graph, rat, secs
from editor_app.render.pieces import Piece, input_args

FORMAT = "aformat=sample_fmts=fltp:channel_layouts=stereo:sample_rates={sr}"
JOIN_FADE_S = Fraction(5, 1000)  # every edge cut out of a longer source fades this long: no click at a join


def atempo_chain(speed: Fraction) -> list[str]:
    """atempo filters for any speed 0.1-10 (each atempo takes 0.5-100; chain below 0.5)."""
    if speed == 1:
        return []
    out: list[str] = []
    rest = Fraction(speed)
    while rest < Fraction(1, 2):
        out.append("atempo=0.5")
        rest *= 2
    out.append(f"atempo={float(rest):.6f}")
    return out


def envelope_expr(clip: Clip, fps: Fraction) -> str | None:
    """A piecewise-linear dB curve over the clip's local time ``t``, as a gain expression."""
    points = sorted(clip.envelope, key=lambda p: p.frame)
    if not points:
        return None
    times = [rat(Fraction(p.frame) / fps) for p in points]
    expr = f"{points[-1].db}"
    for i in range(len(points) - 1, 0, -1):
        t0, t1 = times[i - 1], times[i]
        d0, d1 = points[i - 1].db, points[i].db
        span = Fraction(points[i].frame - points[i - 1].frame) / fps
        if span == 0:
            seg = f"{d1}"
        else:
            seg = f"({d0}+({d1 - d0})*(t-{t0})/{rat(span)})"
        expr = f"if(lt(t,{t1}),{seg},{expr})"
    expr = f"if(lt(t,{times[0]}),{points[0].db},{expr})"
    return f"volume='pow(10,({expr})/20)':eval=frame"


@functools.lru_cache(maxsize=256)
def measure_lufs(path: str, start: float, length: float, speed: float, mtime: float) -> float | None:
    """Integrated loudness (LUFS) of a source range as it plays at ``speed`` (cached)."""
    args = ["-ss", f"{start:.6f}", "-t", f"{length:.6f}", "-i", path, "-vn",
            "-af", ",".join([*atempo_chain(Fraction(speed).limit_denominator(1000)), "ebur128=framelog=quiet"]),
            "-f", "null", "-"]
    result = run_ffmpeg(args, check=False)
    found = re.findall(r"I:\s+(-?[\d.]+|-inf)\s+LUFS", result.stderr)
    if not found or found[-1] == "-inf":
        return None
    return float(found[-1])


def normalize_gain(piece: Piece, fps: Fraction) -> float | None:
    """dB that brings the whole clip to its Normalize target (measure once, linear gain)."""
    effect = next((e for e in piece.clip.effects if isinstance(e, Normalize)), None)
    if effect is None or piece.media is None:
        return None
    import os

    clip = piece.clip
    speed = Fraction(clip.speed)
    start = float(Fraction(clip.source_in) / fps)
    length = float(clip.duration * speed / fps)
    mtime = os.path.getmtime(piece.media.path)
    measured = measure_lufs(piece.media.path, start, length, float(speed), mtime)
    if measured is None:
        return None
    return effect.target_lufs - measured


def audio_piece(g: Graph, piece: Piece, input_index: int | None, fps: Fraction, sr: int, n_samples: int,
                shared: str | None = None) -> str:
    """Add the chain for one piece's sound; returns its label (exactly ``n_samples`` long).
    ``shared``: the piece's samples already cut out of an input it shares (render/shared.py)."""
    clip = piece.clip
    head = [] if shared is not None else ["asetpts=PTS-STARTPTS", FORMAT.format(sr=sr)]
    filters = [*head, *atempo_chain(Fraction(clip.speed))]
    if piece.local_off:
        filters.append(f"asetpts=PTS-STARTPTS+{rat(Fraction(piece.local_off) / fps)}/TB")
    gain = normalize_gain(piece, fps)
    total_db = clip.volume_db + (gain or 0.0)
    if total_db:
        filters.append(f"volume={total_db:.3f}dB")
    env = envelope_expr(clip, fps)
    if env:
        filters.append(env)
    for effect in clip.effects:
        if isinstance(effect, FadeIn):
            filters.append(f"afade=t=in:st=0:d={secs(Fraction(effect.duration) / fps)}")
        elif isinstance(effect, FadeOut):
            start = max(Fraction(0), Fraction(clip.duration - effect.duration) / fps)
            filters.append(f"afade=t=out:st={secs(start)}:d={secs(Fraction(effect.duration) / fps)}")
    if piece.local_off:
        filters.append("asetpts=PTS-STARTPTS")
    filters += join_fades(piece, fps)
    filters += [f"apad=whole_len={n_samples}", f"atrim=end_sample={n_samples}"]
    return g.chain([shared if shared is not None else f"{input_index}:a"], filters, prefix="a")


def join_fades(piece: Piece, fps: Fraction) -> list[str]:
    """Fade in/out over JOIN_FADE_S at a clip edge that was cut inside its source.

    Why: a cut joins two waveforms at arbitrary values; a step between them is heard as a
    click. Fading both sides to zero over a few ms removes the step and is not heard as a gap.
    Only real clip edges fade: a piece cut short by the rendered range (preview, parallel
    segments) joins its own continuation and must not dip.
    """
    clip, media = piece.clip, piece.media
    if media is None or media.kind == "image":
        return []
    length = Fraction(piece.frames) / fps
    fade = min(JOIN_FADE_S, length / 4)
    if fade <= 0:
        return []
    total = media.length_frames(fps)
    out = []
    if piece.local_off == 0 and Fraction(clip.source_in) > 0:
        out.append(f"afade=t=in:st=0:d={secs(fade)}")
    at_clip_end = piece.local_off + piece.frames >= clip.duration
    if piece.ext == 0 and at_clip_end and (total is None or clip.source_out < total):
        out.append(f"afade=t=out:st={secs(length - fade)}:d={secs(fade)}")
    return out


def silence(g: Graph, n_samples: int, sr: int) -> str:
    return g.source(f"anullsrc=r={sr}:cl=stereo",
                    [FORMAT.format(sr=sr), f"atrim=end_sample={n_samples}"], prefix="a")


__all__ = ["atempo_chain", "audio_piece", "envelope_expr", "input_args", "measure_lufs", "silence"]
