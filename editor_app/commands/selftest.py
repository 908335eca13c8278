"""`editor-app selftest` (and `--self-test`): prove an install or a bundle works, headless.

Why: a packaged build can start and still be broken (a missing Qt plugin, ffmpeg without
its run bit, resources not bundled, entry points lost). Each check runs the real thing
(demo media made by the bundled ffmpeg, an offline chat turn, a draft render, the player's
decoding of a proxy chunk) in a temporary folder, prints one line per check, and the exit
code is 0 only if all pass.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from fractions import Fraction
from importlib.util import find_spec
from pathlib import Path
from typing import Any

CHAT_MESSAGE = "fade the music out at the end"
FLAG = "--self-test"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("selftest", help="check this install headless: ffmpeg, resources, demo, chat, render")
    _add_options(p)
    p.set_defaults(func=cmd_selftest)


def _add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    p.add_argument("--no-gui", action="store_true", help="skip the off-screen window check")


def cmd_selftest(args) -> int:
    return run_selftest(json_out=args.json, keep=args.keep, gui=not args.no_gui)


def handle_flag(argv: list[str]) -> int | None:
    """The `--self-test` flag: run and return the exit code when it is there, else None."""
    if FLAG not in argv:
        return None
    p = argparse.ArgumentParser(prog="editor-app --self-test")
    p.add_argument(FLAG, dest="self_test", action="store_true")
    _add_options(p)
    args, _ = p.parse_known_args(argv)
    return cmd_selftest(args)


# ---- the checks ---------------------------------------------------------------

def _check_ffmpeg(ctx: dict[str, Any]) -> str:
    from editor_app.media.ffmpeg import ffmpeg_exe

    exe = Path(ffmpeg_exe())
    if not exe.is_file():
        raise RuntimeError(f"no ffmpeg at {exe}")
    if not os.access(exe, os.X_OK):
        raise RuntimeError(f"{exe} is not executable (lost its run bit)")
    out = subprocess.run([str(exe), "-hide_banner", "-version"], capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        raise RuntimeError(f"ffmpeg -version failed: {out.stderr.strip()[:200]}")
    return out.stdout.split("\n", 1)[0][:60]


def _check_resources(ctx: dict[str, Any]) -> str:
    from editor_app.resources import resources_dir

    root = resources_dir()
    needed = ["prompts/router.txt", "prompts/timeline.txt", "prompts/effects.txt", "prompts/audio.txt",
              "fonts/DejaVuSans.ttf"]
    missing = [n for n in needed if not (root / n).is_file()]
    if missing:
        raise RuntimeError(f"missing under {root}: {', '.join(missing)}")
    return str(root)


def _check_agents(ctx: dict[str, Any]) -> str:
    from editor_app.agents.registry import load_agents

    registry = load_agents(enabled_plugins=[])
    names = sorted(registry.agents)
    if not {"timeline", "effects", "audio"} <= set(names):
        raise RuntimeError(f"built-in agents missing: found {names}")
    return ", ".join(names)


def _check_demo(ctx: dict[str, Any]) -> str:
    from editor_app.demo import create_demo_project

    session = create_demo_project(ctx["work"] / "demo")
    ctx["session"] = session
    project = session.project
    return f"{len(project.media)} media, {sum(len(t.clips) for t in project.tracks)} clips, {project.duration} frames"


def _check_chat(ctx: dict[str, Any]) -> str:
    from editor_app.service import AppService

    session = ctx["session"]
    result = AppService(session, offline=True).run_turn_sync(CHAT_MESSAGE, auto_apply=True)
    if not (result.ok and result.applied):
        raise RuntimeError(f"the turn failed: {'; '.join(result.errors) or result.reply}")
    music = [c for t in session.project.tracks_by_role("music") for c in t.clips]
    if not any(e.type == "fade_out" for c in music for e in c.effects):
        raise RuntimeError(f"no fade-out on the music after: {result.reply}")
    return f"{', '.join(result.agents)}: {result.reply.splitlines()[0][:70]}"


def _check_index(ctx: dict[str, Any]) -> str:
    from editor_app.index import ContextIndex

    session = ctx["session"]
    with ContextIndex.open(session.path) as index:
        index.rebuild(session.project, session.journal_records())
        hits = index.search("beach", kind="transcript", k=1)
    if not hits:
        raise RuntimeError("the context index found nothing for 'beach'")
    return f"{type(hits[0]).__name__}: {(getattr(hits[0], 'text', '') or '')[:50]}"


def _check_render(ctx: dict[str, Any]) -> str:
    from editor_app.render import render

    project = ctx["session"].project
    out = ctx["work"] / "draft.mp4"
    result = render(project, out, "draft")
    if not out.is_file() or out.stat().st_size < 1000:
        raise RuntimeError(f"no usable output at {out}")
    expected = float(Fraction(project.duration) / project.fps)
    if abs(result.duration_s - expected) > 0.5:
        raise RuntimeError(f"rendered {result.duration_s:.2f} s, the timeline is {expected:.2f} s")
    return f"{out.stat().st_size // 1024} KiB, {result.duration_s:.1f} s in {result.elapsed_s:.1f} s"


def _check_playback(ctx: dict[str, Any]) -> str:
    """The player's first step, headless: render the first proxy chunk and decode picture and sound
    from it with the bundled ffmpeg, as ui/playback.py's decoder thread does."""
    from editor_app.render.proxy import chunks_from, proxy_size, render_chunk
    from editor_app.render.proxy_decode import BYTES_PER_SAMPLE, decode_chunk

    project = ctx["session"].project
    size = proxy_size(project)
    chunk = next(iter(chunks_from(project, 0, ctx["work"] / "proxy", size)))
    render_chunk(project, chunk, size)
    pictures, sound = 0, 0
    for kind, _frame, data in decode_chunk(chunk.path, size, project.fps, chunk_start=chunk.start, first=chunk.start):
        if kind == "sound":
            sound += len(data) // BYTES_PER_SAMPLE
        elif len(data) != size[0] * size[1] * 3:
            raise RuntimeError(f"decoded a picture of {len(data)} bytes, the proxy is {size[0]}x{size[1]}")
        else:
            pictures += 1
    frames = chunk.end - chunk.start
    if pictures != frames or not sound:
        raise RuntimeError(f"the proxy chunk of {frames} frames gave {pictures} pictures and {sound} sound samples")
    return f"chunk {chunk.start}-{chunk.end} at {size[0]}x{size[1]}: {pictures} pictures, {sound} samples decoded"


