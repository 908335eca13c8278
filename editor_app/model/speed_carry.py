"""Clips on other tracks follow a speed change of the main talk, the way they follow its ripple cuts.

Why: B-roll, titles and ducking are placed over words of the talk. Playing the talk 1.25x faster
moves every word after its start earlier; if the other tracks stay put, each B-roll drifts off the
sentence it illustrates and the music runs on past the end. A ripple cut of the talk already moves
the other tracks (it cuts every unlocked track); a speed change is a cut spread evenly over the
clip, so the other tracks are re-timed by the same map from old to new timeline frames:

    before the clip: unchanged;  inside it: scaled about its start;  after it: shifted by the change.

A clip that overlaps the re-timed span keeps playing at its own speed: it moves to where its first
frame's moment went and, when that moment's span got shorter, ends where its last frame's moment
went (trimmed, never stretched past its media); when it got longer the clip keeps its length. Its
volume points (ducking) move with the words they were set against.
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model import editing
from editor_app.model.project import Clip, EnvelopePoint, Project, Track


class SpeedMap:
    """Old timeline frame -> new, for a clip spanning [start, end) that now lasts ``duration``."""

    def __init__(self, start: int, end: int, duration: int) -> None:
        self.start, self.end, self.duration = start, end, duration

    def __call__(self, frame: int) -> int:
        if frame <= self.start:
            return frame
        if frame >= self.end:
            return frame + self.duration - (self.end - self.start)
        return self.start + round(Fraction(frame - self.start) * self.duration / (self.end - self.start))


def carried_tracks(project: Project, track: Track) -> list[Track]:
    """The tracks that follow a speed change of a clip on ``track``: every other unlocked track,
    only when ``track`` is the main talk (a faster B-roll shot moves nothing else)."""
    if track.role != "main":
        return []
    return [t for t in project.tracks if t.id != track.id and not t.locked and t.clips]


def carry(track: Track, speed_map: SpeedMap) -> None:
    """Re-time ``track``'s clips by ``speed_map`` (see the module docstring); keeps them apart."""
    clips: list[Clip] = []
    for clip in track.clips:
        new = _carried(clip, speed_map)
        if clips and new.start < clips[-1].end:  # two moments a frame apart rounded onto one frame
            new = editing.moved(new, clips[-1].end)
        clips.append(new)
    track.clips = clips
    editing.drop_dangling_transitions(track)


def _carried(clip: Clip, speed_map: SpeedMap) -> Clip:
    if clip.end <= speed_map.start:
        return clip
    start = speed_map(clip.start)
    if clip.start >= speed_map.end:
        return editing.moved(clip, start)
    duration = max(1, min(clip.duration, speed_map(clip.end) - start))
    points = tuple(
        EnvelopePoint.model_construct(frame=speed_map(clip.start + p.frame) - start, db=p.db) for p in clip.envelope
    )
    # fades stay: a music bed trimmed to the faster talk's new end still fades out there
    return clip.model_copy(update={"start": start, "duration": duration, "envelope": editing.fit_envelope(points, duration)})
