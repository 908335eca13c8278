"""The context index for a one-turn CLI chat, opened only when the turn searches it.

Why: `editor-app chat` used to open and sync the project's Chroma index before every turn,
and importing chromadb alone is about 3 s of CPU, paid even by "cut the first second",
which never searches. The orchestrator reads the index only through ``search``; this
stand-in opens and syncs the real index (the same ``AppService.sync_index`` the window's
IndexKeeper runs) at the first search, so a turn that searches gets the very hits it got
before, and a turn that does not never loads Chroma.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any


class IndexOnFirstSearch:
    """Stands in for ``ContextIndex`` in ``AppService.index`` until a search needs the real one."""

    def __init__(self, service: Any) -> None:
        # weak: the service holds this stand-in, and a cycle would keep the session (and the CLI's
        # one-writer lock) alive until the garbage collector happened to run
        self._service = weakref.ref(service)
        self.opened = False
        self._lock = threading.Lock()

    def real(self) -> Any:
        """The synced ContextIndex, or None when the index is off or broken (turns then use keywords)."""
        with self._lock:
            service = self._service()
            if service is None:
                return None
            if not self.opened:
                self.opened = True
                service.sync_index()  # sets service.index (and the orchestrator's) to the real one
            index = service.index
            return None if index is self else index

    def search(self, query: str, kind: str | None = None, k: int = 5, media_id: str | None = None,
               time_range: tuple[float, float] | None = None, timeline: bool = True) -> list[Any]:
        index = self.real()
        if index is None:  # the orchestrator answers a failed search with its keyword search
            raise RuntimeError("the context index is unavailable")
        return index.search(query, kind=kind, k=k, media_id=media_id, time_range=time_range, timeline=timeline)


def defer_index(service: Any) -> IndexOnFirstSearch | None:
    """Give ``service`` an index that opens at the first search (None when the index is turned off)."""
    if not service.use_index:
        return None
    stand_in = IndexOnFirstSearch(service)
    service.set_index(stand_in)
    return stand_in
