"""Lead, round 16: a word named with the quoted line it is in is cut alone. Before, "remove the word
anticlockwise from 'Twist the alarm anticlockwise'" cut the whole quoted line (the first quote was read as
the words to cut), "remove 'little' from 'Open the little battery door'" asked about a photo, and
"remove 'it can be a bit stiff' from the video" proposed removing the whole talk clip. Smoke-alarm project,
our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.model.word_cuts import timeline_words
from editor_app.model.words import norm
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.smokealarm_project import smokealarm_project


def _turn(tmp_path: Path, message: str):
    project = smokealarm_project()
    session = Session(ProjectStore.create(tmp_path / "alarm", project), project, History())
    before = [norm(w.text) for w in timeline_words(project)]
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    after = [norm(w.text) for w in timeline_words(session.project)]
    return before, after, result


def _removed(before: list[str], after: list[str]) -> list[str]:
    """The words cut, in order (a multiset difference that keeps the order they were said in)."""
    left = list(after)
    gone = []
    for w in before:
        if left and left[0] == w:
            left.pop(0)
        else:
            gone.append(w)
    return gone


@pytest.mark.parametrize("message, gone", [
    ("remove the word anticlockwise from 'Twist the alarm anticlockwise'", ["anticlockwise"]),
    ("take out the word little from \"Open the little battery door\"", ["little"]),
    ("cut the word 'old' out of 'Pull the old nine volt battery off its clip'", ["old"]),
    ("delete the word bit from \"it can be a bit stiff\"", ["bit"]),
    ("remove 'little' from 'Open the little battery door'", ["little"]),
    ("get rid of the 'little' in 'Open the little battery door'", ["little"]),
    ("cut little out of 'Open the little battery door'", ["little"]),
])
def test_a_word_in_a_quoted_line_is_cut_alone(tmp_path, message, gone):
    before, after, result = _turn(tmp_path, message)
    assert _removed(before, after) == gone, result.reply


@pytest.mark.parametrize("message", [
    "remove the word loudly from 'Twist the alarm anticlockwise'",  # the line does not hold it
    "remove the word little from 'Open the tiny battery door'",  # the line is not said
])
def test_a_word_the_quoted_line_lacks_asks(tmp_path, message):
    before, after, result = _turn(tmp_path, message)
    assert after == before, result.reply


@pytest.mark.parametrize("message, gone", [
    ("remove \"it can be a bit stiff\" from the video", "it can be a bit stiff"),
    ("cut 'Open the little battery door' from the talk", "open the little battery door"),
    ("take 'stand it right under the alarm' out of the video", "stand it right under the alarm"),
])
def test_a_quote_cut_from_the_video_is_those_words(tmp_path, message, gone):
    before, after, result = _turn(tmp_path, message)
    assert " ".join(_removed(before, after)) == gone, result.reply
    assert len(after) == len(before) - len(gone.split())