SPEECH_WORDS = ("pancakes", "breakfast", "flour", "sugar", "bowl")


def _check_speech(ctx: dict[str, Any]) -> str:
    """Transcribe a bundled 10 s speech sample offline with the packaged model (no download)."""
    from editor_app.media.speech import transcribe_assets
    from editor_app.resources import resource_path
    from editor_app.session import Session

    sample = resource_path("selftest", "speech.flac")
    if not sample.is_file():
        raise RuntimeError(f"no speech sample at {sample}")
    session = Session.create(ctx["work"] / "speech", name="self-test speech")
    batch, errors = session.import_files([sample])
    if errors or batch is None:
        raise RuntimeError(f"import failed: {'; '.join(errors)}")
    media_id = next(iter(session.project.media))
    report = transcribe_assets(session, [media_id], force=True, use_cache=False)
    if report.errors:
        raise RuntimeError(f"transcription failed: {report.errors}")
    asset = session.project.media[media_id]
    text = " ".join(w.text for w in asset.words).lower()
    missing = [w for w in SPEECH_WORDS if w not in text]
    if len(missing) > 1:
        raise RuntimeError(f"the transcript lacks {missing}: {text[:120]!r}")
    ctx["speech_session"] = session
    return f"{len(asset.words)} words with times by {asset.transcript_model or 'the local model'}: {text[:50]!r}"


