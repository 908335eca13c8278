"""What a cut, time or trim request on the wheel-truing project (tests/planner/wheel_project.py)
should leave on the timeline, said once so the tuning and held-out command files read the same.

``check`` runs a message through the orchestrator (chat memory, undo history, the turn's safety
review; a held plan is confirmed as the user would) on a fresh copy of the project with three
B-roll clips placed, and says what is wrong (None when the timeline is right).

    B-roll on t2: c3 GH010233 (truing stand) 17..25 s, c4 "spoke key closeup" 34..39 s,
    c5 DJI_0107 (drone) 59..66 s.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from editor_app.model.time import seconds
from editor_app.orchestrator import OfflineBackend, Orchestrator
from tests.planner.own_talk import heard, length_of, talk_without
from tests.planner.wheel_project import LENGTH, SCRIPT, SEGMENTS, WORDS, wheel_project

BROLL = {"m4": 17.0, "m3": 34.0, "m5": 59.0}
BROLL_SECONDS = {"m4": 8.0, "m3": 5.0, "m5": 7.0}
FULL = talk_without(SCRIPT, [])
UMS = ((1, "Um,"), (7, "um,"), (15, "um,"))
UHS = ((3, "uh,"), (12, "uh,"))
LIKES = ((2, "like"), (8, "like,"))  # "like guitar strings" (12) is not a filler


@dataclass(frozen=True)
class Drop:
    """The talk without these sentences (and these single words: (sentence, token))."""
    sentences: tuple[int, ...] = ()
    words: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Asks:
    """Nothing changes: the editor asks (or answers) instead of editing."""


@dataclass(frozen=True)
class Window:
    """The timeline's ``start``..``end`` s are cut: about that much shorter, every word wholly outside
    heard in order, none wholly inside (a word cut through either way is not checked)."""
    start: float
    end: float


@dataclass(frozen=True)
class PauseOnly:
    """Only the pause after sentence ``after`` is planned away (checked on the plan: the silence tool
    reads the media file, which these tests do not have)."""
    after: int


@dataclass(frozen=True)
class Pauses:
    """The pauses all through the talk are planned away (remove_silences with no range)."""


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


@dataclass(frozen=True)
class AnyOf:
    """Any one of these results is right (a vague request that may be asked about or done)."""
    options: tuple


def session_with_broll(folder):
    """A fresh session whose project has the three B-roll clips placed."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = wheel_project(BROLL, BROLL_SECONDS)
    return Session(ProjectStore.create(Path(folder), project), project, History())


def check(folder, message: str, want) -> str | None:
    """Run ``message`` as one chat turn; what is wrong with the result, or None."""
    if isinstance(want, AnyOf):
        problems = [check(Path(folder) / f"o{i}", message, w) for i, w in enumerate(want.options)]
        return None if None in problems else " | ".join(str(p) for p in problems)
    if isinstance(want, (PauseOnly, Pauses)):
        return _pause_planned(message, want)
    session = session_with_broll(folder)
    before = session.project.model_dump()
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    result = asyncio.run(orchestrator.run_turn(message, auto_apply=True))
    if result.confirm and result.ops:  # the review held a big cut: the user says yes to it
        orchestrator.apply(result)
    p = session.project
    reply = getattr(result, "reply", "") or getattr(result, "text", "") or str(result)[:200]
    if isinstance(want, Asks):
        return None if p.model_dump() == before else f"edited (must ask): heard={heard(p)[:120]!r} len={length_of(p)}"
    if p.model_dump() == before:
        return f"nothing changed; reply={str(reply)[:160]!r}"
    if isinstance(want, Drop):
        expected = talk_without(SCRIPT, want.sentences, want.words)
        got = heard(p)
        return None if got == expected else f"heard {_diff(got, expected)}"
    if isinstance(want, Window):
        return _window(p, want)
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


def _window(p, want: Window) -> str | None:
    """What is wrong with a timeline that should have lost ``want.start``..``want.end`` s, or None."""
    got = heard(p).split()
    outside = [w.text for w in WORDS if w.end <= want.start + 0.05 or w.start >= want.end - 0.05]
    inside = [w.text for w in WORDS if w.start >= want.start - 0.05 and w.end <= want.end + 0.05]
    length = length_of(p)
    if abs(length - (LENGTH - (want.end - want.start))) > 0.6:
        return f"length {length} want {LENGTH - (want.end - want.start):.2f}; heard {' '.join(got)[:100]!r}"
    it = iter(got)
    if not all(any(g == w for g in it) for w in outside):
        return f"a word outside the window is gone: heard {' '.join(got)[:140]!r}"
    if len(got) > len(outside) + 2 or (inside and len(got) > len(WORDS) - len(inside) + 2):
        return f"words inside the window kept: {len(got)} words"
    return None


def _pause_planned(message: str, want) -> str | None:
    """What is wrong with the plan for a request to cut one pause or all of them, or None."""
    from editor_app.planner import plan

    result = plan(message, wheel_project(BROLL, BROLL_SECONDS))
    steps = [(s.tool, s.args) for s in result.steps]
    if isinstance(want, Pauses):
        ok = len(steps) == 1 and steps[0][0] == "remove_silences" and "start" not in steps[0][1]
        return None if ok else f"plan {steps} want remove_silences everywhere; reply={result.reply[:120]!r}"
    gap = (SEGMENTS[want.after].end, SEGMENTS[want.after + 1].start)
    ok = len(steps) == 1 and steps[0][0] == "remove_silences" and \
        abs(steps[0][1].get("start", -9) - gap[0]) < 0.05 and abs(steps[0][1].get("end", -9) - gap[1]) < 0.05
    return None if ok else f"plan {steps} want remove_silences over {gap}; reply={result.reply[:120]!r}"


def _diff(got: str, want: str) -> str:
    """The first place two word lists differ, shortly."""
    g, w = got.split(), want.split()
    i = next((k for k, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
    return f"at word {i}: got {' '.join(g[i:i + 6])!r} want {' '.join(w[i:i + 6])!r} ({len(g)} vs {len(w)} words)"
