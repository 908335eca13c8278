"""Import an OpenTimelineIO timeline as a new Project (tracks, clips, gaps, transitions, markers).

Media references become MediaAssets; offline or missing files are kept and flagged in the
warnings, never fatal. Timelines exported by this app carry their exact clips in metadata.
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import opentimelineio as otio

from editor_app.model.effects import ColorGenerator
from editor_app.model.project import Clip, MediaAsset, Marker, Project, Settings, Track, Transition
from editor_app.model.time import normalize_rate
from editor_app.render.interchange import read_timeline, url_to_path

_IMAGE = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".exr", ".dpx", ".webp"}


def _frames(rt: otio.opentime.RationalTime, fps: Fraction) -> Fraction:
    return Fraction(rt.value).limit_denominator(1_000_000) * fps / normalize_rate(rt.rate)


def _whole(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def _timeline_rate(timeline: otio.schema.Timeline) -> Fraction:
    if timeline.global_start_time is not None:
        return normalize_rate(timeline.global_start_time.rate)
    for clip in timeline.find_clips():
        if clip.source_range is not None:
            return normalize_rate(clip.source_range.duration.rate)
    return Fraction(24)


class _Importer:
    def __init__(self, timeline: otio.schema.Timeline):
        self.tl = timeline
        meta = dict(timeline.metadata.get("editor_app") or {})
        settings = Settings(**meta["settings"]) if "settings" in meta else Settings(fps=_timeline_rate(timeline))
        self.project = Project(name=timeline.name or "Imported", settings=settings)
        self.fps = self.project.fps
        self.warnings: list[str] = []
        self.saved_media = {k: MediaAsset(**v) for k, v in (meta.get("media") or {}).items()}
        self._by_key: dict[tuple[str, str], str] = {}

    def media_for(self, clip: otio.schema.Clip, kind: str) -> str | None:
        ref = clip.media_reference
        if isinstance(ref, otio.schema.ExternalReference):
            path = url_to_path(ref.target_url)
        elif isinstance(ref, otio.schema.MissingReference) or ref is None:
            path = ""
        else:
            return None
        name = Path(path).name if path else clip.name
        key = (path or f"offline:{clip.name}", kind)
        if key in self._by_key:
            return self._by_key[key]
        mid = self.project.new_id("media")
        avail = ref.available_range if ref is not None else None
        duration = Fraction(avail.end_time_exclusive().to_seconds()).limit_denominator(1_000_000) if avail else None
        is_image = Path(path).suffix.lower() in _IMAGE
        media_kind = "image" if is_image else kind
        self.project.media[mid] = MediaAsset(
            id=mid, name=name, path=path or name, kind=media_kind, duration=None if is_image else duration,
            has_audio=kind == "audio", has_video=kind == "video")
        self._by_key[key] = mid
        if not path:
            self.warnings.append(f"clip {clip.name!r}: media is offline (no file reference)")
        elif not Path(path).is_file():
            self.warnings.append(f"media file not found: {path} (clip {clip.name!r}); relink it before rendering")
        return mid

    def clip(self, item: otio.schema.Clip, start: int, duration: int, kind: str) -> Clip:
        saved = (item.metadata.get("editor_app") or {}).get("clip")
        if saved:
            clip = Clip(**saved)
            if clip.media_id and clip.media_id in self.saved_media:
                self.project.media.setdefault(clip.media_id, self.saved_media[clip.media_id])
            self.project.reserve_id(clip.id)
            for key in ("media_id",):
                if getattr(clip, key):
                    self.project.reserve_id(getattr(clip, key))
            return clip.model_copy(update={"start": start, "duration": duration})
        speed = Fraction(1)
        for effect in item.effects:
            if isinstance(effect, otio.schema.LinearTimeWarp) and effect.time_scalar > 0:
                speed = Fraction(effect.time_scalar).limit_denominator(1000)
            else:
                self.warnings.append(f"clip {item.name!r}: effect {effect.effect_name or effect.name!r} is not imported")
        mid = self.media_for(item, kind)
        ref = item.media_reference
        source_in = _frames(item.source_range.start_time, self.fps) if item.source_range else Fraction(0)
        avail = getattr(ref, "available_range", None)
        if avail is not None and isinstance(ref, otio.schema.ExternalReference):
            source_in -= _frames(avail.start_time, self.fps)
        source_in = max(Fraction(0), source_in)
        generator = None
        if mid is None:
            generator = ColorGenerator(color="black")
            self.warnings.append(f"clip {item.name!r}: generator {getattr(ref, 'generator_kind', '')!r} imported as black")
        for marker in item.markers:
            offset = _frames(marker.marked_range.start_time, self.fps) - (
                _frames(item.source_range.start_time, self.fps) if item.source_range else 0)
            self.marker(marker, start + _whole(offset / speed))
        return Clip(id=self.project.new_id("clip"), media_id=mid, generator=generator, name=item.name or "",
                    start=start, duration=duration, source_in=source_in, speed=speed, enabled=item.enabled)

    def marker(self, marker: otio.schema.Marker, frame: int) -> None:
        color = str(marker.color).lower() if marker.color else "yellow"
        self.project.markers.append(Marker(id=self.project.new_id("marker"), frame=max(0, frame),
                                           name=marker.name or "", color=color[:32]))

    def track(self, ot: otio.schema.Track) -> None:
        kind = "audio" if ot.kind == otio.schema.TrackKind.Audio else "video"
        saved = ot.metadata.get("editor_app") or {}
        track = Track(**saved) if saved else Track(
            id=self.project.new_id("track"), kind=kind, role="main" if kind == "video" else "voice",
            name=ot.name or "", hidden=not ot.enabled and kind == "video", muted=not ot.enabled and kind == "audio")
        self.project.reserve_id(track.id)
        if not saved and kind == "video" and any(t.kind == "video" for t in self.project.tracks):
            track.role = "broll"
        pending: list[otio.schema.Transition] = []
        previous: Clip | None = None
        for item in ot:
            if isinstance(item, otio.schema.Transition):
                pending.append(item)
                continue
            rng = ot.range_of_child(item)
            start = _whole(_frames(rng.start_time, self.fps))
            end = _whole(_frames(rng.end_time_exclusive(), self.fps))
            if isinstance(item, otio.schema.Clip) and end > start:
                clip = self.clip(item, start, end - start, kind)
                if pending and previous is not None and previous.end == clip.start:
                    previous, clip = self.transition(track, pending[-1], previous, clip)
                track.clips.append(clip)
                previous = clip
            elif isinstance(item, (otio.schema.Stack, otio.schema.Track)):
                self.warnings.append(f"nested {type(item).__name__.lower()} {item.name!r} on track {track.id} "
                                     "is not imported (left as a gap)")
                previous = None
            else:
                previous = None
            if pending and not (isinstance(item, otio.schema.Clip) and previous is not None and previous.start != start):
                self.warnings.append(f"transition {pending[-1].name!r} on track {track.id} is not next to two clips; "
                                     "not imported")
            pending = []
        for marker in ot.markers:
            self.marker(marker, _whole(_frames(marker.marked_range.start_time, self.fps)))
        self.project.tracks.append(track)

    def transition(self, track: Track, tr: otio.schema.Transition, a: Clip, b: Clip) -> tuple[Clip, Clip]:
        """OTIO centres a transition on the cut; ours starts at the cut: move the cut back by in_offset."""
        before = _whole(_frames(tr.in_offset, self.fps))
        after = _whole(_frames(tr.out_offset, self.fps))
        speed = Fraction(b.speed)
        shift = min(before, a.duration - 1, int(Fraction(b.source_in) / speed))
        if shift < before:
            self.warnings.append(f"transition {tr.name!r}: not enough media before the cut; shortened")
        a = a.model_copy(update={"duration": a.duration - shift})
        b = b.model_copy(update={"start": b.start - shift, "duration": b.duration + shift,
                                 "source_in": Fraction(b.source_in) - shift * speed})
        track.clips[-1] = a
        duration = max(1, min(shift + after, b.duration))
        kind = "dip_to_black" if "black" in (tr.transition_type or "").lower() else "crossfade"
        track.transitions.append(Transition(id=self.project.new_id("transition"), kind=kind,
                                            from_clip=a.id, to_clip=b.id, duration=duration))
        return a, b


def project_from_otio(path: str | Path, fps: Fraction | None = None) -> tuple[Project, list[str]]:
    """A new Project from an .otio (.edl, .xml) file, and warnings about what could not be imported.

    ``fps``: the rate of an EDL that does not name one."""
    importer = _Importer(read_timeline(path, fps))
    for ot in importer.tl.tracks:
        if isinstance(ot, otio.schema.Track):
            importer.track(ot)
    for marker in importer.tl.tracks.markers:
        saved = marker.metadata.get("editor_app")
        if saved:
            importer.project.markers.append(Marker(**saved))
            importer.project.reserve_id(saved["id"])
        else:
            importer.marker(marker, _whole(_frames(marker.marked_range.start_time, importer.fps)))
    problems = importer.project.check_invariants()
    if problems:
        importer.warnings.extend(f"imported timeline problem: {p}" for p in problems)
    return importer.project, importer.warnings
