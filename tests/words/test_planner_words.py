"""The offline planner understands word edits, and its tool calls do what was asked on real speech."""

from __future__ import annotations

import pytest
from speech_truth import chunks, kept_source_spans, speech_project

from editor_app.model.history import apply_all
from editor_app.model.operations import parse_operation
from editor_app.model.word_cuts import timeline_words
from editor_app.planner.core import plan


def run(message: str, project):
    result = plan(message, project)
    assert result.understood, result.reply
    ops = [parse_operation({**s.args, "op": s.tool}, project.fps, units="seconds") for s in result.steps]
    after = project.clone()
    apply_all(after, ops)
    return result, after


def heard(project) -> list[str]:
    return [w.text for w in timeline_words(project)]


@pytest.mark.parametrize("message", ["remove the ums and uhs", "Get rid of the filler words please", "strip out all the fillers"])
def test_remove_fillers(message):
    project = speech_project("fillers")
    result, after = run(message, project)
    assert [s.tool for s in result.steps] == ["remove_fillers"] and result.steps[0].agent == "speech"
    assert "um" not in heard(after) and "uh" not in heard(after)
    assert len(heard(after)) == len(heard(project)) - 4


def test_optional_fillers_only_when_named():
    project = speech_project("fillers")
    _, after = run('remove the fillers and every "so"', project)
    assert "So" not in heard(after)
    _, plain = run("remove the fillers", project)
    assert "So" in heard(plain)


def test_cut_the_part_where_i_say():
    project = speech_project("fillers")
    result, after = run("cut the part where I say my new camera", project)
    assert result.steps[0].tool == "cut_words" and "my new camera" in result.reply
    assert heard(after)[:6] == ["So", "um", "today", "I", "want", "to"]
    assert "camera." not in heard(after) and "It" in heard(after)


def test_said_twice_is_asked_about():
    project = speech_project("fillers")
    result = plan('cut the part where I say "um"', project)
    assert not result.understood and "2 times" in result.reply


def test_delete_the_sentence_about():
    project = speech_project("pancakes")
    result, after = run("delete the sentence about the eggs", project)
    assert "whisk two eggs" in result.reply
    third = chunks("pancakes", "speech")[2]
    kept = sum(max(0.0, min(third["end"], e) - max(third["start"], s)) for s, e, _ in kept_source_spans(after))
    assert kept < 0.02
    assert "pancakes" in heard(after) and "eggs" not in heard(after)


def test_shorten_the_long_pauses():
    project = speech_project("pancakes")
    result, after = run("shorten the long pauses to half a second", project)
    assert result.steps[0].args == {"max_pause": 0.5}
    placed = timeline_words(after)
    assert max(b.start - a.end for a, b in zip(placed, placed[1:])) <= 0.5 + 2 / 30


def test_remove_the_retakes():
    project = speech_project("pancakes")
    words = list(project.media["m1"].words)
    first = [i for i, w in enumerate(words) if w.end <= 3.9]
    second = [w for w in words if 5.9 <= w.start <= 10.4]
    for k, i in enumerate(first):
        words[i] = words[i].model_copy(update={"text": second[k].text if k < len(second) else "bowl."})
    project.media["m1"] = project.media["m1"].model_copy(update={"words": tuple(words)})
    result, after = run("remove the retakes", project)
    assert result.steps[0].tool == "remove_retakes"
    assert len(heard(after)) == len(heard(project)) - len(first)


def test_without_a_transcript():
    project = speech_project("fillers")
    project.media["m1"] = project.media["m1"].model_copy(update={"words": ()})
    result = plan("remove the ums and uhs", project)
    assert not result.understood and "Transcribe" in result.reply
    assert plan("tighten up the dead air", project).steps[0].tool == "remove_silences"


def test_one_pause_named_by_the_words_before_it_is_the_only_one_cut():
    """"the pause after 'my new camera'": that pause (3.07-3.99 s in the real speech), not all of them."""
    from editor_app import tools

    project = speech_project("fillers")
    result = plan("remove the pause after 'my new camera'", project)
    assert [s.tool for s in result.steps] == ["remove_silences"]
    after = project.clone()
    apply_all(after, tools.expand("remove_silences", result.steps[0].args, after))
    removed = float((project.duration - after.duration) / project.fps)
    assert 0.6 < removed < 0.95  # the 0.92 s gap, give or take the silence detector's edges
    assert heard(after) == heard(project)
    words = timeline_words(after)
    gap = next(b.start - a.end for a, b in zip(words, words[1:]) if a.text == "hours.")
    assert gap > 0.9  # the pause after "two hours." is still there


@pytest.mark.parametrize("message, asks", [("remove the pause after 'banana bread'", "couldn't find"),
                                           ("cut the pause after 'I want to'", "no pause")])
def test_a_pause_that_is_not_there_asks(message, asks):
    result = plan(message, speech_project("fillers"))
    assert not result.understood and not result.steps and asks in result.reply


def test_one_um_asks_which_and_a_time_picks_it():
    project = speech_project("fillers")
    asked = plan("cut just the um", project)
    assert not asked.understood and "There are 2" in asked.reply and "0:07" in asked.reply
    result, after = run("cut the um at 0:07", project)
    assert [s.tool for s in result.steps] == ["cut_words"]
    assert heard(after).count("um") == 1 and len(heard(after)) == len(heard(project)) - 1
    _, every = run("cut the ums", project)
    assert "um" not in heard(every)
