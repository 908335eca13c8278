"""MCP round trip: one tool call from an SDK client over stdio to an applied, journaled edit.

Target (issue 16): under 50 ms per call over stdio, on the demo and on a 1,000-clip project.
Baseline printed alongside: the same edit through `Session.apply` in-process (the floor), and
the same edit as one `editor-app op` process per call (what a script would do without MCP).

    .venv/bin/python benchmarks/mcp_bench.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mcp import Client, StdioServerParameters  # noqa: E402

from benchmarks.core_bench import build  # noqa: E402
from editor_app.demo import create_demo_project  # noqa: E402
from editor_app.session import Session  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CALLS = 30


async def mcp_calls(project: Path, clip: str) -> list[float]:
    params = StdioServerParameters(command=sys.executable, args=["-m", "editor_app", "mcp", str(project), "--auto-apply"],
                                   cwd=str(ROOT), env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = []
    async with Client(params) as client:
        await client.list_tools()
        for i in range(CALLS):
            start = time.perf_counter()
            result = await client.call_tool("set_volume", {"clip_id": clip, "db": -(i % 20)})
            out.append((time.perf_counter() - start) * 1000)
            assert not result.is_error, result.content[0].text
    return out


def in_process(project: Path, clip: str) -> list[float]:
    session = Session.open(project)
    out = []
    for i in range(CALLS):
        start = time.perf_counter()
        session.apply([{"op": "set_volume", "clip_id": clip, "db": -(i % 20)}], "bench")
        out.append((time.perf_counter() - start) * 1000)
    session.close()
    return out


def cli_calls(project: Path, clip: str, n: int = 5) -> list[float]:
    out = []
    for i in range(n):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "editor_app", "op", str(project),
                        f'{{"op": "set_volume", "clip_id": "{clip}", "db": {-i}}}'], cwd=ROOT, check=True,
                       capture_output=True)
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, project: Path, clip: str) -> None:
    mcp = asyncio.run(mcp_calls(project, clip))
    floor = in_process(project, clip)
    cli = cli_calls(project, clip)
    print(f"{name:>10}: MCP stdio call -> applied edit  median {statistics.median(mcp):6.1f} ms "
          f"(p95 {sorted(mcp)[int(len(mcp) * 0.95) - 1]:6.1f})  target < 50 ms")
    print(f"{'':>10}  in-process Session.apply        median {statistics.median(floor):6.1f} ms (floor)")
    print(f"{'':>10}  one `editor-app op` per edit     median {statistics.median(cli):6.1f} ms "
          f"-> MCP is {statistics.median(cli) / statistics.median(mcp):.0f}x faster")


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        create_demo_project(demo)
        session = Session.open(demo)
        clip = next(c.id for t in session.project.tracks for c in t.clips)
        session.close()
        report("demo", demo, clip)
        big = build(Path(tmp) / "big")
        clip = big.project.tracks[0].clips[0].id
        big.close()
        report("1,000 clips", Path(tmp) / "big", clip)


if __name__ == "__main__":
    main()
