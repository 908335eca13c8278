"""Effects, transitions, volume and volume envelopes on clips."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, TypeAdapter, ValidationError, ValidationInfo, field_validator

from editor_app.model.effects import EFFECT_TYPES, Effect
from editor_app.model.operations.base import (
    ORIGIN_FIELD,
    Operation,
    OperationError,
    capture,
    check_new_id,
    clip_label_by_id,
    fmt,
    get_clip,
)
from editor_app.model.types import ClipId, EffectId, Frames, NewTransitionId, TransitionId
from editor_app.model.project import EnvelopePoint, Project, Transition

# Effects a clip can carry only once: adding another replaces the old one.
SINGLE_EFFECTS = {"fade_in", "fade_out", "black_and_white", "color", "blur", "zoom", "flip", "rotate", "pip", "normalize"}
_EFFECT_ADAPTER: TypeAdapter = TypeAdapter(Effect)


def _time_params() -> frozenset[str]:
    """Effect fields that are times (``Frames``): a number there is seconds in an agent's call."""
    defs = _EFFECT_ADAPTER.json_schema().get("$defs", {})
    return frozenset(name for d in defs.values() for name, prop in d.get("properties", {}).items()
                     if isinstance(prop, dict) and prop.get("x-time"))


_TIME_PARAMS = _time_params()


class AddEffect(Operation):
    """Add an effect to a clip (a second fade/blur/colour/zoom replaces the first)."""

    op: Literal["add_effect"] = "add_effect"
    agents: ClassVar[tuple[str, ...]] = ("effects", "audio")
    keywords: ClassVar[tuple[str, ...]] = ("effects?", "black and white", "gr[ae]yscale", r"colou?r\w*", r"blur\w*", r"zoom\w*", r"warm\w*", "brighten", "darken")  # routing words (regex)
    clip_id: ClipId
    effect: Effect

    def validate(self, project: Project) -> None:
        _, clip = get_clip(project, self.clip_id)
        _check_fits(project, clip, self.effect)

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        effect = self.effect
        if not effect.id:
            effect = effect.model_copy(update={"id": project.new_id("effect")})
        project.reserve_id(effect.id)
        kept = tuple(e for e in clip.effects if not (e.type == effect.type and e.type in SINGLE_EFFECTS))
        track.clips[track.index_of(clip.id)] = clip.model_copy(update={"effects": kept + (effect,)})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Add {describe_effect(self.effect, project)} to {clip_label_by_id(project, self.clip_id)}"


class RemoveEffect(Operation):
    """Remove an effect from a clip, by effect id or by type (e.g. 'blur')."""

    op: Literal["remove_effect"] = "remove_effect"
    agents: ClassVar[tuple[str, ...]] = ("effects", "audio")
    clip_id: ClipId
    effect_id: EffectId | None = Field(None, description="Effect id such as e4.")
    effect_type: str | None = Field(None, description="Or the effect type, e.g. blur, fade_out.")

    def _targets(self, project: Project):
        _, clip = get_clip(project, self.clip_id)
        if self.effect_id is None and self.effect_type is None:
            raise OperationError("give effect_id or effect_type")
        found = [e for e in clip.effects if e.id == self.effect_id or (self.effect_id is None and e.type == self.effect_type)]
        if not found:
            have = ", ".join(f"{e.id} ({e.type})" for e in clip.effects) or "none"
            raise OperationError(f"clip {clip.id} has no effect {self.effect_id or self.effect_type}", f"its effects: {have}")
        return found

    def validate(self, project: Project) -> None:
        self._targets(project)

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        drop = {id(e) for e in self._targets(project)}
        inverse = capture(project, [track.id])
        track.clips[track.index_of(clip.id)] = clip.model_copy(update={"effects": tuple(e for e in clip.effects if id(e) not in drop)})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Remove {self.effect_id or self.effect_type} from {clip_label_by_id(project, self.clip_id)}"


