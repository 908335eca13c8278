"""Bundle size and start-up time of the PyInstaller build against `python -m editor_app`.

    .venv/bin/python benchmarks/bundle_bench.py            # measure dist/editor-app (build it first)
    .venv/bin/python benchmarks/bundle_bench.py --build    # build with packaging/build.sh, then measure
    .venv/bin/python benchmarks/bundle_bench.py --no-self-test

Start-up is the median of N runs of `--version` (import + argparse, the floor of every
command); `--self-test` is one full headless run (demo, chat turn, index, render, window).
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


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def timed(cmd: list[str], env: dict[str, str], timeout: float = 600) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    return time.perf_counter() - start, done.returncode


def median_time(cmd: list[str], env: dict[str, str], runs: int) -> float:
    timed(cmd, env)  # warm the page cache: both sides measured warm
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
        print(f"build time:             {time.perf_counter() - start:8.1f} s")
    exe = dist / "editor-app"
    if not exe.is_file():
        print(f"no build at {dist}; run packaging/build.sh (or this script with --build)")
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANONYMIZED_TELEMETRY="False")
    env["EDITOR_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bundle-bench-config-")
    source = [sys.executable, "-m", "editor_app"]
    internal = dist / "_internal"
    ffmpeg = sum(folder_size(d) for d in internal.glob("imageio_ffmpeg"))
    print(f"{'':24}{'bundle':>12}{'python -m':>12}")
    print(f"{'size (MiB)':24}{folder_size(dist) / 2**20:12.0f}{'-':>12}")
    print(f"{'  of which ffmpeg':24}{ffmpeg / 2**20:12.0f}{'-':>12}")
    print(f"{'  of which Qt':24}{folder_size(internal / 'PySide6') / 2**20:12.0f}{'-':>12}")
    b = median_time([str(exe), "--version"], env, args.runs)
    s = median_time([*source, "--version"], env, args.runs)
    print(f"{'--version (s, median)':24}{b:12.2f}{s:12.2f}")
    if not args.no_self_test:
        tb, rb = timed([str(exe), "--self-test"], env)
        ts, rs = timed([*source, "selftest"], env)
        print(f"{'--self-test (s)':24}{tb:12.1f}{ts:12.1f}")
        print(f"{'--self-test exit code':24}{rb:12d}{rs:12d}")
        return 0 if rb == rs == 0 else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
