"""Placing, removing and reshaping clips on tracks."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from editor_app.model import editing, speed_carry
from editor_app.model.effects import Generator, Position, TitleGenerator
from editor_app.model.operations.base import (
    ORIGIN_FIELD,
    Operation,
    OperationError,
    capture,
    check_range,
    current_origin,
    fmt,
    get_clip,
    get_media,
    get_track,
    label_clip,
    check_new_id,
)
from editor_app.model.project import Clip, Project
from editor_app.model.types import ClipId, Frames, FractionValue, MediaId, NewClipId, SourceFrames, TrackId

DEFAULT_STILL_SECONDS = 5
MAX_SPEED = Fraction(10)
MIN_SPEED = Fraction(1, 10)


class _PlaceClip(Operation):
    """Shared fields of insert_clip and overwrite_clip."""

    track_id: TrackId = Field(description="Track to put the clip on, e.g. t2.")
    media_id: MediaId | None = Field(None, description="Media to use, e.g. m3.")
    # Not offered to models (add_title makes title cards): its nested schema alone cost ~500
    # prompt tokens on every timeline-agent call. The CLI, MCP and the journal still take it.
    generator: Generator | None = Field(None, description="A title or colour card instead of media.",
                                        json_schema_extra={"x-agent-hidden": True})
    start: Frames = Field(ge=0, description="Timeline position of the clip's first frame.")
    duration: Frames | None = Field(None, gt=0, description="Length on the timeline; default: the rest of the media.")
    source_in: SourceFrames = Field(Fraction(0), ge=0, description="Where in the media the clip begins.")
    name: str = ""
    volume_db: float = Field(0.0, ge=-100, le=24)
    clip_id: NewClipId = ORIGIN_FIELD

    @model_validator(mode="after")
    def _one_source(self):
        if (self.media_id is None) == (self.generator is None):
            raise ValueError("give exactly one of media_id or generator")
        return self

    def resolved_duration(self, project: Project) -> int:
        if self.duration is not None:
            return self.duration
        if self.media_id is None:
            return int(DEFAULT_STILL_SECONDS * project.fps)
        length = get_media(project, self.media_id).length_frames(project.fps)
        if length is None:
            return int(DEFAULT_STILL_SECONDS * project.fps)
        return int(length - Fraction(self.source_in))

    def validate(self, project: Project) -> None:
        track = get_track(project, self.track_id)
        check_range(project, self.start, "start")
        check_new_id(project, self.clip_id, "clip")
        if self.media_id is not None:
            asset = get_media(project, self.media_id)
            problem = editing.media_compatible(track, asset.kind, asset.has_audio, asset.has_video or asset.kind == "image")
            if problem:
                raise OperationError(problem)
            length = asset.length_frames(project.fps)
            duration = self.resolved_duration(project)
            if duration <= 0:
                raise OperationError(f"source_in {fmt(project, self.source_in)} is past the end of {asset.name}")
            if length is not None and Fraction(self.source_in) + duration > length:
                raise OperationError(
                    f"{asset.name} is only {fmt(project, length)} long; "
                    f"{fmt(project, duration)} from {fmt(project, self.source_in)} runs past its end",
                    f"use a duration of at most {fmt(project, length - Fraction(self.source_in))}",
                )
        elif track.kind != "video":
            raise OperationError("titles and colour cards go on video tracks")

    def _new_clip(self, project: Project, start: int) -> Clip:
        clip_id = self.clip_id or project.new_id("clip")
        project.reserve_id(clip_id)
        return Clip(
            id=clip_id,
            media_id=self.media_id,
            generator=self.generator,
            name=self.name,
            start=start,
            duration=self.resolved_duration(project),
            source_in=self.source_in,
            volume_db=self.volume_db,
            origin=current_origin.get(),
        )

    def _what(self, project: Project | None) -> str:
        if self.media_id is not None:
            asset = project.media.get(self.media_id) if project else None
            return f"'{asset.name}'" if asset else self.media_id
        return f"{self.generator.kind} card" if self.generator else "clip"

    def _where(self, project: Project | None) -> str:
        track = project.find_track(self.track_id) if project else None
        return track.name or track.role if track else self.track_id


class InsertClip(_PlaceClip):
    """Insert a clip at a time on a track, pushing later clips right (ripple insert)."""

    op: Literal["insert_clip"] = "insert_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("insert", "place", "put")  # routing words (regex)

    def apply(self, project: Project) -> Operation:
        track = project.track(self.track_id)
        inverse = capture(project, [track.id])
        editing.split_at(project, track, self.start)
        clip = self._new_clip(project, self.start)
        editing.shift(track, self.start, clip.duration)
        track.clips.append(clip)
        track.sort()
        editing.drop_dangling_transitions(track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Insert {self._what(project)} on {self._where(project)} at {fmt(project, self.start)}, pushing later clips right"


class OverwriteClip(_PlaceClip):
    """Place a clip at a time on a track, replacing whatever is there (no ripple)."""

    op: Literal["overwrite_clip"] = "overwrite_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("overwrite",)  # routing words (regex)

    def apply(self, project: Project) -> Operation:
        track = project.track(self.track_id)
        inverse = capture(project, [track.id])
        duration = self.resolved_duration(project)
        editing.lift(project, track, self.start, self.start + duration)
        track.clips.append(self._new_clip(project, self.start))
        track.sort()
        return inverse

    def describe(self, project: Project | None = None) -> str:
        duration = self.resolved_duration(project) if project else (self.duration or 0)
        return (
            f"Place {self._what(project)} on {self._where(project)} from {fmt(project, self.start)} "
            f"to {fmt(project, self.start + duration)}"
        )


class RemoveClip(Operation):
    """Remove a clip; with ripple, later clips on its track move left to close the gap."""

    op: Literal["remove_clip"] = "remove_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("remove", "delete", "clips?")  # routing words (regex)
    clip_id: ClipId
    ripple: bool = Field(False, description="Close the gap by moving later clips left.")

    def validate(self, project: Project) -> None:
        get_clip(project, self.clip_id)

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        track.clips = [c for c in track.clips if c.id != clip.id]
        if self.ripple:
            editing.ripple_delete(track, clip.start, clip.end)
        editing.drop_dangling_transitions(track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        how = " and close the gap" if self.ripple else ""
        return f"Remove clip {_label(project, self.clip_id)}{how}"


class SplitClip(Operation):
    """Split a clip in two at a timeline time."""

    op: Literal["split_clip"] = "split_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("split",)  # routing words (regex)
    clip_id: ClipId
    at: Frames = Field(description="Timeline time of the cut; must fall inside the clip.")
    new_clip_id: NewClipId = ORIGIN_FIELD

    def validate(self, project: Project) -> None:
        _, clip = get_clip(project, self.clip_id)
        if not clip.start < self.at < clip.end:
            raise OperationError(
                f"{fmt(project, self.at)} is not inside clip {clip.id}, which runs "
                f"{fmt(project, clip.start)}-{fmt(project, clip.end)}"
            )
        check_new_id(project, self.new_clip_id, "clip")

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        right_id = self.new_clip_id or project.new_id("clip")
        project.reserve_id(right_id)
        left, right = editing.split(clip, self.at, right_id)
        index = track.index_of(clip.id)
        track.clips[index : index + 1] = [left, right]
        track.transitions = [
            t.model_copy(update={"from_clip": right.id}) if t.from_clip == clip.id else t for t in track.transitions
        ]
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Split {_label(project, self.clip_id)} at {fmt(project, self.at)}"


class TrimClip(Operation):
    """Move a clip's start and/or end edge on the timeline (the source follows)."""

    op: Literal["trim_clip"] = "trim_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("trim", "shorten")  # routing words (regex)
    clip_id: ClipId
    start: Frames | None = Field(None, description="New timeline start (the head edge).")
    end: Frames | None = Field(None, description="New timeline end (the tail edge).")
    ripple: bool = Field(False, description="Move later clips by the change of the tail edge.")

    def _edges(self, project: Project) -> tuple[int, int]:
        """The new edges; an edge trimmed into a spoken word moves to the word's nearer side (model.word_cuts)."""
        from editor_app.model.word_cuts import safe_edge

        track, clip = get_clip(project, self.clip_id, editable=False)
        start = self.start if self.start is not None else clip.start
        end = self.end if self.end is not None else clip.end
        if clip.start < start < clip.end:
            start = safe_edge(project, start, [track]).frame
        if clip.start < end < clip.end:
            end = safe_edge(project, end, [track]).frame
        return start, end

    def validate(self, project: Project) -> None:
        track, clip = get_clip(project, self.clip_id)
        if self.start is None and self.end is None:
            raise OperationError("give a new start, a new end, or both")
        start, end = self._edges(project)
        if start < 0:
            raise OperationError("the clip cannot start before 0:00")
        if end <= start:
            raise OperationError(f"the new end {fmt(project, end)} must be after the new start {fmt(project, start)}")
        source_in = Fraction(clip.source_in) + (start - clip.start) * Fraction(clip.speed)
        if source_in < 0:
            raise OperationError(
                f"cannot extend {clip.id} earlier than {fmt(project, clip.start - Fraction(clip.source_in) / Fraction(clip.speed))}: the media starts there"
            )
        if clip.media_id is not None:
            length = get_media(project, clip.media_id).length_frames(project.fps)
            if length is not None and source_in + (end - start) * Fraction(clip.speed) > length:
                limit = start + (length - source_in) / Fraction(clip.speed)
                raise OperationError(f"cannot extend {clip.id} past {fmt(project, limit)}: its media ends there")
        others = [c for c in track.clips if c.id != clip.id]
        for other in others:
            if self.ripple and other.start >= clip.end:
                continue
            if other.start < end and other.end > start:
                raise OperationError(
                    f"{clip.id} would overlap {label_clip(project, other)} "
                    f"({fmt(project, other.start)}-{fmt(project, other.end)})",
                    "trim that clip first or use ripple",
                )

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        start, end = self._edges(project)
        new = clip
        if start != clip.start:
            delta = start - clip.start
            new = new.model_copy(
                update={
                    "start": start,
                    "duration": new.duration - delta,
                    "source_in": Fraction(new.source_in) + delta * Fraction(new.speed),
                    "envelope": editing._shift_envelope(new.envelope, -delta, new.duration - delta),
                }
            )
        if end != new.end:
            new = new.model_copy(update={"duration": end - new.start, "envelope": editing._shift_envelope(new.envelope, 0, end - new.start)})
        if self.ripple and end != clip.end:
            editing.shift(track, clip.end, end - clip.end)
        track.clips[track.index_of(clip.id)] = new
        track.sort()
        editing.drop_dangling_transitions(track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        parts = []
        if self.start is not None:
            parts.append(f"start to {fmt(project, self.start)}")
        if self.end is not None:
            parts.append(f"end to {fmt(project, self.end)}")
        return f"Trim {_label(project, self.clip_id)}: " + ", ".join(parts)


class MoveClip(Operation):
    """Move a clip to a new time and/or another track of the same kind."""

    op: Literal["move_clip"] = "move_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("move", "rearrange")  # routing words (regex)
    clip_id: ClipId
    start: Frames | None = Field(None, ge=0, description="New timeline start; default: unchanged.")
    track_id: TrackId | None = Field(None, description="Destination track; default: the same track.")
    mode: Literal["strict", "overwrite"] = Field(
        "strict", description="strict: refuse if it would overlap another clip; overwrite: replace what is there."
    )

    def _target(self, project: Project):
        track, clip = get_clip(project, self.clip_id)
        dest = get_track(project, self.track_id) if self.track_id else track
        start = self.start if self.start is not None else clip.start
        return track, clip, dest, start

    def validate(self, project: Project) -> None:
        track, clip, dest, start = self._target(project)
        check_range(project, start, "start")
        if dest.kind != track.kind:
            raise OperationError(f"cannot move a clip from a {track.kind} track to the {dest.kind} track {dest.id}")
        if self.mode == "strict":
            other = editing.overlaps(dest, start, start + clip.duration, ignore=clip.id)
            if other is not None:
                free = editing.free_slot_after(
                    dest.model_copy(update={"clips": [c for c in dest.clips if c.id != clip.id]}), start, clip.duration
                )
                raise OperationError(
                    f"{clip.id} would overlap {label_clip(project, other)} "
                    f"({fmt(project, other.start)}-{fmt(project, other.end)}) on {dest.id}",
                    f"the next free place is {fmt(project, free)}, or use mode 'overwrite'",
                )

    def apply(self, project: Project) -> Operation:
        track, clip, dest, start = self._target(project)
        inverse = capture(project, [track.id, dest.id])
        track.clips = [c for c in track.clips if c.id != clip.id]
        editing.drop_dangling_transitions(track)
        if self.mode == "overwrite":
            editing.lift(project, dest, start, start + clip.duration)
        dest.clips.append(clip.model_copy(update={"start": start}))
        dest.sort()
        editing.drop_dangling_transitions(dest)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        where = []
        if self.start is not None:
            where.append(f"to {fmt(project, self.start)}")
        if self.track_id:
            track = project.find_track(self.track_id) if project else None
            where.append(f"onto {track.name or track.role if track else self.track_id}")
        return f"Move {_label(project, self.clip_id)} " + " ".join(where)


class CutRange(Operation):
    """Remove a time range from several tracks at once, closing the gap (ripple delete).
    An edge inside a spoken word is moved out of it (or refused): no word is cut in half."""

    op: Literal["cut_range"] = "cut_range"
    agents: ClassVar[tuple[str, ...]] = ("speech",)  # ripple cuts of the programme, edges between words
    keywords: ClassVar[tuple[str, ...]] = ("cut",)  # routing words (regex)
    start: Frames = Field(ge=0)
    end: Frames = Field(gt=0)
    track_ids: list[TrackId] | None = Field(None, description="Tracks to cut; default: every unlocked track.")
    ripple: bool = Field(True, description="Close the gap; false leaves a gap.")
    words: Literal["snap", "refuse", "exact"] = Field(
        "snap", description="An edge inside a spoken word: snap it to the word's nearer side, refuse the cut, or cut "
                            "exactly there (times the user typed: 'cut 1:40 to 1:42' is those two seconds).")

    def _tracks(self, project: Project):
        if self.track_ids is None:
            return [t for t in project.tracks if not t.locked]
        return [get_track(project, i) for i in self.track_ids]

    def _safe(self, project: Project) -> tuple[int, int, list[str]]:
        from editor_app.model.word_cuts import safe_range

        return safe_range(project, self.start, self.end, self._tracks(project), self.words)

    def validate(self, project: Project) -> None:
        if self.end <= self.start:
            raise OperationError(f"the range end {fmt(project, self.end)} must be after its start {fmt(project, self.start)}")
        tracks = self._tracks(project)
        if not any(t.clips_in(self.start, self.end) for t in tracks):
            raise OperationError(f"nothing lies between {fmt(project, self.start)} and {fmt(project, self.end)}")
        notes = self._safe(project)[2]
        from editor_app.model.operations.word_ops import remember

        remember(self, self._describe(project, notes))

    def apply(self, project: Project) -> Operation:
        tracks = self._tracks(project)
        start, end, _notes = self._safe(project)
        inverse = capture(project, [t.id for t in tracks])
        for track in tracks:
            editing.lift(project, track, start, end)
            if self.ripple:
                editing.ripple_delete(track, start, end)
            editing.drop_dangling_transitions(track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        from editor_app.model.operations.word_ops import recalled

        return recalled(self) or self._describe(project, [])

    def _describe(self, project: Project | None, notes: list[str]) -> str:
        """The cut in words; ``notes`` say where an edge was moved out of a word (from validation)."""
        span = f"{fmt(project, self.start)}-{fmt(project, self.end)}"
        scope = "all tracks" if self.track_ids is None else ", ".join(self.track_ids)
        extra = f" ({'; '.join(notes)})" if notes else ""
        return f"Cut {span} from {scope}" + (" and close the gap" if self.ripple else "") + extra


class SetSpeed(Operation):
    """Play a clip faster or slower; its timeline length changes, the source range stays."""

    op: Literal["set_speed"] = "set_speed"
    agents: ClassVar[tuple[str, ...]] = ("effects",)
    keywords: ClassVar[tuple[str, ...]] = ("speed", r"slow\w*", "faster")  # routing words (regex)
    clip_id: ClipId
    speed: FractionValue = Field(description="1 normal, 2 twice as fast, 0.5 half speed (0.1-10).")
    ripple: bool = Field(True, description="Move later clips on the track with the length change.")
    carry: bool = Field(
        True, description="For a clip on the main track: clips on other tracks stay over the words they sit over."
    )
    version: ClassVar[int] = 2  # 2 added carry; journal records of version 1 read as carry=False

    def _new_duration(self, project: Project, clip: Clip) -> int:
        """The timeline length that plays the clip's source range at the new speed, in whole frames.

        Rounding to a frame may ask for up to half a frame of source more than the range holds; when
        that would pass the end of the media (a clip that uses its file to the end, which may be a
        fraction of a frame long), the length is rounded down instead, so a speed change never fails
        on rounding alone: a faster clip uses the same source in less timeline time."""
        used = clip.duration * Fraction(clip.speed)
        speed = Fraction(self.speed)
        duration = max(1, round(used / speed))
        end = get_media(project, clip.media_id).length_frames(project.fps) if clip.media_id is not None else None
        if end is not None and Fraction(clip.source_in) + duration * speed > end >= Fraction(clip.source_in) + used:
            duration = max(1, math.floor((end - Fraction(clip.source_in)) / speed))
        return duration

    def validate(self, project: Project) -> None:
        track, clip = get_clip(project, self.clip_id)
        if not MIN_SPEED <= Fraction(self.speed) <= MAX_SPEED:
            raise OperationError(f"speed {float(self.speed):g} is out of range", "use a factor from 0.1 to 10")
        duration = self._new_duration(project, clip)
        if clip.media_id is not None:
            length = get_media(project, clip.media_id).length_frames(project.fps)
            if length is not None and Fraction(clip.source_in) + duration * Fraction(self.speed) > length:
                raise OperationError(f"at speed {float(self.speed):g} {clip.id} would run past the end of its media")
        if not self.ripple:
            other = editing.overlaps(track, clip.start, clip.start + duration, ignore=clip.id)
            if other is not None:
                raise OperationError(f"slowing {clip.id} down would overlap {other.id}", "use ripple")

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        others = speed_carry.carried_tracks(project, track) if self.carry and self.ripple else []
        inverse = capture(project, [track.id, *(t.id for t in others)])
        duration = self._new_duration(project, clip)
        if self.ripple:
            editing.shift(track, clip.end, duration - clip.duration)
        speed_map = speed_carry.SpeedMap(clip.start, clip.end, duration)
        for other in others:
            speed_carry.carry(other, speed_map)
        scale = Fraction(duration, clip.duration)
        envelope = tuple(p.model_copy(update={"frame": round(p.frame * scale)}) for p in clip.envelope)
        track.clips[track.index_of(clip.id)] = clip.model_copy(
            update={"speed": Fraction(self.speed), "duration": duration, "envelope": envelope}
        )
        editing.drop_dangling_transitions(track)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        text = f"Set speed of {_label(project, self.clip_id)} to {float(self.speed):g}x"
        found = project.find_clip(self.clip_id) if project is not None and self.carry and self.ripple else None
        if found is not None and speed_carry.carried_tracks(project, found[0]):
            text += " (the other tracks keep to its words)"
        return text


class SetClipEnabled(Operation):
    """Enable or disable a clip (disabled clips stay on the timeline but do not render)."""

    op: Literal["set_clip_enabled"] = "set_clip_enabled"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    clip_id: ClipId
    enabled: bool

    def validate(self, project: Project) -> None:
        get_clip(project, self.clip_id)

    def apply(self, project: Project) -> Operation:
        return _replace_clip(project, self.clip_id, enabled=self.enabled)

    def describe(self, project: Project | None = None) -> str:
        return f"{'Enable' if self.enabled else 'Disable'} {_label(project, self.clip_id)}"


class UpdateClip(Operation):
    """Rename a clip or change its note."""

    op: Literal["update_clip"] = "update_clip"
    agents: ClassVar[tuple[str, ...]] = ("timeline",)
    keywords: ClassVar[tuple[str, ...]] = ("rename",)  # routing words (regex)
    clip_id: ClipId
    name: str | None = None
    note: str | None = None

    def validate(self, project: Project) -> None:
        get_clip(project, self.clip_id, editable=False)

    def apply(self, project: Project) -> Operation:
        changes = {k: v for k, v in (("name", self.name), ("note", self.note)) if v is not None}
        return _replace_clip(project, self.clip_id, locked_ok=True, **changes)

    def describe(self, project: Project | None = None) -> str:
        return f"Rename {_label(project, self.clip_id)} to '{self.name}'" if self.name is not None else f"Edit note of {self.clip_id}"


class AddTitle(Operation):
    """Add a text title card on a titles track (created on top if there is none)."""

    op: Literal["add_title"] = "add_title"
    agents: ClassVar[tuple[str, ...]] = ("effects",)
    keywords: ClassVar[tuple[str, ...]] = ("titles?", "text", "captions?")  # routing words (regex)
    text: str = Field(min_length=1, max_length=500)
    start: Frames = Field(0, ge=0)
    duration: Frames = Field(gt=0)
    track_id: TrackId | None = Field(None, description="Titles track; default: the first one, created if needed.")
    # The title generator's own field types (one definition of what a title can be).
    position: Position = "center"
    size: int = TitleGenerator.model_fields["size"]
    color: str = TitleGenerator.model_fields["color"]
    background: str | None = Field(None, description="Card colour; none overlays the video below.")
    clip_id: NewClipId = ORIGIN_FIELD

    def _track(self, project: Project):
        if self.track_id:
            return get_track(project, self.track_id)
        titles = project.tracks_by_role("titles")
        return titles[0] if titles else None

    def validate(self, project: Project) -> None:
        check_new_id(project, self.clip_id, "clip")
        track = self._track(project)
        if track is not None:
            if track.kind != "video":
                raise OperationError(f"titles need a video track; {track.id} is an audio track")
            other = editing.overlaps(track, self.start, self.start + self.duration)
            if other is not None:
                raise OperationError(
                    f"the title would overlap {label_clip(project, other)} on {track.id}",
                    f"start it at {fmt(project, editing.free_slot_after(track, self.start, self.duration))}",
                )

    def apply(self, project: Project) -> Operation:
        track = self._track(project)
        inverse = capture(project, [track.id] if track else [], order=track is None)
        if track is None:
            from editor_app.model.project import Track

            track = Track(id=project.new_id("track"), kind="video", role="titles", name="Titles")
            project.tracks.append(track)
        clip_id = self.clip_id or project.new_id("clip")
        project.reserve_id(clip_id)
        generator = TitleGenerator(text=self.text, position=self.position, size=self.size, color=self.color, background=self.background)
        track.clips.append(
            Clip(id=clip_id, generator=generator, name=self.text[:40], start=self.start, duration=self.duration, origin=current_origin.get())
        )
        track.sort()
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Add title \"{self.text}\" at {fmt(project, self.start)} for {fmt(project, self.duration)}"


def _replace_clip(project: Project, clip_id: str, locked_ok: bool = False, **changes) -> Operation:
    track, clip = get_clip(project, clip_id, editable=not locked_ok)
    inverse = capture(project, [track.id])
    track.clips[track.index_of(clip.id)] = clip.model_copy(update=changes)
    return inverse


def _label(project: Project | None, clip_id: str) -> str:
    from editor_app.model.operations.base import clip_label_by_id

    return clip_label_by_id(project, clip_id)
