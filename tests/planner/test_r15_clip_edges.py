"""Round 15: where a clip or the video starts or ends, said as words in the talk or as a time.

1. "trim the lid clip so it ends when I say burner tubes" cut "burner tubes" out of the talk: now the
   named B-roll clip's end goes to where those words are said (its head, for "starts"); words said
   twice, words not said, or a clip not on the timeline ask, and the talk is never cut.
2. "make the music start at 10 s" trimmed the music to end at 0:10: now the clip moves to start
   there (music trimmed so it does not run past the end of the video).
3. "start the video at 0:05" moved the talk clip to 0:05, leaving black: now the first 5 s are cut
   from every track, as "cut the first 5 seconds" does.

Each turn runs through the orchestrator on a fresh project (tests/planner/grill_cases.py) and the
timeline after it is checked.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import pytest

from editor_app.model.time import seconds_to_frames
from editor_app.model.word_cuts import timeline_words
from editor_app.model.words import find_phrase, norm
from tests.planner.beanie_project import beanie_project
from tests.planner.grill_cases import clips_of, turn
from tests.planner.grill_project import grill_project
from tests.planner.gutter_project import gutter_project
from tests.planner.hosereel_project import hosereel_project


def run(project, message: str):
    """(project after, dump before, result) of one turn on ``project`` (any test project)."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session

    session = Session(ProjectStore.create(Path(tempfile.mkdtemp(prefix="r15-")), project), project, History())
    before = project.model_dump()
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, before, result


def said_at(project, phrase: str) -> list[float]:
    """Timeline seconds where each saying of ``phrase`` starts."""
    placed = timeline_words(project)
    return [placed[a].start for a, _ in find_phrase([norm(p.text) for p in placed], phrase)]


def frames(project, seconds: float) -> int:
    return seconds_to_frames(seconds, project.fps)


def unchanged(project, before, media_id: str) -> bool:
    after = [c.model_dump() for c in clips_of(project, media_id)]
    was = [c for t in before["tracks"] for c in t["clips"] if c.get("media_id") == media_id]
    return after == was


# ---- 1. a clip's edge at words said ----------------------------------------------------------


def test_lid_clip_ends_when_the_words_are_said_and_the_talk_is_untouched():
    [at] = said_at(grill_project(), "burner tubes")
    project, before, _ = turn("trim the lid clip so it ends when I say burner tubes", {"m3": 30})
    [clip] = clips_of(project, "m3")
    assert clip.start == 30 * project.fps
    assert clip.end == frames(project, at)
    assert unchanged(project, before, "m1")  # the talk: not a word cut


def test_lid_clip_that_ends_before_the_words_moves_to_end_there_the_talk_untouched():
    # the brief's own case: c3 runs 0:20-0:24 and its 6 s media cannot reach 0:33.4 by trimming
    [at] = said_at(grill_project(), "burner tubes")
    project, before, _ = turn("trim the lid clip so it ends when I say burner tubes", {"m3": 20})
    [clip] = clips_of(project, "m3")
    assert clip.end == frames(project, at)
    assert clip.duration == 4 * project.fps  # its length kept
    assert unchanged(project, before, "m1")


@pytest.mark.parametrize("message", ["make the lid clip end when I say burner tubes",
                                     "the lid clip should end when I say burner tubes",
                                     "cut the lid clip off when I say burner tubes",
                                     "trim the lid clip to end when I say burner tubes",
                                     "trim the end of the lid clip so it ends when I say burner tubes"])
def test_lid_clip_end_said_other_ways(message):
    [at] = said_at(grill_project(), "burner tubes")
    project, before, _ = turn(message, {"m3": 30})
    [clip] = clips_of(project, "m3")
    assert (clip.start, clip.end) == (30 * project.fps, frames(project, at))
    assert unchanged(project, before, "m1")


def test_lid_clip_starts_when_the_words_are_said_its_head_trimmed():
    [at] = said_at(grill_project(), "soapy water")
    project, before, _ = turn("trim the lid clip so it starts when I say soapy water", {"m3": 20})
    [clip] = clips_of(project, "m3")
    assert (clip.start, clip.end) == (frames(project, at), 24 * project.fps)
    assert unchanged(project, before, "m1")


def test_end_the_clip_when_i_start_talking_about_a_topic():
    from tests.planner.grill_project import sentence_span

    start, _ = sentence_span(5)  # "Pull the burner tubes and brush along the holes ..."
    project, before, _ = turn("end the lid clip right when I start talking about the burner tubes", {"m3": 30})
    [clip] = clips_of(project, "m3")
    assert (clip.start, clip.end) == (30 * project.fps, frames(project, start))
    assert unchanged(project, before, "m1")


def test_words_said_twice_ask_and_change_nothing():
    project, before, result = turn("trim the lid clip so it ends when I say wire brush", {"m3": 20})
    assert project.model_dump() == before
    assert "end c3 (DSC_0918.MOV)" in result.reply and "2 times" in result.reply  # asked about the clip, not a cut


