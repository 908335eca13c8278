"""Lead, round 16: a word said with a possessive ("arm" heard as "arm's") is that word when asked for by "where I say
arm": before, the word was not heard verbatim, so it was read as reported speech and the whole sentence was cut.
Coat-button project, our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.button_project import SCRIPT, button_project
from tests.planner.own_talk import heard


def _turn(tmp_path: Path, message: str):
    project = button_project()
    session = Session(ProjectStore.create(tmp_path / "button", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


def test_a_word_heard_with_its_possessive_is_that_word(tmp_path):
    project, result = _turn(tmp_path, "cut out the part where i say arm")
    whole = " ".join(s for s, _ in SCRIPT)
    assert heard(project) == whole.replace("an arm's length", "an length"), result.reply


def test_reported_speech_is_still_the_sentence(tmp_path):
    project, result = _turn(tmp_path, "cut where i say to find the old holes")
    assert SCRIPT[4][0] not in heard(project) and SCRIPT[3][0] in heard(project), result.reply
