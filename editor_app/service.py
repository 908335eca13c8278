"""The application service: one open project, wired once, used alike by the window, the CLI
(chat, eval, selftest) and plugins.

Why one object: the orchestrator used to be built four ways (the window with the context
index, the CLI without it, evals and tests their own way), so the same message resolved
differently in the CLI and the window. Here the session, the settings, the context index,
the agents (built-ins plus enabled plugins, with their manifests) and the orchestrator are
put together in one place, and the window and the CLI both go through it::

    service = AppService.open("demo")          # or AppService(session)
    service.sync_index()                       # off the UI thread in the window (IndexKeeper)
    result = service.run_turn_sync("cut the silences", auto_apply=False)
    service.apply(result)
    service.subscribe(lambda change: ...)      # Change events name what changed (tracks, clips, media)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from editor_app.session import Change, Session

log = logging.getLogger(__name__)


class AppService:
    """Session + settings + context index + agents + orchestrator + jobs for one project."""

    def __init__(self, session: Session, *, settings: Any = None, backend: Any = None, offline: bool = False,
                 agents: Any = None, manifests: dict[str, Any] | None = None, use_index: bool = True) -> None:
        self.session = session
        self.settings_problem: str | None = None  # set when the settings file could not be read
        self._settings = settings
        self._backend = backend
        self._offline = offline
        self._agents = agents
        self._manifests = manifests
        self.use_index = use_index
        self.index: Any = None
        self._orchestrator: Any = None

    # ---- lifecycle -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, **kw: Any) -> "AppService":
        return cls(Session.open(path), **kw)

    def close(self) -> None:
        self.session.close()

    @property
    def project(self):
        return self.session.project

    # ---- settings and the orchestrator --------------------------------------
    def settings(self) -> Any:
        """Provider settings (an unreadable file falls back to the offline planner, with a note)."""
        if self._settings is None and not self._offline:
            from editor_app.llm.settings import load_settings

            try:
                self._settings = load_settings()
            except ValueError as exc:
                self.settings_problem = f"Settings problem: {exc}. Using the offline planner."
                self._offline = True
        return self._settings

    def orchestrator(self):
        """The one orchestrator of this project (index-aware once the index is ready)."""
        if self._orchestrator is None:
            from editor_app.orchestrator import OfflineBackend, Orchestrator

            settings = self.settings()
            backend = self._backend if self._backend is not None else (OfflineBackend() if self._offline else None)
            self._orchestrator = Orchestrator(self.session, backend=backend, settings=settings, index=self.index,
                                              agents=self._agents, manifests=self._manifests)
        return self._orchestrator

    def reset_orchestrator(self) -> None:
        """Settings changed: the next turn builds a new orchestrator (the index is kept)."""
        self._orchestrator = None
        self._settings = None
        self.settings_problem = None

    # ---- context index -------------------------------------------------------
    def set_index(self, index: Any) -> None:
        """The context index is ready (the window syncs it off the UI thread): turns search it from now on."""
        self.index = index
        if self._orchestrator is not None:
            self._orchestrator.index = index

    def sync_index(self) -> dict[str, Any] | None:
        """Bring the project's index up to date and use it (blocking: call off the UI thread).

        A broken index is logged and the turns fall back to keyword search, as in the window.
        """
        if not self.use_index:
            return None
        try:
            stats = self.session.sync_index()
        except Exception as exc:  # noqa: BLE001 - a broken index must not stop editing
            log.warning("context index unavailable, using keyword search: %s", exc)
            return None
        self.set_index(self.session.context_index())
        return stats

    # ---- turns ---------------------------------------------------------------
    async def propose(self, message: str, **kw: Any):
        return await self.orchestrator().propose(message, **kw)

    async def run_turn(self, message: str, *, auto_apply: bool = True, **kw: Any):
        return await self.orchestrator().run_turn(message, auto_apply=auto_apply, **kw)

    def run_turn_sync(self, message: str, *, auto_apply: bool = True, **kw: Any):
        """One turn from synchronous code (CLI, evals, selftest)."""
        return asyncio.run(self.run_turn(message, auto_apply=auto_apply, **kw))

    def apply(self, result: Any):
        """Apply a proposed turn (re-validated only when the project changed since)."""
        return self.orchestrator().apply(result)

    def agents(self) -> list[Any]:
        return self.orchestrator().agents()

    # ---- edits and jobs --------------------------------------------------------
    def apply_ops(self, ops: Sequence[Any], label: str = "", **kw: Any):
        return self.session.apply(list(ops), label, **kw)

    def undo(self):
        return self.session.undo()

    def redo(self):
        return self.session.redo()

    def import_files(self, paths: Sequence[str | Path], **kw: Any):
        return self.session.import_files(list(paths), **kw)

    def export(self, output: str | Path, **kw: Any):
        """Render the timeline to a file (blocking; the window runs it in a worker)."""
        from editor_app.render.export import render

        kw.setdefault("cache_dir", self.session.path / "cache")  # the keyframe index built at import
        return render(self.session.project, output, **kw)

    # ---- change events ---------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Hear every change; ``Change.tracks/clips/media`` name what it touched (views update only that)."""
        return self.session.subscribe(listener)
