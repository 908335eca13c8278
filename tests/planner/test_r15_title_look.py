"""Round 15 (lead): a title just added is restyled by the next turn ("make it bigger", "make the title a bit
smaller", "move the title to the bottom", "put it in the top right corner") and "remove the title" removes the one
title. Before: not understood, "make the title smaller" asked what a new title should say, "remove the title" asked
which clip, and a restyle said with "a bit" was held as "deleting a whole clip"."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.hosereel_project import hosereel_project


def _titles(project):
    return [c.generator for c in project.clips() if c.generator is not None and c.generator.kind == "title"]


def test_a_title_restyled_turn_by_turn_then_removed():
    project = hosereel_project()
    session = Session(ProjectStore.create(Path(tempfile.mkdtemp()), project), project, History())
    orch = Orchestrator(session, backend=OfflineBackend())

    def say(message):
        return asyncio.run(orch.run_turn(message, auto_apply=True))

    say('put a title "Hose Reel Fix" at the start')
    say("make it bigger")
    [title] = _titles(session.project)
    assert title.size > 72 and title.text == "Hose Reel Fix"
    big = title.size
    result = say("make the title a bit smaller")
    [title] = _titles(session.project)
    assert 72 < title.size < big, result.reply
    say("move the title to the bottom")
    assert _titles(session.project)[0].position == "bottom"
    say("put it in the top right corner")
    assert _titles(session.project)[0].position == "top-right"
    say("remove the title")
    assert _titles(session.project) == []
    assert any(c.media_id == "m1" for c in session.project.clips())  # the talk stays
