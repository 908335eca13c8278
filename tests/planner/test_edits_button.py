"""Round-10 edits on a project of our own (tests/planner/button_project.py: sewing a button back onto
a coat): titles with a length said loosely or at the start of a described part of the talk, a title
re-worded after it was made, a clip's length said as "N seconds too long" or "leave it up for N",
moves by "forward by N" or to a described part of the talk, and two clips named by what their
descriptions share swapped. Phrasings are our own, written before the mechanisms.

Each turn is planned with the conversation so far, applied as ONE batch through History (as the
orchestrator applies a turn), remembered as the orchestrator remembers it, and put through the
turn's safety review (orchestrator.safety.review), which holds plans that touch clips not named.
"""

from __future__ import annotations

import pytest

from editor_app.model.history import History, apply_all
from editor_app.model.project import Project
from editor_app.model.time import seconds
from editor_app.orchestrator.safety import review
from editor_app.planner import plan
from editor_app.planner.core import _touched
from editor_app.planner.memory import ChatMemory, TurnRecord
from editor_app.tools import TOOLS, ToolContext
from tests.planner.button_project import button_project, sentence_span


class Talk:
    """A chat about one project: plan each message with the memory, apply it as one batch, remember it."""

    def __init__(self, project: Project) -> None:
        self.project, self.history, self.memory = project, History(), ChatMemory()
        self.held: str | None = None

    def say(self, message: str):
        result = plan(message, self.project, memory=self.memory)
        last = self.memory.last_edit()
        if not result.steps:
            self.memory.record(TurnRecord(message=message, reply=result.reply, kind=result.special or "unclear"))
            return result
        before, scratch, ops = self.project.clone(), self.project.clone(), []
        for s in result.steps:
            made = TOOLS.find(s.tool).call(ToolContext(scratch, None), s.args)
            apply_all(scratch, made)
            ops.extend(made)
        self.held = review(before, scratch, ops, message, last_clips=tuple(last.clip_ids) if last else ())
        self.history.apply(self.project, ops, message)
        self.memory.record(TurnRecord(
            message=message, reply=result.reply, applied=True, clip_ids=list(_touched(before, self.project)),
            steps=[{"agent": s.agent, "tool": s.tool, "args": s.args} for s in result.steps]))
        return result


def sec(project: Project, frames) -> float:
    return round(float(seconds(frames, project.fps)), 3)


def clip_of(project: Project, media_id: str):
    [clip] = [c for c in project.clips() if c.media_id == media_id]
    return clip


def span(project: Project, media_id: str) -> tuple[float, float]:
    clip = clip_of(project, media_id)
    return sec(project, clip.start), sec(project, clip.end)


def titles(project: Project) -> list[tuple[str, float, float]]:
    return [(c.generator.text, sec(project, c.start), sec(project, c.duration))
            for c in project.clips() if c.generator is not None and c.generator.kind == "title"]


def media_clips(project: Project) -> list[tuple[str, float, float]]:
    return sorted((c.media_id, sec(project, c.start), sec(project, c.end)) for c in project.clips() if c.media_id)


# ---- re-wording the title the last turn made ---------------------------------------------------

@pytest.mark.parametrize("reword", ['change it to say "Top button, sewn back on"',
                                    'can you change that so it says "Top button, sewn back on"',
                                    'make it read "Top button, sewn back on"',
                                    'change it to read "Top button, sewn back on" instead'])
def test_rewording_it_after_a_caption_changes_that_caption_and_nothing_else(reword):
    talk = Talk(button_project(broll={"m3": 30}))
    talk.say('put a caption "Lost button" at 0:08')
    before = media_clips(talk.project)
    talk.say(reword)
    assert titles(talk.project) == [("Top button, sewn back on", 8.0, 3.0)]
    assert media_clips(talk.project) == before  # no clip removed, no media inserted
    assert talk.held is None, talk.held


# ---- titles: a length said loosely, a place said as part of the talk ----------------------------

@pytest.mark.parametrize("message,length", [('add a title "Sewing On a Button" at the beginning, 6 seconds', 6.0),
                                            ('title "Sewing On a Button" at the start - 8 secs', 8.0),
                                            ('put the heading "Sewing On a Button" at 0:00, 7 s long', 7.0)])
def test_a_title_length_said_after_a_comma_is_its_duration(message, length):
    talk = Talk(button_project())
    talk.say(message)
    assert titles(talk.project) == [("Sewing On a Button", 0.0, length)]


@pytest.mark.parametrize("message", ["title 'Step 3: The Shank' at the start of the shank section",
                                     "add the caption 'Step 3: The Shank' at the beginning of the part about the shank"])
def test_a_title_at_the_start_of_a_described_part_starts_where_that_part_starts(message):
    talk = Talk(button_project())
    talk.say(message)
    [(text, start, _)] = titles(talk.project)
    assert text == "Step 3: The Shank"
    assert start == pytest.approx(sentence_span(9)[0], abs=0.05)


