"""The project as plain JSON-ready data with times in seconds (`editor-app info --json`).

These keys are a stable contract: scripts, evals and tests outside the app read them.
Envelope times are timeline seconds (absolute), like clip start and end.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from editor_app.model.project import Clip, Project
from editor_app.model.time import seconds


def _effect(effect, fps: Fraction) -> dict[str, Any]:
    data = effect.model_dump(mode="json")
    if "duration" in data:
        data["duration"] = seconds(effect.duration, fps)
    return data


def clip_summary(project: Project, clip: Clip) -> dict[str, Any]:
    fps = project.fps
    media = project.media.get(clip.media_id) if clip.media_id else None
    data: dict[str, Any] = {
        "id": clip.id,
        "media": clip.media_id,
        "name": clip.name or (media.name if media else getattr(clip.generator, "text", "") or ""),
        "start": seconds(clip.start, fps),
        "end": seconds(clip.end, fps),
        "source_in": seconds(clip.source_in, fps),
        "source_out": seconds(clip.source_out, fps),
        "speed": float(clip.speed),
        "volume_db": clip.volume_db,
        "enabled": clip.enabled,
        "effects": [_effect(e, fps) for e in clip.effects],
        "envelope": [[seconds(clip.start + p.frame, fps), p.db] for p in clip.envelope],
        "origin": clip.origin,
    }
    if clip.generator is not None:
        data["generator"] = clip.generator.model_dump(mode="json")
    if clip.note:
        data["note"] = clip.note
    return data


def project_summary(project: Project) -> dict[str, Any]:
    fps = project.fps
    return {
        "name": project.name,
        "fps": round(float(fps), 3),
        "fps_exact": f"{fps.numerator}/{fps.denominator}",
        "width": project.settings.width,
        "height": project.settings.height,
        "sample_rate": project.settings.sample_rate,
        "duration": seconds(project.duration, fps),
        "media": [
            {
                "id": m.id,
                "name": m.name,
                "path": m.path,
                "kind": m.kind,
                "duration": round(float(m.duration), 3) if m.duration is not None else None,
                "fps": round(float(m.fps), 3) if m.fps else None,
                "width": m.width,
                "height": m.height,
                "has_audio": m.has_audio,
                "description": m.description,
                "tags": list(m.tags),
                "transcript": [{"start": s.start, "end": s.end, "text": s.text} for s in m.transcript],
            }
            for m in project.media.values()
        ],
        "tracks": [
            {
                "id": t.id,
                "kind": t.kind,
                "role": t.role,
                "name": t.name,
                "muted": t.muted,
                "locked": t.locked,
                "hidden": t.hidden,
                "volume_db": t.volume_db,
                "clips": [clip_summary(project, c) for c in t.clips],
                "transitions": [
                    {"id": x.id, "kind": x.kind, "from": x.from_clip, "to": x.to_clip, "duration": seconds(x.duration, fps)}
                    for x in t.transitions
                ],
            }
            for t in project.tracks
        ],
        "markers": [{"id": m.id, "time": seconds(m.frame, fps), "name": m.name, "color": m.color} for m in project.markers],
        "notes": [n.text for n in project.notes],
    }
