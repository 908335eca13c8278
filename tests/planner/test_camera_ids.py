"""Camera file names that look like clip ids (lead, round 10): a Sony/Canon "C0107.MP4" said as
"C0107", "c0107.mp4" or "c107" is that file, not a clip c107 that does not exist; a real clip id keeps
meaning the clip. Our own project: a pottery session filmed on a Sony camera."""

from __future__ import annotations

import pytest

from editor_app.model.history import apply_all
from editor_app.planner import plan
from editor_app.tools import TOOLS, ToolContext
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [("Today I'm throwing a small bowl on the wheel.", 0.4), ("First I centre the clay with wet hands.", 0.4),
          ("Then I open it up and pull the walls.", 1.2), ("Next week I trim the foot and glaze it.", 0.5)]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def pottery():
    others = [asset("C0107.MP4", "video", 6.0, "trimming the foot of a bowl on the wheel"),
              asset("C0112.MP4", "video", 6.0, "dipping the bowl into a bucket of glaze"),
              asset("wheel hum.mp3", "audio", 60.0, "")]
    return talk_project("pottery", talk_asset("C0103.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m4",
                        music_db=-18.0, broll={"m2": 3.0})  # C0107 as c3 on the B-roll track


def steps_of(message, project):
    result = plan(message, project)
    return result, [(s.tool, s.args) for s in result.steps]


def clip_ids(steps) -> set[str]:
    return {v for _tool, args in steps for k, v in args.items() if k in ("clip_id", "clip_ids") for v in
            ([v] if isinstance(v, str) else v)}


@pytest.mark.parametrize("message", ["make C0107 black & white", "make c0107.mp4 black and white",
                                     "c107 in black and white please"])
def test_a_camera_name_said_like_a_clip_id_is_that_file_on_the_timeline(message):
    p = pottery()
    result, steps = steps_of(message, p)
    assert result.understood and steps, result.reply
    assert clip_ids(steps) == {"c3"}


def test_moving_and_speeding_a_camera_named_clip():
    p = pottery()
    result = plan("move C0107 to 0:05", p)
    assert result.understood and result.steps, result.reply
    for s in result.steps:
        apply_all(p, TOOLS.find(s.tool).call(ToolContext(p, None), s.args))
    assert float(p.find_clip("c3")[1].start) / p.fps == pytest.approx(5.0)
    result, steps = steps_of("C0107 at 50% speed", p)
    assert result.understood and clip_ids(steps) == {"c3"}


def test_a_camera_named_file_not_on_the_timeline_changes_nothing_else():
    result, steps = steps_of("make C0112 black and white", pottery())
    assert steps == [] and "C0112" in result.reply


def test_a_real_clip_id_still_means_the_clip():
    result, steps = steps_of("make c3 black and white", pottery())
    assert clip_ids(steps) == {"c3"}
    result, steps = steps_of("make c2 quieter", pottery())
    assert clip_ids(steps) == {"c2"}  # the music clip, not a file numbered 2


def test_quoted_text_keeps_the_camera_name():
    result, steps = steps_of('add a title "C0107 outtakes" at 0:01', pottery())
    assert any(args.get("text") == "C0107 outtakes" for _tool, args in steps), steps


@pytest.mark.parametrize("message", ["make C0107 black & white", "C0107 at 50% speed", "move c0107.mp4 to 0:05"])
def test_the_safety_review_reads_a_camera_name_as_the_file_it_names(message):
    """The plan changes the clip the request named, so it is not held as touching an unnamed clip."""
    from editor_app.orchestrator.safety import review

    p = pottery()
    result = plan(message, p)
    after, ops = p.clone(), []
    for s in result.steps:
        batch = TOOLS.find(s.tool).call(ToolContext(after, None), s.args)
        apply_all(after, batch)
        ops.extend(batch)
    assert ops and review(p, after, ops, message) is None


def test_the_safety_review_still_holds_a_change_to_another_clip():
    from editor_app.orchestrator.safety import review
    from editor_app.model.operations import parse_operation

    p = pottery()
    ops = [parse_operation({"op": "set_volume", "clip_id": "c1", "db": -6}, p.fps, units="seconds")]
    after = p.clone()
    apply_all(after, ops)
    assert review(p, after, ops, "make C0107 quieter") is not None  # c1 is the talk, not C0107
