"""One plan through the turn: macros expand where the planner simulates them, so a later
instruction is measured on the timeline the earlier one leaves; the plan is carried with its
dry-run result (preview) to the stale check and the apply."""

from __future__ import annotations

import asyncio

from editor_app import tools
from editor_app.model.history import apply_all
from editor_app.model.operations import CutRange
from editor_app.orchestrator import Orchestrator
from editor_app.orchestrator.backends import OfflineBackend
from editor_app.session import Session


def _after_silences(project):
    scratch = project.clone()
    apply_all(scratch, tools.expand("remove_silences", {}, scratch))
    return scratch.duration


def _two_step(session: Session, message: str, seconds: int):
    cut_end = _after_silences(session.project)
    assert cut_end < session.project.duration  # the talk has pauses to cut
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    result = asyncio.run(orchestrator.propose(message))
    assert result.ok, result.errors
    last = result.ops[-1]
    wanted = seconds * session.project.fps
    assert isinstance(last, CutRange) and (last.start, last.end) == (cut_end - wanted, cut_end)
    assert result.preview is not None and result.preview.duration == cut_end - wanted
    orchestrator.apply(result)
    assert session.project.duration == cut_end - wanted
    return result


def test_cut_the_silences_then_delete_the_last_seconds_on_the_demo(demo_dir):
    _two_step(Session.open(demo_dir), "cut the silences, then delete the last 5 seconds", 5)


def test_remove_pauses_and_then_cut_the_final_seconds_on_own_media(audio_session):
    _two_step(audio_session, "remove the pauses and then cut the final 2 seconds", 2)


def test_the_offline_turn_searches_the_index_only_when_the_planner_asks(demo_dir, monkeypatch):
    """Retrieved context is for a language model; the offline planner's turn must not pay a
    sentence-encoder search per message (the 50 ms turn budget), yet its own topic lookups still search."""
    from editor_app.index.store import ContextIndex

    session = Session.open(demo_dir)
    index = session.context_index()
    session.sync_index()
    queries: list[str] = []
    real = ContextIndex.search
    monkeypatch.setattr(ContextIndex, "search", lambda self, q, *a, **k: queries.append(q) or real(self, q, *a, **k))
    orchestrator = Orchestrator(session, backend=OfflineBackend(), index=index)
    result = asyncio.run(orchestrator.propose("make the music 3 dB quieter"))
    assert result.ok, result.errors
    assert queries == []
    result = asyncio.run(orchestrator.propose("put the beach shot over the part where I talk about holidays"))
    assert result.ok, result.errors
    assert queries and all("put the beach shot" not in q for q in queries)
    session.close()
