"""Round 16 (helper v2): the safety review reads "the talking" / "my talking" as naming the talk, so levelling the
talk and ducking the music in one request is not held as touching a clip the request did not name (bonsai project)."""

from __future__ import annotations

from editor_app.model.history import apply_all
from editor_app.model.operations.effect_ops import SetVolume
from editor_app.orchestrator.safety import named_clips, review
from tests.planner.bonsai_project import bonsai_project


def test_even_out_the_talking_and_dip_the_lofi_is_not_held():
    before = bonsai_project()
    ops = [SetVolume(clip_id="c1", db=-2.0), SetVolume(clip_id="c2", db=-20.0)]
    after = before.clone()
    apply_all(after, ops)
    assert review(before, after, ops, "even out the talking and dip the lofi under it") is None


def test_my_talking_names_the_talk_but_a_place_in_it_does_not():
    project = bonsai_project()
    assert "c1" in named_clips(project, "level out my talking")[0]
    assert "c1" not in named_clips(project, "put GOPR0457 over my talking about the soil")[0]
