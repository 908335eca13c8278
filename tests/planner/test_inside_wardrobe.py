"""Requests about something inside a clip never delete the clip, whoever proposes the removal: the thing
may be one the clip's description mentions (a description says what is IN the picture), the clip may be
named without a kind word ("the hinge tweak"), and the holder may be the background of the sound.
Own words on the flat-pack wardrobe project (tests/planner/wardrobe_project.py)."""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import RemoveClip
from editor_app.orchestrator.safety import review
from editor_app.planner import plan
from tests.planner.test_garden_words import applied
from tests.planner.wardrobe_project import wardrobe_project


@pytest.fixture(scope="module")
def placed():
    project = applied(wardrobe_project(), "put the PXL video at 0:04")
    project = applied(project, "hinge tweak.mp4 at 0:20")
    return project


def clip_of(project, media_name: str) -> str:
    for track in project.tracks:
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if asset is not None and asset.name == media_name:
                return clip.id
    raise AssertionError(media_name)


def reason_for_removing(project, clip_id: str, message: str) -> str | None:
    after = project.clone()
    ops = [RemoveClip(clip_id=clip_id)]
    apply_all(after, ops)
    return review(project, after, ops, message)


@pytest.mark.parametrize("message", [
    "get rid of the cardboard box in the pxl video",      # 'cardboard box' is in the clip's description
    "remove the cat from the PXL_20261120_141502118 clip",
    "take my thumb out of the hinge tweak",               # no kind word: the holder is the clip's own name
])
def test_a_thing_inside_a_placed_clip_is_never_a_clip_removal(placed, message):
    result = plan(message, placed)
    assert not any(s.tool == "remove_clip" for s in result.steps), result.reply


@pytest.mark.parametrize("media,message", [
    ("PXL_20261120_141502118.mp4", "get rid of the cardboard box in the pxl video"),
    ("hinge tweak.mp4", "take my thumb out of the hinge tweak"),
    ("gentle ukulele bed.mp3", "take out the hammering in the background around 0:20"),
])
def test_the_safety_review_holds_a_whole_clip_removal_asked_as_a_thing_inside(placed, media, message):
    """A model or plugin that proposes removing the clip still needs a confirmation."""
    reason = reason_for_removing(placed, clip_of(placed, media), message)
    assert reason and "whole clip" in reason


@pytest.mark.parametrize("media,message", [
    ("hinge tweak.mp4", "remove the hinge tweak clip from the timeline"),
    ("PXL_20261120_141502118.mp4", "delete the pxl video from the b-roll"),
])
def test_removing_the_clip_itself_is_not_held(placed, media, message):
    assert reason_for_removing(placed, clip_of(placed, media), message) is None
