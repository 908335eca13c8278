"""Chat about tracks and placing media, through the offline planner (own media names, not the demo's)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import ImportMedia, parse_operation
from editor_app.model.placement import placement_ops, starter_track_ops
from editor_app.model.project import MediaAsset, Project
from editor_app.planner.core import plan


def _asset(name: str, kind: str = "video", seconds: float = 4.0) -> MediaAsset:
    return MediaAsset(id="", name=name, path=f"/shoot/{name}.mp4", kind=kind, has_audio=True,  # type: ignore[arg-type]
                      has_video=kind == "video", duration=Fraction(seconds))


@pytest.fixture
def project() -> Project:
    p = Project(settings={"fps": 25})
    apply_all(p, [*starter_track_ops(), *(ImportMedia(asset=_asset(n, seconds=s))
                                        for n, s in (("vlog", 20), ("shot10", 3), ("shot2", 2), ("shot1", 4)))])
    apply_all(p, [ImportMedia(asset=_asset("ambience", "audio", 30))])
    return p


def apply_plan(project: Project, message: str, playhead: int | None = None) -> Project:
    result = plan(message, project, playhead=playhead)
    assert result.understood, result.reply
    scratch = project.clone()
    apply_all(scratch, [parse_operation({**s.args, "op": s.tool}, scratch.fps, units="seconds") for s in result.steps])
    return scratch


def test_add_tracks(project):
    after = apply_plan(project, "add a video track")
    assert (after.tracks[-1].kind, after.tracks[-1].name) == ("video", "Video 3")
    after = apply_plan(project, "please add an audio track called interviews")
    assert (after.tracks[-1].kind, after.tracks[-1].name) == ("audio", "Interviews")
    after = apply_plan(project, "create a new titles track")
    assert after.tracks[-1].role == "titles"


def test_rename_remove_lock_hide_move(project):
    after = apply_plan(project, "rename the B-roll track to Cutaways")
    assert [t.name for t in after.tracks] == ["Main", "Cutaways", "Music"]
    after = apply_plan(project, "call track t3 score")
    assert after.tracks[2].name == "Score"
    after = apply_plan(project, "delete the music track")
    assert [t.name for t in after.tracks] == ["Main", "B-roll"]
    assert apply_plan(project, "lock the main track").tracks[0].locked
    assert apply_plan(project, "hide the broll track").tracks[1].hidden
    after = apply_plan(project, "move the main track up")
    assert [t.name for t in after.tracks] == ["B-roll", "Main", "Music"]
    refused = plan("move the b-roll track up", project)
    assert not refused.understood and "as far up" in refused.reply
    refused = plan("move the music track above the main track", project)
    assert not refused.understood and "audio" in refused.reply


def test_put_media_on_the_timeline(project):
    after = apply_plan(project, "put the vlog on the timeline")
    main = after.tracks[0]
    assert [c.media_id for c in main.clips] == ["m1"] and main.clips[0].duration == 20 * 25
    after = apply_plan(after, "add shot2 to the timeline at the playhead", playhead=125)
    assert [(c.media_id, c.start) for c in after.tracks[0].clips][:3] == [("m1", 0), ("m3", 125), ("m1", 175)]


def test_add_all_the_clips_in_order(project):
    after = apply_plan(project, "add all the clips in order")
    names = [after.media[c.media_id].name for c in after.tracks[0].clips]
    assert names == ["shot1", "shot2", "shot10", "vlog"]  # numbers compare as numbers; audio stays off
    starts = [c.start for c in after.tracks[0].clips]
    assert starts == [0, 100, 150, 225]
    again = plan("add all the clips in order", after)
    assert not again.understood and "already on the timeline" in again.reply


def test_placement_matches_the_cli_rule(project):
    """Chat places exactly where `import --place` would (same function)."""
    via_chat = apply_plan(project, "put the ambience on the timeline")
    direct = project.clone()
    apply_all(direct, placement_ops(direct, ["m5"]))
    assert [(c.media_id, c.start, c.duration) for c in via_chat.tracks[2].clips] == \
        [(c.media_id, c.start, c.duration) for c in direct.tracks[2].clips] == [("m5", 0, 750)]


def test_clip_commands_are_not_taken_for_track_commands(project):
    placed = apply_plan(project, "put the vlog on the timeline")
    result = plan("remove the vlog clip", placed)
    assert [s.tool for s in result.steps] == ["remove_clip"]
    result = plan("mute the music track", placed)
    assert [(s.tool, s.args.get("muted")) for s in result.steps] == [("update_track", True)]