class UpdateEffect(Operation):
    """Change parameters of an existing effect (e.g. a fade's duration)."""

    op: Literal["update_effect"] = "update_effect"
    agents: ClassVar[tuple[str, ...]] = ("effects",)
    clip_id: ClipId
    effect_id: EffectId
    params: dict[str, Any] = Field(description="Parameters to change, e.g. {\"duration\": 2} (times in seconds).")

    @field_validator("params")
    @classmethod
    def _seconds(cls, params: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        """Agent calls give times in seconds (as their prompts say): keep them as "2s", not 2 frames."""
        context = info.context or {}
        if context.get("units") != "seconds" or context.get("fps") is None:
            return params
        return {k: (f"{v}s" if k in _TIME_PARAMS and isinstance(v, (int, float)) and not isinstance(v, bool)
                    else v) for k, v in params.items()}

    def _updated(self, project: Project):
        _, clip = get_clip(project, self.clip_id)
        effect = clip.effect(self.effect_id)
        if effect is None:
            have = ", ".join(f"{e.id} ({e.type})" for e in clip.effects) or "none"
            raise OperationError(f"clip {clip.id} has no effect {self.effect_id}", f"its effects: {have}")
        data = effect.model_dump() | {k: v for k, v in self.params.items() if k not in ("id", "type")}
        try:
            return clip, _EFFECT_ADAPTER.validate_python(data, context={"fps": project.fps})
        except ValidationError as exc:
            raise OperationError(f"invalid parameters for {effect.type}: {_short(exc)}") from exc

    def validate(self, project: Project) -> None:
        clip, new = self._updated(project)
        _check_fits(project, clip, new)

    def apply(self, project: Project) -> Operation:
        track, _ = get_clip(project, self.clip_id)
        clip, new = self._updated(project)
        inverse = capture(project, [track.id])
        effects = tuple(new if e.id == self.effect_id else e for e in clip.effects)
        track.clips[track.index_of(clip.id)] = clip.model_copy(update={"effects": effects})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        changes = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"Change {self.effect_id} on {clip_label_by_id(project, self.clip_id)}: {changes}"


class AddTransition(Operation):
    """Crossfade (or dip to black) across the cut between two adjacent clips on one track."""

    op: Literal["add_transition"] = "add_transition"
    agents: ClassVar[tuple[str, ...]] = ("effects",)
    keywords: ClassVar[tuple[str, ...]] = ("transitions?", r"crossfade\w*")  # routing words (regex)
    from_clip: ClipId = Field(description="The clip before the cut.")
    to_clip: ClipId = Field(description="The clip after the cut; must start where from_clip ends.")
    duration: Frames = Field(gt=0, description="Length of the transition.")
    kind: Literal["crossfade", "dip_to_black", "wipe"] = "crossfade"
    transition_id: NewTransitionId = ORIGIN_FIELD

    def validate(self, project: Project) -> None:
        check_new_id(project, self.transition_id, "transition")
        track_a, a = get_clip(project, self.from_clip)
        track_b, b = get_clip(project, self.to_clip)
        if track_a.id != track_b.id:
            raise OperationError(f"{a.id} and {b.id} are on different tracks ({track_a.id}, {track_b.id})")
        if a.end != b.start:
            raise OperationError(
                f"{b.id} does not start where {a.id} ends ({fmt(project, a.end)} vs {fmt(project, b.start)})",
                "transitions go between adjacent clips",
            )
        if self.duration > b.duration or self.duration > a.duration:
            raise OperationError(f"a {fmt(project, self.duration)} transition is longer than one of the clips")

    def apply(self, project: Project) -> Operation:
        track, _ = get_clip(project, self.from_clip)
        inverse = capture(project, [track.id])
        tid = self.transition_id or project.new_id("transition")
        project.reserve_id(tid)
        track.transitions = [t for t in track.transitions if not (t.from_clip == self.from_clip and t.to_clip == self.to_clip)]
        track.transitions.append(Transition(id=tid, kind=self.kind, from_clip=self.from_clip, to_clip=self.to_clip, duration=self.duration))
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return (
            f"Add a {fmt(project, self.duration)} {self.kind.replace('_', ' ')} from "
            f"{clip_label_by_id(project, self.from_clip)} to {clip_label_by_id(project, self.to_clip)}"
        )


class RemoveTransition(Operation):
    """Remove a transition by id."""

    op: Literal["remove_transition"] = "remove_transition"
    agents: ClassVar[tuple[str, ...]] = ("effects",)
    transition_id: TransitionId

    def _track(self, project: Project):
        for track in project.tracks:
            if any(t.id == self.transition_id for t in track.transitions):
                return track
        raise OperationError(f"there is no transition {self.transition_id!r}")

    def validate(self, project: Project) -> None:
        self._track(project)

    def apply(self, project: Project) -> Operation:
        track = self._track(project)
        inverse = capture(project, [track.id])
        track.transitions = [t for t in track.transitions if t.id != self.transition_id]
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Remove transition {self.transition_id}"


class SetVolume(Operation):
    """Set a clip's gain in dB (0 unchanged, -6 half as loud, -100 silent)."""

    op: Literal["set_volume"] = "set_volume"
    agents: ClassVar[tuple[str, ...]] = ("audio",)
    keywords: ClassVar[tuple[str, ...]] = ("volume", r"loud\w*", r"quiet\w*", "gain", "db")  # routing words (regex)
    clip_id: ClipId
    db: float = Field(ge=-100, le=24)

    def validate(self, project: Project) -> None:
        get_clip(project, self.clip_id)

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        track.clips[track.index_of(clip.id)] = clip.model_copy(update={"volume_db": float(self.db)})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Set volume of {clip_label_by_id(project, self.clip_id)} to {self.db:+.1f} dB"


class SetVolumeEnvelope(Operation):
    """Replace a clip's volume keyframes (frame offsets from the clip start, dB); [] clears."""

    op: Literal["set_volume_envelope"] = "set_volume_envelope"
    agents: ClassVar[tuple[str, ...]] = ("audio",)
    clip_id: ClipId
    points: list[EnvelopePoint]

    def validate(self, project: Project) -> None:
        _, clip = get_clip(project, self.clip_id)
        frames = [p.frame for p in self.points]
        if frames != sorted(frames) or len(set(frames)) != len(frames):
            raise OperationError("envelope points must be in time order with no two at the same frame")
        if frames and frames[-1] > clip.duration:
            raise OperationError(
                f"an envelope point at {fmt(project, frames[-1])} lies beyond the clip's length {fmt(project, clip.duration)}"
            )

    def apply(self, project: Project) -> Operation:
        track, clip = get_clip(project, self.clip_id)
        inverse = capture(project, [track.id])
        track.clips[track.index_of(clip.id)] = clip.model_copy(update={"envelope": tuple(self.points)})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        if not self.points:
            return f"Clear the volume envelope of {clip_label_by_id(project, self.clip_id)}"
        low, high = min(p.db for p in self.points), max(p.db for p in self.points)
        reach = f"down to {low:+.1f} dB" if low < 0 else f"up to {high:+.1f} dB"
        if low < 0 < high:
            reach = f"{low:+.1f} to {high:+.1f} dB"
        return f"Set a {len(self.points)}-point volume envelope on {clip_label_by_id(project, self.clip_id)} ({reach})"


def _check_fits(project: Project, clip, effect) -> None:
    duration = getattr(effect, "duration", None)
    if duration is not None and duration > clip.duration:
        raise OperationError(
            f"a {fmt(project, duration)} {effect.type.replace('_', ' ')} is longer than clip {clip.id} ({fmt(project, clip.duration)})"
        )
    if duration is not None and duration <= 0:
        raise OperationError("the effect's duration must be positive")
    if clip.generator is not None and effect.type == "normalize":
        raise OperationError(f"clip {clip.id} is a {clip.generator.kind} card and has no sound to normalise")


def describe_effect(effect, project: Project | None = None) -> str:
    kind = effect.type
    if kind in ("fade_in", "fade_out"):
        return f"a {fmt(project, effect.duration)} {kind.replace('_', ' ')}"
    if kind == "black_and_white":
        return "black and white"
    if kind == "color":
        tint = f", tint {effect.tint:+.2f}" if effect.tint else ""
        return (f"colour (brightness {effect.brightness:+.2f}, contrast {effect.contrast:.2f}, saturation {effect.saturation:.2f}, "
                f"warmth {effect.temperature:+.2f}{tint})")
    if kind == "blur":
        return f"blur (radius {effect.radius:g})"
    if kind == "zoom":
        return f"zoom {effect.start_scale:g}x to {effect.end_scale:g}x"
    if kind == "text":
        return f"text \"{effect.text}\""
    if kind == "flip":
        sides = [w for w, on in (("left to right", effect.horizontal), ("upside down", effect.vertical)) if on]
        return "a mirror " + " and ".join(sides) if sides else "no flip"
    if kind == "rotate":
        return {90: "a quarter turn clockwise", 180: "a half turn", 270: "a quarter turn anticlockwise"}[effect.degrees]
    if kind == "pip":
        return f"picture-in-picture, {round(effect.scale * 100)}% size, {effect.position.replace('-', ' ')}"
    if kind == "normalize":
        return f"loudness normalisation to {effect.target_lufs:g} LUFS"
    return kind


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])


assert set(EFFECT_TYPES) >= SINGLE_EFFECTS
