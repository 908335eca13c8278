"""Typed clip effects and generators (titles, solid colours).

Each effect is an immutable pydantic model tagged by ``type`` so agents, the journal and
the renderer share one definition. Durations are integer frames.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from editor_app.model.types import Frames, NewId

Position = Literal["top", "center", "bottom", "top-left", "top-right", "bottom-left", "bottom-right"]


class _Effect(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: Annotated[str, NewId("effect")] = Field(
        "", description="Stable effect id such as e3; assigned when added.", json_schema_extra={"x-new-id": "effect"})


class FadeIn(_Effect):
    """Fade picture from black and sound from silence at the clip's start."""

    type: Literal["fade_in"] = "fade_in"
    duration: Frames = Field(description="Length of the fade.")


class FadeOut(_Effect):
    """Fade picture to black and sound to silence at the clip's end."""

    type: Literal["fade_out"] = "fade_out"
    duration: Frames = Field(description="Length of the fade.")


class BlackAndWhite(_Effect):
    """Remove all colour."""

    type: Literal["black_and_white"] = "black_and_white"


class ColorAdjust(_Effect):
    """Brightness, contrast, saturation and warmth correction."""

    type: Literal["color"] = "color"
    brightness: float = Field(0.0, ge=-1.0, le=1.0, description="-1 darker .. +1 brighter; 0 unchanged.")
    contrast: float = Field(1.0, ge=0.0, le=3.0, description="1 unchanged.")
    saturation: float = Field(1.0, ge=0.0, le=3.0, description="0 grey, 1 unchanged.")
    temperature: float = Field(0.0, ge=-1.0, le=1.0, description="-1 cool/blue .. +1 warm/orange.")
    # The other white-balance axis: a green cast (fluorescent or LED light) is taken out towards magenta,
    # which warmth (blue-orange) cannot do (round 11).
    tint: float = Field(0.0, ge=-1.0, le=1.0, description="-1 greener .. +1 more magenta (less green); 0 unchanged.")


class Blur(_Effect):
    """Gaussian blur of the picture."""

    type: Literal["blur"] = "blur"
    radius: float = Field(8.0, gt=0.0, le=100.0, description="Blur radius in pixels at 1080p.")


class Zoom(_Effect):
    """Scale the picture about a point; start and end scales give a slow push (Ken Burns)."""

    type: Literal["zoom"] = "zoom"
    start_scale: float = Field(1.0, ge=1.0, le=8.0)
    end_scale: float = Field(1.2, ge=1.0, le=8.0)
    center_x: float = Field(0.5, ge=0.0, le=1.0)
    center_y: float = Field(0.5, ge=0.0, le=1.0)


class TextOverlay(_Effect):
    """Text burned over the clip's picture for its whole length."""

    type: Literal["text"] = "text"
    text: str = Field(min_length=1, max_length=500)
    position: Position = "bottom"
    size: int = Field(48, ge=8, le=400, description="Font size in pixels at 1080p.")
    color: str = Field("white", max_length=32)
    box: bool = Field(True, description="Draw a translucent box behind the text.")


class Flip(_Effect):
    """Mirror the picture: left to right (a selfie camera's text reads backwards) and/or upside down."""

    type: Literal["flip"] = "flip"
    horizontal: bool = Field(True, description="Mirror left to right.")
    vertical: bool = Field(False, description="Turn upside down (mirror top to bottom).")


class Rotate(_Effect):
    """Turn the picture by a quarter, half or three quarters turn clockwise (a phone held sideways)."""

    type: Literal["rotate"] = "rotate"
    degrees: Literal[90, 180, 270] = Field(description="Clockwise: 90, 180 or 270 (= 90 anticlockwise).")


Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right", "center"]


class PictureInPicture(_Effect):
    """Show the clip's picture small, in a corner, with the tracks below around it (picture-in-picture).

    Why its own effect and not a zoom below 1: a zoom fills the frame by cropping; this shrinks the whole
    picture and lets the talk under a B-roll clip show round it ("the screen recording small in the top right")."""

    type: Literal["pip"] = "pip"
    scale: float = Field(0.35, ge=0.1, le=0.9, description="Width and height as a share of the frame.")
    position: Corner = Field("top-right", description="Where the small picture sits.")
    margin: float = Field(0.04, ge=0.0, le=0.2, description="Gap to the frame's edges, as a share of its height.")


class Normalize(_Effect):
    """Loudness-normalise the clip's sound to a target (EBU R128)."""

    type: Literal["normalize"] = "normalize"
    target_lufs: float = Field(-16.0, ge=-70.0, le=-5.0)


Effect = Annotated[
    Union[FadeIn, FadeOut, BlackAndWhite, ColorAdjust, Blur, Zoom, TextOverlay, Flip, Rotate, PictureInPicture, Normalize],
    Field(discriminator="type"),
]

EFFECT_TYPES: dict[str, type[_Effect]] = {
    cls.model_fields["type"].default: cls
    for cls in (FadeIn, FadeOut, BlackAndWhite, ColorAdjust, Blur, Zoom, TextOverlay, Flip, Rotate, PictureInPicture,
                Normalize)
}


class TitleGenerator(BaseModel):
    """A text card: the clip draws text over a background colour (or over the tracks below)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Literal["title"] = "title"
    text: str = Field(min_length=1, max_length=500)
    position: Position = "center"
    size: int = Field(72, ge=8, le=400)
    color: str = Field("white", max_length=32)
    background: str | None = Field(None, description="Colour behind the text; none shows the tracks below.")


class ColorGenerator(BaseModel):
    """A solid colour frame."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Literal["color"] = "color"
    color: str = Field("black", max_length=32)


Generator = Annotated[Union[TitleGenerator, ColorGenerator], Field(discriminator="kind")]