@pytest.mark.parametrize("follow", ["leave it up for 5 secs", "keep that on screen for 5 seconds",
                                    "let it stay up for 5 seconds"])
def test_leave_it_up_for_n_sets_the_length_of_the_clip_just_placed(follow):
    talk = Talk(button_project())
    talk.say("put the coat done photo at 0:50")
    start, _ = span(talk.project, "m7")
    talk.say(follow)
    assert span(talk.project, "m7") == (start, start + 5.0)
    assert talk.held is None, talk.held


def test_leave_the_title_up_for_n_sets_the_title_length():
    talk = Talk(button_project())
    talk.say('add a caption "Three knots" at 0:60')
    talk.say("leave it up for 4 secs")
    assert titles(talk.project) == [("Three knots", 60.0, 4.0)]


# ---- trims said as how much too long ------------------------------------------------------------

@pytest.mark.parametrize("message", ["the GoPro clip's 2 seconds too long, shorten it",
                                     "the gopro clip is 2 secs too long",
                                     "GX020771 runs 2 seconds too long, trim it"])
def test_n_seconds_too_long_takes_n_off_the_end_of_that_clip(message):
    talk = Talk(button_project(broll={"m5": 48}))
    talk.say(message)
    assert span(talk.project, "m5") == (48.0, 50.0)


def test_n_seconds_too_short_makes_a_still_that_much_longer():
    talk = Talk(button_project(broll={"m6": 12}))
    talk.say("the button kit photo is 3 seconds too short")
    assert span(talk.project, "m6") == (12.0, 19.0)


# ---- moves: forward by N, to a described part of the talk ---------------------------------------

@pytest.mark.parametrize("message", ["bring the coat done photo forward by 2 secs", "bring the coat photo forward 2 seconds",
                                     "move the finished coat photo 2 seconds earlier"])
def test_bringing_a_clip_forward_by_n_moves_it_n_seconds_earlier(message):
    talk = Talk(button_project(broll={"m7": 60}))
    talk.say(message)
    assert span(talk.project, "m7") == (58.0, 62.0)


@pytest.mark.parametrize("message", ["shift the GoPro clip so it starts when I talk about the shank",
                                     "move the gopro clip so that it begins where I explain the shank",
                                     "slide GX020771 so it starts when I mention the shank"])
def test_a_move_so_it_starts_at_a_described_part_starts_it_there(message):
    talk = Talk(button_project(broll={"m5": 20}))
    talk.say(message)
    start, end = span(talk.project, "m5")
    assert start == pytest.approx(sentence_span(9)[0], abs=0.3)
    assert end - start == pytest.approx(4.0)


# ---- two clips named by what their descriptions share -------------------------------------------

@pytest.mark.parametrize("message", ["the two stitch clips are the wrong way round, swap them",
                                     "the 2 stitches clips are in the wrong order",
                                     "the stitching clips are back to front, flip them"])
def test_two_clips_named_by_a_shared_description_word_swap(message):
    talk = Talk(button_project(broll={"m4": 30, "m3": 34}))  # the last stitches before the first ones
    talk.say(message)
    assert span(talk.project, "m3") == (30.0, 34.0)
    assert span(talk.project, "m4") == (34.0, 38.0)


def test_the_wrong_way_round_with_three_such_clips_asks_and_changes_nothing():
    talk = Talk(button_project(broll={"m4": 30, "m3": 34, "m2": 40}))  # "needle" and "stitches"... only 2 share
    start = talk.project.clone()
    result = talk.say("the three clips are the wrong way round")
    assert result.steps == [] and talk.project.model_dump() == start.model_dump()


@pytest.mark.parametrize("message", ["move the gopro clip to where I talk about the shank",
                                     "move GX020771 to the part about the shank",
                                     "shift the GoPro clip so it lines up with when I talk about the shank"])
def test_a_move_to_a_described_part_starts_it_there(message):
    talk = Talk(button_project(broll={"m5": 20}))
    talk.say(message)
    start, end = span(talk.project, "m5")
    assert start == pytest.approx(sentence_span(9)[0], abs=0.3)
    assert end - start == pytest.approx(4.0)


def test_a_move_to_a_part_the_talk_never_has_asks_and_changes_nothing():
    talk = Talk(button_project(broll={"m5": 20}))
    start = talk.project.clone()
    result = talk.say("shift the GoPro clip so it starts when I talk about the zip")
    assert result.steps == [] and talk.project.model_dump() == start.model_dump(), result.reply


def test_a_title_at_the_end_of_a_described_part_ends_with_it():
    talk = Talk(button_project())
    talk.say("caption 'Good as new' at the end of the knots section, 2 seconds")
    [(text, start, length)] = titles(talk.project)
    assert (text, length) == ("Good as new", 2.0)
    assert start + length == pytest.approx(sentence_span(10)[1], abs=0.3)
