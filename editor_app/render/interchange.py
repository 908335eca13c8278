"""OpenTimelineIO interchange: export a project to .otio / FCP XML / EDL, import .otio.

Exact times: every RationalTime is written at the project rate (frames as values). Things
other editors cannot read (effects, volume, envelopes, generators) are stored for this app in
``metadata["editor_app"]`` and reported as warnings. Transitions: ours occupy the first frames
of the incoming clip, which in OTIO terms is in_offset 0, out_offset = duration.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path
from urllib.parse import unquote, urlparse

import opentimelineio as otio

from editor_app.model.project import Clip, Project
from editor_app.render.errors import RenderError

ADAPTERS = {".otio": "otio_json", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml", ".edl": "cmx_3600"}
ADAPTER_PACKAGES = {"fcp_xml": "otio-fcp-adapter", "fcpx_xml": "otio-fcpx-xml-adapter",
                    "cmx_3600": "otio-cmx3600-adapter"}
_XFADE = {"crossfade": otio.schema.TransitionTypes.SMPTE_Dissolve, "dip_to_black": "DipToBlack", "wipe": "Wipe"}
_MARKER_COLORS = {"red", "pink", "orange", "yellow", "green", "cyan", "blue", "purple", "magenta", "black", "white"}


def _rt(frames, fps: Fraction) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(float(frames), float(fps))


def _range(start, duration, fps: Fraction) -> otio.opentime.TimeRange:
    return otio.opentime.TimeRange(_rt(start, fps), _rt(duration, fps))


def _otio_clip(project: Project, clip: Clip, warnings: list[str]) -> otio.schema.Clip:
    fps = project.fps
    media = project.media.get(clip.media_id) if clip.media_id else None
    if media is not None:
        length = media.length_frames(fps)
        available = _range(0, length, fps) if length is not None else None
        ref = otio.schema.ExternalReference(target_url=Path(media.path).absolute().as_uri(), available_range=available)
    else:
        gen = clip.generator
        ref = otio.schema.GeneratorReference(name=clip.name or "generator", generator_kind=getattr(gen, "kind", "color"),
                                             parameters=gen.model_dump(mode="json") if gen else {})
        warnings.append(f"clip {clip.id}: a {getattr(gen, 'kind', 'generated')} clip is exported as a generator "
                        "reference; other editors show it as offline")
    out = otio.schema.Clip(name=clip.name or (media.name if media else clip.id), media_reference=ref,
                           source_range=_range(clip.source_in, clip.duration, fps))
    out.enabled = clip.enabled
    if Fraction(clip.speed) != 1:
        out.effects.append(otio.schema.LinearTimeWarp(time_scalar=float(clip.speed)))
    for effect in clip.effects:
        out.effects.append(otio.schema.Effect(name=effect.id, effect_name=effect.type))
    lost = [e.type for e in clip.effects]
    if clip.envelope:
        lost.append("volume envelope")
    if clip.volume_db:
        lost.append("volume")
    if lost:
        warnings.append(f"clip {clip.id}: {', '.join(lost)} do not carry over to other editors "
                        "(kept for this app in metadata)")
    out.metadata["editor_app"] = {"clip": clip.model_dump(mode="json")}
    return out


def project_to_timeline(project: Project) -> tuple[otio.schema.Timeline, list[str]]:
    """An OTIO timeline of the project, and what did not carry over."""
    fps, warnings = project.fps, []
    timeline = otio.schema.Timeline(name=project.name, global_start_time=_rt(0, fps))
    timeline.metadata["editor_app"] = {"settings": project.settings.model_dump(mode="json"),
                                       "media": {k: m.model_dump(mode="json") for k, m in project.media.items()}}
    for track in project.tracks:
        kind = otio.schema.TrackKind.Video if track.kind == "video" else otio.schema.TrackKind.Audio
        ot = otio.schema.Track(name=track.name or track.id, kind=kind)
        ot.enabled = not (track.hidden if track.kind == "video" else track.muted)
        ot.metadata["editor_app"] = track.model_dump(mode="json", exclude={"clips", "transitions"})
        incoming = {t.to_clip: t for t in track.transitions}
        cursor = 0
        for clip in sorted(track.clips, key=lambda c: c.start):
            if clip.start > cursor:
                ot.append(otio.schema.Gap(source_range=_range(0, clip.start - cursor, fps)))
            tr = incoming.get(clip.id)
            if tr is not None and clip.start == cursor and len(ot):
                ot.append(otio.schema.Transition(name=tr.id, transition_type=_XFADE.get(tr.kind, "Custom"),
                                                 in_offset=_rt(0, fps), out_offset=_rt(tr.duration, fps)))
            ot.append(_otio_clip(project, clip, warnings))
            cursor = clip.end
        timeline.tracks.append(ot)
    for marker in project.markers:
        color = marker.color.upper() if marker.color.lower() in _MARKER_COLORS else "YELLOW"
        m = otio.schema.Marker(name=marker.name, marked_range=_range(marker.frame, 0, fps), color=color)
        m.metadata["editor_app"] = marker.model_dump(mode="json")
        timeline.tracks.markers.append(m)
    return timeline, warnings


def export_timeline(project: Project, out_path: str | Path) -> list[str]:
    """Write .otio, .xml (FCP 7 XML), .fcpxml or .edl; returns warnings about what was lost."""
    out = Path(out_path)
    adapter = ADAPTERS.get(out.suffix.lower())
    if adapter is None:
        raise RenderError(f"Cannot export to {out.suffix or 'a file without extension'}: use .otio, .xml, .fcpxml or .edl.")
    if adapter not in otio.adapters.available_adapter_names():
        raise RenderError(f"{out.suffix} export is unavailable: install the {ADAPTER_PACKAGES[adapter]} package "
                          "(part of OpenTimelineIO-Plugins).")
    if not out.parent.is_dir():
        raise RenderError(f"The output folder {out.parent} does not exist.")
    timeline, warnings = project_to_timeline(project)
    if adapter == "cmx_3600":
        videos = [t for t in timeline.tracks if t.kind == otio.schema.TrackKind.Video]
        if len(videos) > 1 or len(videos) < len(timeline.tracks):
            warnings.append("EDL holds one video track: only the first video track was exported")
        for t in list(timeline.tracks):
            if t is not (videos[0] if videos else None):
                timeline.tracks.remove(t)
    tmp = out.with_name(f".{out.name}.part")
    try:
        if adapter == "cmx_3600":  # an EDL has no rate of its own: name it so it reads back exactly
            text = otio.adapters.write_to_string(timeline, adapter_name=adapter, rate=float(project.fps))
            tmp.write_text(_with_edl_rate(text, project.fps), encoding="utf-8")
        else:
            otio.adapters.write_to_file(timeline, str(tmp), adapter_name=adapter)
        tmp.replace(out)
    except Exception as exc:  # adapters raise many kinds of errors
        tmp.unlink(missing_ok=True)
        raise RenderError(f"The {out.suffix} exporter could not write this timeline: {exc}") from exc
    return warnings


_EDL_RATE = re.compile(r"^\*\s*EDITOR-APP FPS:\s*(\S+)\s*$", re.M)


def _with_edl_rate(text: str, fps: Fraction) -> str:
    """Write the rate as a header comment line after TITLE (other readers skip '*' lines)."""
    line = f"* EDITOR-APP FPS: {fps.numerator}/{fps.denominator}\n"
    head, sep, rest = text.partition("\n")
    return head + sep + line + rest if head.startswith("TITLE:") else line + text


def edl_rate(text: str, fps: Fraction | None = None) -> Fraction:
    """The rate an EDL was written at: ``fps`` if given, our header line, else guessed from its frame fields."""
    from editor_app.model.time import normalize_rate

    if fps is not None:
        return normalize_rate(fps)
    found = _EDL_RATE.search(text)
    if found:
        return normalize_rate(found.group(1))
    frames = [int(f) for f in re.findall(r"\b\d\d[:;]\d\d[:;]\d\d[:;](\d\d)\b", text)]
    top = max(frames, default=0)
    if ";" in text and re.search(r"\d\d;\d\d\b", text):
        return Fraction(30000, 1001)
    return Fraction(24) if top < 24 else Fraction(25) if top < 25 else Fraction(30) if top < 30 else Fraction(60)


def _read_edl(path: Path, fps: Fraction | None) -> otio.schema.Timeline:
    text = path.read_text(encoding="utf-8", errors="replace")
    rate = edl_rate(text, fps)
    body = _EDL_RATE.sub("", text)
    try:
        return otio.adapters.read_from_string(body, adapter_name="cmx_3600", rate=float(rate))
    except Exception as exc:
        raise RenderError(f"Cannot read {path.name} as an EDL at {float(rate):g} fps: {exc}") from None


def _newer_schema(path: Path) -> str | None:
    """Name the first schema in the file that is newer than this OTIO reads."""
    known = otio.core.type_version_map()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    for name, version in re.findall(r'"OTIO_SCHEMA"\s*:\s*"([A-Za-z_]+)\.(\d+)"', text):
        if name in known and int(version) > known[name]:
            return f"schema {name} version {version} (this app reads up to version {known[name]})"
    return None


def read_timeline(path: str | Path, fps: Fraction | None = None) -> otio.schema.Timeline:
    """Read an .otio (or .edl, .xml) file, refusing newer schemas with a clear message.

    ``fps`` is the rate of an EDL without our rate line (EDLs do not store one)."""
    path = Path(path)
    if not path.is_file():
        raise RenderError(f"The timeline file {path} does not exist.")
    if path.suffix.lower() == ".edl":
        return _read_edl(path, fps)
    try:
        obj = otio.adapters.read_from_file(str(path))
    except Exception as exc:
        newer = _newer_schema(path)
        if newer:
            raise RenderError(f"{path.name} was made by a newer OpenTimelineIO ({newer}; installed "
                              f"opentimelineio {otio.__version__}). Export it again with an older schema, "
                              "or update this app.") from None
        raise RenderError(f"Cannot read {path.name} as an OpenTimelineIO timeline: {exc}") from None
    if isinstance(obj, otio.schema.SerializableCollection):
        timelines = [t for t in obj.find_children(descended_from_type=otio.schema.Timeline)] if hasattr(obj, "find_children") else []
        if not timelines:
            raise RenderError(f"{path.name} holds no timeline.")
        obj = timelines[0]
    if not isinstance(obj, otio.schema.Timeline):
        raise RenderError(f"{path.name} holds a {type(obj).__name__}, not a timeline.")
    return obj


def url_to_path(url: str) -> str:
    """file:// URLs (including file://localhost/D%3a/...) to a local path string."""
    if not url:
        return ""
    parsed = urlparse(url)
    if parsed.scheme not in ("file", ""):
        return url
    path = unquote(parsed.path)
    if re.match(r"^/[A-Za-z]:", path):
        path = path[1:]
    return path


__all__ = ["edl_rate", "export_timeline", "project_to_timeline", "read_timeline", "url_to_path", "json"]
