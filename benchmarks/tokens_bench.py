"""Prompt tokens per model call and per chat turn, before and after (issue 13).

    .venv/bin/python benchmarks/tokens_bench.py [--demo DIR]

Drives real turns (orchestrator + LLM backend + openai client) against the scripted test
server: 1-, 2- and 3-agent turns, on the demo project and on a 1,000-clip project, and
counts every request's prompt with a real tokenizer that works offline (the Llama-2 32k
SentencePiece vocabulary inside the wordllama wheel, through `tokenizers`; models with
larger vocabularies need fewer tokens, so these figures are on the safe side).

The agents of a turn are the owners of the intended tools, read from the tool registry, so
the same script measures any split of the agents (run it on an older checkout for "before").
Each agent's first request gets all of its calls. A second table makes every agent look the
timeline up first (get_timeline), so its second round, carrying the look-up and its result, is
measured too.

"before": the registry's schemas as they come ($defs, oneOf, anyOf-null), the prompts before
issue 13, a closing model call after every edit round. "after": clean schemas (standard for
OpenAI/vLLM at 128k; simple for Ollama at its default 4,096-token window, where the state is
shortened to fit), no closing call after successful edits.
Targets: >= 2x fewer tokens per turn; every call on the demo, second rounds included, well
under 4,000 tokens (and under Ollama's 4,096 - 768 reply tokens without leaving tools out).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.llm.tokens import count_request, tokenizer_name  # noqa: E402
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip  # noqa: E402
from editor_app.model.project import MediaAsset, TranscriptWord  # noqa: E402
from editor_app.orchestrator import LLMBackend, Orchestrator  # noqa: E402
from editor_app.session import Session  # noqa: E402
from editor_app.testing.openai_server import OpenAIServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
AGENTS = ("speech", "timeline", "effects", "audio")


def turns(clip: str, music: str, broll: str) -> dict[str, tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """Typical turns: the message and the intended calls (the agents are their tools' owners)."""
    fade_in = ("add_effect", {"clip_id": clip, "effect": {"type": "fade_in", "duration": 1.5}})
    quieter = ("set_volume", {"clip_id": music, "db": -12})
    return {
        "1": ("make the music quieter", [quieter]),
        "2": ("fade in the talk and lower the music", [fade_in, quieter]),
        "2s": ("remove the ums and put the beach shot over the intro",
               [("remove_fillers", {}), ("place_broll", {"media_id": broll, "start": 1})]),
        "3": ("mark 3 s as intro, fade in the talk, lower the music",
              [("add_marker", {"frame": 3, "name": "intro"}), fade_in, quieter]),
    }


class PerAgentModel:
    """Routes to the intended tools' owners. Each agent's first request gets all of its own calls
    (after one get_timeline look-up when ``look_first``); a later request gets a closing sentence."""

    def __init__(self, route: list[str], actions: list[tuple[str, dict[str, Any]]], look_first: bool) -> None:
        self.route, self.actions, self.look_first = route, actions, look_first
        self.requests: list[dict[str, Any]] = []
        self.calls: list[tuple[str, int, int]] = []  # (agent, round, prompt tokens)

    def __call__(self, request: dict[str, Any]) -> Any:
        from editor_app.testing.replies import text, tool_calls
        from editor_app.testing.scripted_model import is_route, shaped

        self.requests.append(request)
        if is_route(request):
            return tool_calls([("route", {"agents": self.route})])
        offered = {t["function"]["name"] for t in request.get("tools") or []}
        agent = request["messages"][1]["content"].rsplit("Do the ", 1)[-1].split(" part", 1)[0]
        rounds = sum(1 for m in request["messages"] if m.get("role") == "assistant")
        self.calls.append((agent, rounds + 1, count_request(request["messages"], request.get("tools"))))
        mine = [(n, a) for n, a in self.actions if n in offered]
        if self.look_first and rounds == 0 and "get_timeline" in offered:
            return tool_calls([("get_timeline", {})])
        if rounds > (1 if self.look_first else 0) or not mine:
            return text("Done.")
        return tool_calls([(n, shaped(request, n, a)) for n, a in mine])


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
    return with_words(session)


def with_words(session: Session) -> Session:
    """Give the talk a word transcript (with fillers) if it has none, so the speech turn can run."""
    from editor_app.model.operations import SetTranscript

    talk = next(m for m in session.project.media.values() if m.name == "talk")
    if not talk.words:
        said = ("so today we went down to the beach early and the sea was warm and calm "
                "um after lunch we walked up the hill to see the old castle and the view").split() * 5  # ~5 fillers a minute
        words = [TranscriptWord(start=i * 0.4, end=i * 0.4 + 0.3, text=w) for i, w in enumerate(said[:140])]
        session.apply([SetTranscript(media_id=talk.id, words=words, language="en")], "words")
    return session


def measure(server: OpenAIServer, session: Session, before: bool, preset: str, turn: str,
            look_first: bool = False) -> PerAgentModel:
    from editor_app.tools import TOOLS

    clip = next(c.id for t in session.project.tracks if t.kind == "video" for c in t.clips)
    music = next(c.id for t in session.project.tracks if t.kind == "audio" for c in t.clips)
    broll = next(m.id for m in session.project.media.values() if m.name == "beach")
    message, actions = turns(clip, music, broll)[turn]
    owners = TOOLS.agent_map()
    model = PerAgentModel(list(dict.fromkeys(owners[n] for n, _ in actions)), actions, look_first)
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
        print(f"   ({preset}, turn {turn}: {result.reply[:200]})")
    left_out = [n for n in getattr(result, "notes", None) or [] if "left out" in n]
    if left_out and not before:
        print(f"   ({preset}, turn {turn}{', look-up first' if look_first else ''}: {left_out[0][:150]})")
    return model


def main() -> None:
    import logging

    logging.disable(logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", help="an existing demo project folder (else one is generated, ~30 s)")
    args = parser.parse_args()
    print(f"tokenizer: {tokenizer_name()}")
    with tempfile.TemporaryDirectory() as tmp, OpenAIServer() as server:
        if args.demo:
            demo = with_words(Session.open(args.demo))
        else:
            from editor_app.demo import create_demo_project

            demo = with_words(create_demo_project(Path(tmp) / "demo"))
        projects = {"demo": demo, "1,000 clips": big_project(Path(tmp) / "big")}
        print(f"{'project':<12} {'turn':>4} {'server':<7} {'agents':<24} {'calls b/a':>9} {'max call before':>15} "
              f"{'max call after':>14} {'turn before':>11} {'turn after':>10} {'ratio':>6}")
        worst_demo = 0
        ratios = []
        for label, session in projects.items():
            for turn in ("1", "2", "2s", "3"):
                base = [count_request(r["messages"], r.get("tools")) for r in
                        measure(server, session, True, "custom", turn).requests]
                for preset, name in (("custom", "openai"), ("ollama", "ollama")):
                    model = measure(server, session, False, preset, turn)
                    after = [count_request(r["messages"], r.get("tools")) for r in model.requests]
                    ratio = sum(base) / sum(after)
                    ratios.append(ratio)
                    if label == "demo":
                        worst_demo = max(worst_demo, *after)
                    print(f"{label:<12} {turn:>4} {name:<7} {'+'.join(model.route):<24} {len(base):>4}/{len(after):<4} "
                          f"{max(base):>15,} {max(after):>14,} {sum(base):>11,} {sum(after):>10,} {ratio:>5.1f}x")
        print("\nEach agent's largest call, round 1 / round 2, when it looks the timeline up first "
              "(round 2 carries get_timeline's result):")
        print(f"{'project':<12} {'server':<7} " + " ".join(f"{a:>17}" for a in AGENTS))
        for label, session in projects.items():
            for preset, name in (("custom", "openai"), ("ollama", "ollama")):
                worst: dict[str, list[int]] = {a: [0, 0] for a in AGENTS}
                for turn in ("2", "2s", "3"):
                    for agent, rnd, tokens in measure(server, session, False, preset, turn, look_first=True).calls:
                        if agent in worst and rnd <= 2:
                            worst[agent][rnd - 1] = max(worst[agent][rnd - 1], tokens)
                            if label == "demo":
                                worst_demo = max(worst_demo, tokens)
                cells = [f"{w[0]:,} / {w[1]:,}" if w[0] else "-" for w in worst.values()]
                print(f"{label:<12} {name:<7} " + " ".join(f"{c:>17}" for c in cells))
        print(f"\nfewest-times fewer tokens per turn: {min(ratios):.1f}x (target >= 2x)")
        print(f"largest call on the demo after, second rounds included: {worst_demo:,} tokens (target well under 4,000)")


if __name__ == "__main__":
    main()
