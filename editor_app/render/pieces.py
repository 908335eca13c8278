"""Split tracks into runs (clips joined by transitions) and runs into pieces within a range.

A piece is the part of one clip that falls inside the rendered range, plus ``ext`` frames
past the clip's end that a transition's outgoing side needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from editor_app.media.probe import CONTAINER_STILLS
from editor_app.model.project import Clip, MediaAsset, Project, Track, Transition
from editor_app.render.filters import secs


@dataclass(frozen=True)
class Piece:
    clip: Clip
    media: MediaAsset | None
    local_off: int  # frames from the clip's start to the piece's first frame
    frames: int  # frames of the piece inside the clip
    ext: int = 0  # extra frames past the clip's end (outgoing side of a transition)

    @property
    def total(self) -> int:
        return self.frames + self.ext


@dataclass(frozen=True)
class Run:
    clips: tuple[Clip, ...]
    transitions: tuple[Transition, ...]  # transitions[i] joins clips[i] and clips[i+1]

    @property
    def start(self) -> int:
        return self.clips[0].start

    @property
    def end(self) -> int:
        return self.clips[-1].end


def track_runs(track: Track) -> list[Run]:
    """Enabled clips grouped into runs; a transition joins two clips that touch."""
    clips = sorted((c for c in track.clips if c.enabled), key=lambda c: c.start)
    by_pair = {(t.from_clip, t.to_clip): t for t in track.transitions}
    runs: list[Run] = []
    current: list[Clip] = []
    joins: list[Transition] = []
    for clip in clips:
        if current:
            tr = by_pair.get((current[-1].id, clip.id))
            if tr is not None and current[-1].end == clip.start:
                d = min(tr.duration, clip.duration)
                joins.append(tr.model_copy(update={"duration": d}) if d != tr.duration else tr)
                current.append(clip)
                continue
            runs.append(Run(tuple(current), tuple(joins)))
        current, joins = [clip], []
    if current:
        runs.append(Run(tuple(current), tuple(joins)))
    return runs


def media_of(project: Project, clip: Clip) -> MediaAsset | None:
    return project.media.get(clip.media_id) if clip.media_id else None


def has_picture(media: MediaAsset | None) -> bool:
    return media is None or media.kind == "image" or (media.kind == "video")


def has_sound(media: MediaAsset | None) -> bool:
    return media is not None and (media.has_audio or media.kind == "audio")


def input_args(piece: Piece, fps: Fraction) -> list[str]:
    """Arguments opening the piece's media, seeking with -ss before -i (fast and accurate)."""
    media = piece.media
    assert media is not None
    if media.kind == "image":
        if Path(media.path).suffix.lower() in CONTAINER_STILLS:
            # one picture in an ISO-BMFF file (HEIC, AVIF): image2's -loop does not apply there;
            # the piece's tpad holds the picture for the clip's length
            return ["-i", media.path]
        return ["-loop", "1", "-framerate", f"{fps.numerator}/{fps.denominator}",
                "-t", secs(Fraction(piece.total + 2) / fps), "-i", media.path]
    speed = Fraction(piece.clip.speed)
    start = Fraction(piece.clip.source_in) + piece.local_off * speed
    args: list[str] = []
    if start > 0:
        args += ["-ss", secs(start / fps)]
    args += ["-t", secs((piece.total * speed + 2) / fps), "-i", media.path]
    return args


def enabled_tracks(project: Project, kind: str) -> list[Track]:
    return [t for t in project.tracks if t.kind == kind]
