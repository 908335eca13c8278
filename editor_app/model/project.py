"""The project model: media, tracks, clips, markers. Pure data, no Qt, no I/O.

Clips, effects and media are immutable: operations replace them instead of mutating them,
which makes undo snapshots cheap (a track snapshot is a shallow list copy) and exact.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from editor_app.model.effects import Effect, Generator
from editor_app.model.time import normalize_rate
from editor_app.model.types import Frames, FractionValue, SourceFrames
from editor_app.model.words import AudioLevels

SCHEMA_VERSION = 1

TrackKind = Literal["video", "audio"]
TrackRole = Literal["main", "broll", "titles", "overlay", "voice", "music", "sfx"]
MediaKind = Literal["video", "audio", "image"]

ID_PREFIXES = {"media": "m", "track": "t", "clip": "c", "effect": "e", "marker": "k", "transition": "x", "note": "n"}


class TranscriptSegment(BaseModel):
    """A line of speech in source time (seconds, as subtitles give it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str


class TranscriptWord(BaseModel):
    """One spoken word in source time (seconds): what word-level cuts and captions need.

    ``text`` keeps the recogniser's punctuation ("breakfast."), so sentences can be found
    again; ``probability`` is the recogniser's confidence (1.0 when unknown, e.g. subtitles).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str
    probability: float = Field(1.0, ge=0, le=1)


class MediaAsset(BaseModel):
    """A media file known to the project, with what probing found."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    path: str
    kind: MediaKind
    duration: FractionValue | None = Field(None, description="Seconds; None for still images.")
    fps: FractionValue | None = None
    width: int | None = None
    height: int | None = None
    has_audio: bool = False
    has_video: bool = False
    sample_rate: int | None = None
    channels: int | None = None
    codec: str | None = None
    size_bytes: int | None = None
    description: str = ""
    tags: tuple[str, ...] = ()
    transcript: tuple[TranscriptSegment, ...] = ()
    # Word-level transcript (speech to text); ``transcript`` then holds segments derived from it.
    words: tuple[TranscriptWord, ...] = ()
    transcript_language: str | None = None
    transcript_model: str | None = Field(None, description="What made the transcript: 'sidecar', "
                                         "'faster-whisper tiny.en', 'api whisper-1'; None when there is none.")
    levels: AudioLevels | None = Field(None, description="Loudness envelope for cut safety (media.levels).")
    variable_frame_rate: bool = False

    def length_frames(self, fps: Fraction) -> Fraction | None:
        """Source length in project frames (exact), or None when unbounded (images)."""
        if self.duration is None:
            return None
        return Fraction(self.duration) * fps


class EnvelopePoint(BaseModel):
    """A volume keyframe: gain in dB at a frame offset from the clip's start."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    frame: Frames = Field(ge=0)
    db: float = Field(ge=-100.0, le=24.0)


class Clip(BaseModel):
    """A piece of media (or a generator) placed on a track.

    ``start`` and ``duration`` are timeline frames; ``source_in`` is the source position in
    project frames (a Fraction after speed changes). The source range used is
    ``source_in .. source_in + duration * speed``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    media_id: str | None = None
    generator: Generator | None = None
    name: str = ""
    start: Frames = Field(ge=0)
    duration: Frames = Field(gt=0)
    source_in: SourceFrames = Fraction(0)
    speed: FractionValue = Fraction(1)
    volume_db: float = Field(0.0, ge=-100.0, le=24.0)
    envelope: tuple[EnvelopePoint, ...] = ()
    effects: tuple[Effect, ...] = ()
    enabled: bool = True
    note: str = ""
    origin: str = "user"

    @property
    def end(self) -> int:
        return self.start + self.duration

    @property
    def source_out(self) -> Fraction:
        return Fraction(self.source_in) + self.duration * Fraction(self.speed)

    def effect(self, effect_id: str):
        return next((e for e in self.effects if e.id == effect_id), None)


class Transition(BaseModel):
    """A crossfade across the cut between two adjacent clips on one track.

    It occupies the first ``duration`` frames of ``to_clip``; ``from_clip`` continues into
    that span from its source (holding its last frame when the source has no more).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    kind: Literal["crossfade", "dip_to_black", "wipe"] = "crossfade"
    from_clip: str
    to_clip: str
    duration: Frames = Field(gt=0)


class Track(BaseModel):
    """An ordered lane of non-overlapping clips. Mutable container of immutable clips."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)
    id: str
    kind: TrackKind
    role: TrackRole
    name: str = ""
    muted: bool = False
    locked: bool = False
    hidden: bool = False
    volume_db: float = Field(0.0, ge=-100.0, le=24.0)
    clips: list[Clip] = Field(default_factory=list)
    transitions: list[Transition] = Field(default_factory=list)

    def snapshot(self) -> "Track":
        """A copy sharing the immutable clips: cheap and exact."""
        return self.model_copy(update={"clips": list(self.clips), "transitions": list(self.transitions)})

    @property
    def end(self) -> int:
        return self.clips[-1].end if self.clips else 0

    def index_of(self, clip_id: str) -> int:
        for i, clip in enumerate(self.clips):
            if clip.id == clip_id:
                return i
        raise KeyError(clip_id)

    def clips_in(self, start: int, end: int) -> list[Clip]:
        """Clips overlapping [start, end)."""
        return [c for c in self.clips if c.start < end and c.end > start]

    def sort(self) -> None:
        self.clips.sort(key=lambda c: c.start)


class Marker(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    frame: Frames = Field(ge=0)
    name: str = ""
    color: str = "yellow"
    note: str = ""


class Note(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    text: str


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fps: FractionValue = Fraction(30)
    width: int = Field(1920, ge=16, le=8192)
    height: int = Field(1080, ge=16, le=8192)
    sample_rate: int = Field(48000, ge=8000, le=192000)

    @field_validator("fps", mode="before")
    @classmethod
    def _rate(cls, value):
        return normalize_rate(value)


class Project(BaseModel):
    """One project: settings, media, timeline and annotations."""

    model_config = ConfigDict(extra="forbid")
    schema_version: int = SCHEMA_VERSION
    name: str = "Untitled"
    settings: Settings = Field(default_factory=Settings)
    media: dict[str, MediaAsset] = Field(default_factory=dict)
    tracks: list[Track] = Field(default_factory=list)
    markers: list[Marker] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    id_counters: dict[str, int] = Field(default_factory=dict)

    # ---- ids -------------------------------------------------------------
    def new_id(self, kind: str) -> str:
        prefix = ID_PREFIXES[kind]
        number = self.id_counters.get(prefix, 0) + 1
        self.id_counters[prefix] = number
        return f"{prefix}{number}"

    def reserve_id(self, identifier: str) -> None:
        """Make sure future ids never reuse ``identifier`` (redo, journal replay, imports)."""
        match = re.fullmatch(r"([a-z]+)(\d+)", identifier)
        if match:
            prefix, number = match.group(1), int(match.group(2))
            if self.id_counters.get(prefix, 0) < number:
                self.id_counters[prefix] = number

    # ---- lookups ---------------------------------------------------------
    @property
    def fps(self) -> Fraction:
        return Fraction(self.settings.fps)

    def track(self, track_id: str) -> Track:
        for track in self.tracks:
            if track.id == track_id:
                return track
        raise KeyError(track_id)

    def find_track(self, track_id: str) -> Track | None:
        return next((t for t in self.tracks if t.id == track_id), None)

    def find_clip(self, clip_id: str) -> tuple[Track, Clip] | None:
        for track in self.tracks:
            for clip in track.clips:
                if clip.id == clip_id:
                    return track, clip
        return None

    def clips(self):
        for track in self.tracks:
            yield from track.clips

    def tracks_by_role(self, role: str) -> list[Track]:
        return [t for t in self.tracks if t.role == role]

    @property
    def duration(self) -> int:
        """Timeline length in frames: the end of the last clip on any track."""
        return max((t.end for t in self.tracks), default=0)

    def clone(self) -> "Project":
        """A working copy for dry runs; shares immutable clips and media."""
        copy = self.model_copy(
            update={
                "settings": self.settings.model_copy(),
                "media": dict(self.media),
                "tracks": [t.snapshot() for t in self.tracks],
                "markers": list(self.markers),
                "notes": list(self.notes),
                "id_counters": dict(self.id_counters),
            }
        )
        return copy

    # ---- invariants ------------------------------------------------------
    def check_invariants(self) -> list[str]:
        """Problems that must never exist in a valid project (empty list when fine)."""
        problems: list[str] = []
        seen: set[str] = set()
        for track in self.tracks:
            if track.id in seen:
                problems.append(f"duplicate id {track.id}")
            seen.add(track.id)
            previous = None
            for clip in track.clips:
                if clip.id in seen:
                    problems.append(f"duplicate id {clip.id}")
                seen.add(clip.id)
                if (clip.media_id is None) == (clip.generator is None):
                    problems.append(f"clip {clip.id} needs exactly one of media or generator")
                if clip.media_id is not None and clip.media_id not in self.media:
                    problems.append(f"clip {clip.id} uses unknown media {clip.media_id}")
                if previous is not None and clip.start < previous.end:
                    problems.append(f"clips {previous.id} and {clip.id} overlap on {track.id}")
                previous = clip
            ids = {c.id for c in track.clips}
            for tr in track.transitions:
                if tr.from_clip not in ids or tr.to_clip not in ids:
                    problems.append(f"transition {tr.id} refers to a clip not on {track.id}")
        return problems
