"""The planner's public data (the contract's OfflinePlan / PlanStep) and its per-instruction context."""

from __future__ import annotations

import threading

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from editor_app.model.project import Clip, Project, Track
from editor_app.model.time import seconds


@dataclass
class PlanStep:
    """One tool call for one agent; times in ``args`` are seconds (the tools' units)."""

    agent: str
    tool: str
    args: dict[str, Any]


@dataclass
class OfflinePlan:
    understood: bool
    steps: list[PlanStep]
    reply: str
    suggestions: list[str] = field(default_factory=list)
    special: str | None = None  # "undo" | "redo" | "help" | None

    @property
    def agents(self) -> list[str]:
        """The distinct agents of ``steps`` in order of first appearance."""
        return list(dict.fromkeys(step.agent for step in self.steps))


@dataclass
class Match:
    """What an intent made of one instruction: its steps and a sentence for the reply."""

    steps: list[PlanStep]
    says: str
    part_read: bool = False  # the intent itself read the part of the timeline said (no whole-clip check asks again)


class Unclear(Exception):
    """The instruction was recognised but cannot be done safely as worded; ``reply`` says why."""

    def __init__(self, reply: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(reply)
        self.reply = reply
        self.suggestions = list(suggestions)


class Ambiguous(Unclear):
    """Round 21: the request has two readings and the person must choose ("just those words, or the whole sentence?",
    "Femi is named in three sentences"). Unlike a request not understood, the question is final: the rescue readings
    (planner/rescue.py) must not turn it into an edit ("take out SO THERE ARE NO GAPS bit" had become "remove the
    pauses"). The replies asked this way during one plan are remembered per thread (``asked_replies``)."""

    def __init__(self, reply: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(reply, suggestions)
        _ASKED.__dict__.setdefault("replies", []).append(reply)


_ASKED = threading.local()


def asked_replies(clear: bool = False) -> list[str]:
    """The replies of the Ambiguous questions raised on this thread since the last clear."""
    replies = list(getattr(_ASKED, "replies", []))
    if clear:
        _ASKED.replies = []
    return replies


@dataclass
class Ctx:
    """One instruction and what it refers to: the project (as edited by earlier instructions), selection, playhead."""

    text: str
    project: Project
    selection: Sequence[str] = ()
    playhead: int | None = None
    search: Callable[[str, int], list[dict]] | None = None
    last_clips: Sequence[str] = ()  # clips the previous turn touched: "it", "that clip"
    memory: Any = None  # planner.memory.ChatMemory: the conversation so far
    subject: Sequence[str] = ()  # clips the clause before was about: the target when this one names none

    def sec(self, frames: int) -> float:
        return seconds(frames, self.project.fps)

    @property
    def duration_s(self) -> float:
        return self.sec(self.project.duration)

    def main_track(self) -> Track | None:
        for role in ("main", "voice"):
            tracks = self.project.tracks_by_role(role)
            if tracks:
                return tracks[0]
        videos = [t for t in self.project.tracks if t.kind == "video"]
        return videos[0] if videos else None

    def track_of(self, clip: Clip) -> Track:
        found = self.project.find_clip(clip.id)
        assert found is not None
        return found[0]

    def selected_clips(self) -> list[Clip]:
        out = []
        for clip_id in self.selection:
            found = self.project.find_clip(clip_id)
            if found:
                out.append(found[1])
        return out

    def label(self, clip: Clip) -> str:
        from editor_app.model.operations.base import label_clip

        return label_clip(self.project, clip)
