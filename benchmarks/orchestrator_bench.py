"""Orchestrator overhead without a model, and context size per turn.

    .venv/bin/python benchmarks/orchestrator_bench.py

Prints, side by side with the targets: milliseconds per turn of the offline backend
(a stub planner, so the figure is the orchestrator's own: routing, context, tool loop on
the scratch copy, diff; and with apply: one batch journaled and saved) on a demo-like and
a 1,000-clip project; and the tokens sent per agent call on the 1,000-clip project against
dumping the whole project JSON.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.agents.builtin import timeline_agent  # noqa: E402
from editor_app.llm.usage import estimate_tokens  # noqa: E402
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip  # noqa: E402
from editor_app.model.project import MediaAsset  # noqa: E402
from editor_app.orchestrator import OfflineBackend, Orchestrator  # noqa: E402
from editor_app.orchestrator.context import build_messages, context_tokens  # noqa: E402
from editor_app.session import Session  # noqa: E402


@dataclass
class Step:
    agent: str
    tool: str
    args: dict


@dataclass
class Plan:
    understood: bool
    steps: list
    reply: str
    suggestions: list = field(default_factory=list)
    special: str | None = None


def planner(message, project, **kw):
    return Plan(True, [Step("effects", "add_effect", {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 1}}),
                       Step("audio", "set_volume", {"clip_id": "c2", "db": -6})], "Done.")


def asset(name: str, seconds: float, kind: str = "video") -> MediaAsset:
    return MediaAsset(id="", name=name, path=f"/media/{name}.mp4", kind=kind, duration=seconds, has_audio=True,
                      has_video=kind != "audio", description=f"{name} footage", fps=30 if kind == "video" else None)


def make_session(folder: Path, clips: int) -> Session:
    session = Session.create(folder, fps=30)
    media = [asset(n, 60) for n in ("talk", "beach", "food", "mountains")] + [asset("music", 600, "audio")]
    session.apply([ImportMedia(asset=a) for a in media] + [AddTrack(kind="video", role="main"),
                  AddTrack(kind="audio", role="music"), AddTrack(kind="video", role="broll")], "setup")
    ops = [InsertClip(track_id="t1", media_id="m1", start=0, duration=30 * 20),
           InsertClip(track_id="t2", media_id="m5", start=0, duration=30 * 20)]
    ops += [InsertClip(track_id="t3", media_id=f"m{2 + i % 3}", start=i * 45, duration=45) for i in range(clips - 2)]
    session.apply(ops, "clips")
    return session


def time_turns(session: Session, apply: bool, n: int) -> float:
    orc = Orchestrator(session, backend=OfflineBackend(planner))
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        result = asyncio.run(orc.run_turn("fade in the talk and lower the music", auto_apply=apply))
        samples.append((time.perf_counter() - start) * 1000)
        assert result.ok, result.errors
        if apply:
            assert result.applied, result.confirm or result.reply  # undoing a held plan would undo the set-up
            session.undo()
    return statistics.median(samples)


def main() -> None:
    print(f"{'measure':<52} {'value':>10} {'target':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, clips in (("demo-like (5 clips)", 5), ("1,000 clips", 1000)):
            session = make_session(Path(tmp) / f"p{clips}", clips)
            propose = time_turns(session, False, 20)
            full = time_turns(session, True, 10)
            print(f"{'offline turn, propose only, ' + label:<52} {propose:>8.1f}ms {'< 50 ms':>10}")
            print(f"{'offline turn, propose + apply + undo, ' + label:<52} {full:>8.1f}ms {'(info)':>10}")
        project = session.project
        agent = timeline_agent()
        messages = build_messages(agent, "cut the clip at the playhead", project, playhead=500 * 45)
        sent = context_tokens(messages, agent.tools())
        state = estimate_tokens(messages[1]["content"])
        whole = estimate_tokens(json.dumps(project.model_dump(mode="json")))
        print(f"{'tokens per agent call, 1,000 clips (state only)':<52} {state:>10,} {'<= 1,800':>10}")
        print(f"{'tokens per agent call incl. system + tools':<52} {sent:>10,}")
        print(f"{'tokens of the whole project JSON':<52} {whole:>10,}")
        print(f"{'ratio whole JSON / sent per call':<52} {whole / sent:>9.1f}x {'>= 10x':>10}")


if __name__ == "__main__":
    main()
