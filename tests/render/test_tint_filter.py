"""The colour effect's tint (round 11): a green cast is taken out towards magenta in the render."""

from __future__ import annotations

import re
from fractions import Fraction

from editor_app.model.effects import ColorAdjust
from editor_app.model.project import Clip
from editor_app.render.pieces import Piece
from editor_app.render.video import effect_filters


def _balance(effect: ColorAdjust) -> dict[str, float]:
    clip = Clip(id="c1", media_id="m1", start=0, duration=50, source_in=0, effects=(effect,))
    filters = effect_filters(Piece(clip, None, 0, 50), Fraction(25), 1920, 1080, overlay=False)
    found = next(f for f in filters if f.startswith("colorbalance="))
    return {k: float(v) for k, v in re.findall(r"(\w+)=(-?[\d.]+)", found)}


def test_less_green_lowers_green_and_lifts_red_and_blue():
    b = _balance(ColorAdjust(tint=0.5))
    assert b["gm"] < 0 and b["rm"] > 0 and b["bm"] > 0


def test_warmth_alone_renders_as_before():
    b = _balance(ColorAdjust(temperature=0.5))
    assert (b["rm"], b["gm"], b["bm"]) == (0.15, 0.03, -0.15)


def test_no_tint_and_no_warmth_adds_no_colour_balance():
    clip = Clip(id="c1", media_id="m1", start=0, duration=50, source_in=0, effects=(ColorAdjust(brightness=0.1),))
    assert not any(f.startswith("colorbalance=") for f in effect_filters(Piece(clip, None, 0, 50), Fraction(25), 1920, 1080, False))