def test_words_not_said_ask_and_change_nothing():
    project, before, result = turn("trim the lid clip so it ends when I say chimney sweep", {"m3": 20})
    assert project.model_dump() == before
    assert "end c3 (DSC_0918.MOV)" in result.reply and "chimney sweep" in result.reply


def test_clip_not_on_the_timeline_asks_and_cuts_no_words():
    project, before, result = turn("trim the burner tubes clip so it ends when I say carbon", {"m3": 20})
    assert project.model_dump() == before
    assert "not on the timeline" in result.reply


def test_hosereel_ptfe_clip_ends_when_the_words_are_said():
    [at] = said_at(hosereel_project(), "brass thread")
    project, before, _ = run(hosereel_project({"m8": 35}), "make the ptfe_wrap clip end when I say brass thread")
    [clip] = clips_of(project, "m8")
    assert (clip.start, clip.end) == (35 * project.fps, frames(project, at))
    assert unchanged(project, before, "m1")


def test_beanie_pompom_clip_starts_when_the_words_are_said():
    [at] = said_at(beanie_project(), "plastic pompom maker")
    project, before, _ = run(beanie_project({"m6": 32}), "trim the pompom maker clip so it starts when I say plastic pompom maker")
    [clip] = clips_of(project, "m6")
    assert clip.start == frames(project, at)
    assert unchanged(project, before, "m1")


def test_gutter_words_said_twice_ask():
    project, before, result = run(gutter_project({"m2": 30}), "trim DJI_0311 so it ends when I say downpipe")
    assert project.model_dump() == before
    assert "end c3 (DJI_0311.MP4)" in result.reply and "2 times" in result.reply


# ---- 2. a clip starts at a time ----------------------------------------------------------------


@pytest.mark.parametrize("message", ["make the music start at 10 s", "have the music come in at 0:10",
                                     "the music should start at 10 seconds"])
def test_music_starts_at_the_time_and_ends_with_the_video(message):
    project, before, _ = turn(message)
    [music] = clips_of(project, "m10")
    [talk] = clips_of(project, "m1")
    assert music.start == 10 * project.fps
    assert music.end == talk.end  # not past the end of the video
    assert music.source_in == 0  # moved, not trimmed at its head
    assert unchanged(project, before, "m1")


def test_start_the_lid_clip_at_a_time_moves_it_without_a_confirmation():
    project, _, _ = turn("start the lid clip at 0:30", {"m3": 20})
    [clip] = clips_of(project, "m3")
    assert (clip.start, clip.duration) == (30 * project.fps, 4 * project.fps)


def test_beanie_music_begins_at_a_time():
    project, before, _ = run(beanie_project(), "make the music begin at 0:08")
    [music] = clips_of(project, "m12")
    [talk] = clips_of(project, "m1")
    assert (music.start, music.end) == (8 * project.fps, talk.end)


def test_hosereel_music_needs_to_come_in_at_a_time():
    project, before, _ = run(hosereel_project(), "the music needs to come in at 12 seconds")
    [music] = clips_of(project, "m10")
    [talk] = clips_of(project, "m1")
    assert (music.start, music.end) == (12 * project.fps, talk.end)


def test_music_starting_after_the_video_ends_asks():
    project, before, result = turn("make the music start at 5:00")
    assert project.model_dump() == before


# ---- 3. the video starts at a time -----------------------------------------------------------


@pytest.mark.parametrize("message", ["start the video at 0:05", "make the video start at 5 seconds",
                                     "have the video begin at 0:05"])
def test_the_video_starting_at_a_time_cuts_what_is_before_it(message):
    cut, _, _ = turn("cut the first 5 seconds", {"m3": 20})
    project, _, _ = turn(message, {"m3": 20})
    assert project.model_dump()["tracks"] == cut.model_dump()["tracks"]
    [talk] = clips_of(project, "m1")
    assert (talk.start, talk.source_in) == (0, 5 * project.fps)  # no black at the start


def test_hosereel_video_should_start_at_a_time():
    cut, _, _ = run(hosereel_project(), "cut the first 3 seconds")
    project, _, _ = run(hosereel_project(), "the video should start at 3 seconds")
    assert project.model_dump()["tracks"] == cut.model_dump()["tracks"]
    [talk] = clips_of(project, "m1")
    assert talk.start == 0


def test_gutter_begin_the_video_at_a_time():
    cut, _, _ = run(gutter_project(), "cut the first 2 seconds")
    project, _, _ = run(gutter_project(), "begin the video at 0:02")
    assert project.model_dump()["tracks"] == cut.model_dump()["tracks"]


def test_the_video_starting_past_its_end_asks():
    project, before, _ = turn("start the video at 5:00")
    assert project.model_dump() == before
