"""What a cut, time or trim request on the wallpaper project (tests/planner/wallpaper_project.py)
should leave on the timeline, said once so the tuning and held-out command files read the same.

Every case is a message and an expectation; ``check`` runs the message through the orchestrator
(the app's path: chat memory, undo history, the turn's safety review) on a fresh copy of the
project with three B-roll clips placed, and says what is wrong (None when the timeline is right).

    B-roll on t2: c3 GOPR0231 (plumb line) 30..38 s, c4 DJI_0042 (brush) 50..57 s,
    c5 "trimming at the skirting" 62..67 s.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.own_talk import heard, length_of, talk_without
from tests.planner.wallpaper_project import LENGTH, SCRIPT, wallpaper_session

BROLL = {"m3": 30.0, "m4": 50.0, "m5": 62.0}
BROLL_SECONDS = {"m3": 8.0, "m4": 7.0, "m5": 5.0}
FULL = talk_without(SCRIPT, [])


@dataclass(frozen=True)
class Drop:
    """The talk without these sentences (and these single words: (sentence, token))."""
    sentences: tuple[int, ...] = ()
    words: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Asks:
    """Nothing changes: the editor asks (or answers) instead of editing."""


@dataclass(frozen=True)
class Shorter:
    """The timeline is ``by`` seconds shorter (a cut by time; words cut through are not checked)."""
    by: float


@dataclass(frozen=True)
class PauseOnly:
    """Only the pause after sentence ``after`` is planned away (remove_silences over that gap and nothing
    else): checked on the plan, since the silence tool reads the media file, which these tests do not have."""
    after: int


@dataclass(frozen=True)
class Span:
    """Media ``media`` plays ``start``..``end`` s on the timeline from ``source_in`` s of its file; the talk is untouched."""
    media: str
    start: float
    end: float
    source_in: float = 0.0


@dataclass(frozen=True)
class TalkKept:
    """The talk is untouched (whatever else the request does)."""


def session_with_broll(folder):
    """A fresh session whose project has the three B-roll clips placed."""
    from pathlib import Path

    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session
    from tests.planner.wallpaper_project import wallpaper_project

    project = wallpaper_project(BROLL, BROLL_SECONDS)
    return Session(ProjectStore.create(Path(folder), project), project, History())


def check(folder, message: str, want) -> str | None:
    """Run ``message`` as one chat turn (a plan the review holds is confirmed, as the user would);
    what is wrong with the result, or None."""
    if isinstance(want, PauseOnly):
        return _pause_planned(message, want.after)
    session = session_with_broll(folder)
    before = session.project.model_dump()
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    result = asyncio.run(orchestrator.run_turn(message, auto_apply=True))
    if result.confirm and result.ops:  # the review held a big cut: the user says yes to it
        orchestrator.apply(result)
    p = session.project
    reply = getattr(result, "reply", "") or getattr(result, "text", "") or str(result)[:200]
    if isinstance(want, Asks):
        return None if p.model_dump() == before else f"edited (must ask): heard={heard(p)[:120]!r}"
    if p.model_dump() == before:
        return f"nothing changed; reply={str(reply)[:160]!r}"
    if isinstance(want, Drop):
        expected = talk_without(SCRIPT, want.sentences, want.words)
        got = heard(p)
        return None if got == expected else f"heard {_diff(got, expected)}"
    if isinstance(want, Shorter):
        got = length_of(p)
        return None if abs(got - (LENGTH - want.by)) < 0.3 else f"length {got} want {LENGTH - want.by}"
    if isinstance(want, Span):
        if heard(p) != FULL:
            return f"talk changed: {_diff(heard(p), FULL)}"
        clips = [c for c in p.clips() if c.media_id == want.media]
        if len(clips) != 1:
            return f"{len(clips)} clips of {want.media}"
        c = clips[0]
        got = (float(seconds(c.start, p.fps)), float(seconds(c.end, p.fps)), float(seconds(c.source_in, p.fps)))
        ok = all(abs(a - b) < 0.05 for a, b in zip(got, (want.start, want.end, want.source_in)))
        return None if ok else f"{want.media} at {got} want {(want.start, want.end, want.source_in)}"
    if isinstance(want, TalkKept):
        return None if heard(p) == FULL else f"talk changed: {_diff(heard(p), FULL)}"
    raise TypeError(want)


def _pause_planned(message: str, after: int) -> str | None:
    """What is wrong with the plan for a request to cut the pause after sentence ``after``, or None."""
    from editor_app.planner import plan
    from tests.planner.wallpaper_project import SEGMENTS, wallpaper_project

    result = plan(message, wallpaper_project(BROLL, BROLL_SECONDS))
    gap = (SEGMENTS[after].end, SEGMENTS[after + 1].start)
    steps = [(s.tool, s.args) for s in result.steps]
    ok = len(steps) == 1 and steps[0][0] == "remove_silences" and \
        abs(steps[0][1].get("start", -9) - gap[0]) < 0.05 and abs(steps[0][1].get("end", -9) - gap[1]) < 0.05
    return None if ok else f"plan {steps} want remove_silences over {gap}; reply={result.reply[:120]!r}"


def _diff(got: str, want: str) -> str:
    """The first place two word lists differ, shortly."""
    g, w = got.split(), want.split()
    i = next((k for k, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
    return f"at word {i}: got {' '.join(g[i:i + 6])!r} want {' '.join(w[i:i + 6])!r} ({len(g)} vs {len(w)} words)"