SEMANTIC_QUERY = "cooking a morning meal"
DISTRACTORS = ("we drove along the coast and swam in the sea all afternoon",
               "the quarterly budget review is scheduled for next week",
               "my old car needs new tyres before the winter comes")


class _WordLlamaDirect:
    """WordLlama loaded straight from its package folder (no download), for builds whose index
    has no semantic default yet: the check still proves the weights load from the bundle."""

    def __init__(self) -> None:
        import wordllama
        from wordllama import WordLlama

        package = Path(wordllama.__file__).resolve().parent
        self._model = WordLlama.load(config="l2_supercat", dim=256, cache_dir=package, disable_download=True)

    @staticmethod
    def name() -> str:
        return "wordllama l2_supercat (direct)"

    def __call__(self, texts: list[str]) -> list:
        return list(self._model.embed(list(texts), norm=True))


def _offline_embedding():
    """The app's offline semantic embedding; a hashed fallback is a failure when WordLlama ships."""
    from editor_app.index import embeddings

    embedding = embeddings.default_embedding()
    name = embedding.name()
    if "hashed" in name and find_spec("wordllama") is not None:
        if find_spec("editor_app.index.semantic") is not None:
            raise RuntimeError(f"WordLlama is in this build but did not load: the index fell back to {name}")
        return _WordLlamaDirect()
    return embedding


