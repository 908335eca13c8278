"""A conversation with the editor about the bonsai project (tests/planner/bonsai_project.py), every turn
through the orchestrator with the offline planner, as in the app (chat memory, undo history, safety review)."""

from __future__ import annotations

import asyncio

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.bonsai_project import bonsai_session


class Chat:
    """A fresh copy of the project; turns applied as the review allows (a held plan waits for a yes)."""

    def __init__(self, folder, broll: dict[str, float] | None = None) -> None:
        self.session = bonsai_session(folder, broll)
        self.orchestrator = Orchestrator(self.session, backend=OfflineBackend())

    def say(self, message: str):
        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def clips_of(self, media_id: str) -> list:
        return [c for c in self.project.clips() if c.media_id == media_id]

    def span(self, media_id: str) -> tuple[float, float]:
        [clip] = self.clips_of(media_id)
        return float(seconds(clip.start, self.project.fps)), float(seconds(clip.end, self.project.fps))

    def length(self) -> float:
        return float(seconds(self.project.duration, self.project.fps))

    def music(self):
        [clip] = self.clips_of("m9")
        return clip

    def dump(self) -> dict:
        return self.project.model_dump()
