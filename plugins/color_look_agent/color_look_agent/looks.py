"""The looks, as the app's own colour effects (so every renderer already knows them).

A look is a ``color`` effect (brightness, contrast, saturation, temperature), plus
``black_and_white`` for noir. ``strength`` scales the departure from neutral.
"""

from __future__ import annotations

from typing import Any

# name -> (color settings at full strength, black and white?)
LOOKS: dict[str, tuple[dict[str, float], bool]] = {
    "warm": ({"temperature": 0.35, "saturation": 1.1, "brightness": 0.02}, False),
    "cool": ({"temperature": -0.35, "saturation": 0.95}, False),
    "vintage": ({"temperature": 0.25, "saturation": 0.6, "contrast": 0.85, "brightness": 0.04}, False),
    "high_contrast": ({"contrast": 1.5, "saturation": 1.15}, False),
    "noir": ({"contrast": 1.35, "brightness": -0.03}, True),
}
NEUTRAL = {"temperature": 0.0, "saturation": 1.0, "brightness": 0.0, "contrast": 1.0}
ALIASES = {"warmer": "warm", "golden": "warm", "cooler": "cool", "cold": "cool", "blue": "cool", "retro": "vintage",
           "old film": "vintage", "faded": "vintage", "high-contrast": "high_contrast", "high contrast": "high_contrast",
           "punchy": "high_contrast", "contrasty": "high_contrast", "film noir": "noir"}


def look_name(text: str) -> str | None:
    key = text.strip().lower().replace("-", "_")
    if key in LOOKS:
        return key
    return ALIASES.get(text.strip().lower()) or ALIASES.get(key.replace("_", " "))


def look_effects(look: str, strength: float = 1.0) -> list[dict[str, Any]]:
    """Effect dicts (the app's `color` / `black_and_white` types) for one look."""
    settings, mono = LOOKS[look]
    color = {k: round(NEUTRAL[k] + (v - NEUTRAL[k]) * strength, 3) for k, v in settings.items()}
    effects: list[dict[str, Any]] = [{"type": "color", **color}]
    if mono:
        effects.insert(0, {"type": "black_and_white"})
    return effects


def video_clips(project: Any) -> list[Any]:
    """Clips with pictures from media (not titles, not audio), on visible video tracks."""
    out = []
    for track in project.tracks:
        if track.kind != "video" or track.role == "titles" or track.locked:
            continue
        out += [c for c in track.clips if c.media_id is not None]
    return out


def look_operations(project: Any, look: str, clip_ids: list[str] | None = None, strength: float = 1.0) -> list[dict[str, Any]]:
    """add_effect operations giving ``look`` to the chosen clips (all video clips when none are chosen)."""
    from editor_app.model.operations import OperationError

    name = look_name(look)
    if name is None:
        raise OperationError(f"unknown look {look!r}", f"choose one of: {', '.join(LOOKS)}")
    if not 0.0 < strength <= 1.0:
        raise OperationError(f"strength must be above 0 and at most 1, not {strength}")
    candidates = {c.id: c for c in video_clips(project)}
    if clip_ids:
        bad = [cid for cid in clip_ids if cid not in candidates]
        if bad:
            raise OperationError(f"{', '.join(bad)} {'is not a' if len(bad) == 1 else 'are not'} video clip"
                                 f"{'' if len(bad) == 1 else 's'} on an unlocked track",
                                 f"video clips: {', '.join(candidates) or 'none'}")
        chosen = [candidates[cid] for cid in dict.fromkeys(clip_ids)]
    else:
        chosen = list(candidates.values())
    if not chosen:
        raise OperationError("there is no video clip to give a look to")
    return [{"op": "add_effect", "clip_id": clip.id, "effect": effect}
            for clip in chosen for effect in look_effects(name, strength)]