def _check_semantic(ctx: dict[str, Any]) -> str:
    """A paraphrase that shares no word with the speech ranks it above unrelated sentences, offline."""
    import numpy as np

    from editor_app.index import ContextIndex, embedding_from_settings

    session = ctx["speech_session"]
    text = " ".join(w.text for w in session.project.media[next(iter(session.project.media))].words).lower()
    embedding = _offline_embedding()
    vectors = np.asarray(embedding([SEMANTIC_QUERY, text, *DISTRACTORS]), dtype=np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    scores = vectors[1:] @ vectors[0]
    if int(np.argmax(scores)) != 0:
        raise RuntimeError(f"{embedding.name()} ranked {DISTRACTORS[int(np.argmax(scores)) - 1]!r} above the "
                           f"pancake speech for {SEMANTIC_QUERY!r} (scores {np.round(scores, 3).tolist()})")
    with ContextIndex.open(session.path, embedding_from_settings(), warm=False) as index:
        index.rebuild(session.project, session.journal_records())
        hits = index.search(SEMANTIC_QUERY, kind="transcript", k=1)
        reranker = _sentence_encoder(index)
    if not hits:
        raise RuntimeError("the transcript index found nothing")
    margin = float(scores[0] - max(scores[1:]))
    return (f"{embedding.name()}: the speech first, margin {margin:.2f}; index hit "
            f"{(getattr(hits[0], 'text', '') or '')[:30]!r}; {reranker}")


def _sentence_encoder(index: Any) -> str:
    """Whether the MiniLM reranker ran; a failure when its weights ship but did not load."""
    from editor_app.index.minilm import EncoderUnavailable, model_source

    sentences = getattr(index, "sentences", None)
    try:
        source = model_source()
    except EncoderUnavailable:
        return "MiniLM not installed"
    if sentences is None or sentences.unavailable:
        raise RuntimeError(f"the MiniLM weights at {source} did not load: {sentences and sentences.unavailable}")
    return f"MiniLM reranked ({len(sentences)} windows encoded)"


def _check_mcp(ctx: dict[str, Any]) -> str:
    """Start the MCP server in-process, list its tools with the SDK's client, read the project."""
    import asyncio

    from mcp import Client

    from editor_app.mcp.bridge import ProjectBridge
    from editor_app.mcp.server import build_server

    bridge = ProjectBridge(ctx["session"], client_name="self-test")

    async def probe():
        async with Client(build_server(bridge)) as client:
            tools = [t.name for t in (await client.list_tools()).tools]
            summary = (await client.read_resource("editor://project/summary")).contents[0].text
            return tools, summary

    tools, summary = asyncio.run(probe())
    needed = {"split_clip", "remove_silences", "apply_plan", "render"}
    if not needed <= set(tools):
        raise RuntimeError(f"MCP tools missing: {sorted(needed - set(tools))}")
    if "Tracks:" not in summary:
        raise RuntimeError("the project summary resource is empty")
    return f"{len(tools)} tools, project summary {len(summary)} chars"


def _gui_command(png: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui", "--screenshot", str(png)]
    return [sys.executable, "-m", "editor_app", "gui", "--screenshot", str(png)]


def _check_gui(ctx: dict[str, Any]) -> str:
    if find_spec("editor_app.ui.app") is None:
        return "skipped: the desktop window is not part of this build yet"
    png = ctx["work"] / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    cmd = _gui_command(png)
    cmd[-2:-2] = [str(ctx["work"] / "demo")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    if out.returncode != 0 or not png.is_file():
        raise RuntimeError(f"the window did not draw (exit {out.returncode}): {out.stderr.strip()[-300:]}")
    return f"window drawn off-screen ({png.stat().st_size // 1024} KiB PNG)"


CHECKS: list[tuple[str, Callable[[dict[str, Any]], str], tuple[str, ...]]] = [
    ("ffmpeg", _check_ffmpeg, ()),
    ("resources", _check_resources, ()),
    ("agents", _check_agents, ()),
    ("demo", _check_demo, ("ffmpeg",)),
    ("chat", _check_chat, ("demo", "agents")),
    ("index", _check_index, ("demo",)),
    ("render", _check_render, ("chat",)),
    ("playback", _check_playback, ("demo",)),
    ("speech", _check_speech, ("ffmpeg",)),
    ("semantic", _check_semantic, ("speech",)),
    ("mcp", _check_mcp, ("demo",)),
    ("gui", _check_gui, ("demo",)),
]


def run_checks(work: Path, gui: bool = True, echo: Callable[[Check], None] | None = None) -> list[Check]:
    ctx: dict[str, Any] = {"work": work}
    done: dict[str, bool] = {}
    results: list[Check] = []
    for name, func, needs in CHECKS:
        if name == "gui" and not gui:
            continue
        start = time.perf_counter()
        failed_need = next((n for n in needs if not done.get(n)), None)
        if failed_need:
            check = Check(name, False, f"not run: {failed_need} failed", 0.0)
        else:
            try:
                check = Check(name, True, func(ctx), 0.0)
            except Exception as exc:  # noqa: BLE001 - every failure is reported as a line
                check = Check(name, False, f"{type(exc).__name__}: {exc}", 0.0)
        check.seconds = round(time.perf_counter() - start, 2)
        done[name] = check.ok
        results.append(check)
        if echo:
            echo(check)
    return results


def run_selftest(json_out: bool = False, keep: str | None = None, gui: bool = True) -> int:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    work = Path(keep).expanduser().resolve() if keep else Path(tempfile.mkdtemp(prefix="editor-app-selftest-"))
    work.mkdir(parents=True, exist_ok=True)
    if (work / "demo").exists():
        print(f"error: {work / 'demo'} already exists; choose an empty folder", file=sys.stderr)
        return 2

    def echo(check: Check) -> None:
        if not json_out:
            print(f"[{'PASS' if check.ok else 'FAIL'}] {check.name:<9} {check.detail} ({check.seconds:.1f} s)", flush=True)

    try:
        results = run_checks(work, gui=gui, echo=echo)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    ok = all(c.ok for c in results)
    if json_out:
        print(json.dumps({"ok": ok, "checks": [asdict(c) for c in results]}, indent=2))
    else:
        print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1
