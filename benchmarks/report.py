"""One benchmark report: run every benchmarks/*_bench.py, collect their figures, write RESULTS.md.

    .venv/bin/python benchmarks/report.py [--limit 600] [--only render,index] [--out benchmarks/RESULTS.md]
        [--args "render_bench=--rounds 1"] [--update]     (``make bench`` runs this)

Each script runs in its own process with a time limit (its whole process group is ended when
the limit passes), so one slow or broken benchmark is marked "timed out" or "failed" and the
report goes on. Figures come from the ``BENCH {json}`` lines that benchlib.emit prints (our
figure beside its baseline, with the load average); a script that prints only its own table
has that table copied into the report as printed. The machine is shared: read ratios, not
absolute times. The outcomes are also kept in RESULTS.json beside the report, so ``--update
--only NAME`` reruns one benchmark and rewrites the report with the others' last figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TAIL_LINES = 40


@dataclass
class Outcome:
    script: str
    status: str  # "ok", "failed (exit N)", "timed out after N s"
    seconds: float
    rows: list[dict] = field(default_factory=list)
    output: list[str] = field(default_factory=list)  # printed lines, BENCH lines left out


def run_script(path: Path, limit: float, extra: list[str]) -> Outcome:
    """Run one benchmark; never raises for the script's own failure or overrun."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONUNBUFFERED="1")
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, str(path), *extra], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace", start_new_session=True)
    try:
        text, _ = proc.communicate(timeout=limit)
        status = "ok" if proc.returncode == 0 else f"failed (exit {proc.returncode})"
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the script's own group: its ffmpeg children too
        except ProcessLookupError:
            pass
        text, _ = proc.communicate()
        status = f"timed out after {limit:.0f} s"
    outcome = Outcome(path.name, status, time.monotonic() - started)
    for line in (text or "").splitlines():
        if line.startswith("BENCH "):
            try:
                row = json.loads(line[6:])
            except json.JSONDecodeError:
                outcome.output.append(line)
                continue
            if isinstance(row, dict) and "measure" in row:
                outcome.rows.append(row)
                continue
        outcome.output.append(line)
    return outcome


def _cell(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        size = abs(value)
        return f"{value:,.0f}" if size >= 100 else f"{value:.1f}" if size >= 10 else f"{value:.3g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _figure(value, unit) -> str:
    return f"{_cell(value)} {_cell(unit)}".strip() if value is not None else ""


def markdown(outcomes: list[Outcome], started: str, loads: tuple[str, str]) -> str:
    """The report: a header, one status table, one figures table, then tables printed as-is."""
    lines = ["# Benchmark results", "",
             f"`make bench` on {started} UTC: {os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
             f"Python {platform.python_version()}; load average {loads[0]} at the start, {loads[1]} at the end.",
             "The machine is shared: figures are medians of runs made in turn, and ratios matter more than "
             "seconds.", "",
             "| benchmark | status | seconds |", "|---|---|---|"]
    lines += [f"| {o.script} | {o.status} | {o.seconds:.0f} |" for o in outcomes]
    rows = [(o.script, r) for o in outcomes for r in o.rows]
    if rows:
        lines += ["", "## Figures beside their baselines", "",
                  "| benchmark | measure | ours | baseline | baseline figure | ratio | target | note | load |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for script, r in rows:
            ratio = f"{r['ratio']:.2f}x" if isinstance(r.get("ratio"), (int, float)) else ""
            lines.append("| " + " | ".join([
                script.removesuffix("_bench.py"), _cell(r.get("measure")), _figure(r.get("figure"), r.get("unit")),
                _cell(r.get("baseline")), _figure(r.get("baseline_figure"), r.get("baseline_unit", r.get("unit"))),
                ratio, _cell(r.get("target")), _cell(r.get("note")), _cell(r.get("load"))]) + " |")
    for o in outcomes:
        if o.rows and o.status == "ok":
            continue
        shown = [ln for ln in o.output if ln.strip()][-TAIL_LINES:]
        if not shown:
            continue
        lines += ["", f"## {o.script} ({o.status}), as printed", "", "```", *shown, "```"]
    return "\n".join(lines) + "\n"


def _merge(store: Path, fresh: list[Outcome], started: str, loads: tuple[str, str]):
    """The last run's outcomes with this run's replacing (or joining) them, in name order."""
    try:
        last = json.loads(store.read_text(encoding="utf-8"))
        kept = {o["script"]: Outcome(**o) for o in last["outcomes"]}
    except (OSError, ValueError, KeyError, TypeError):
        return fresh, started, loads
    kept.update({o.script: o for o in fresh})
    when = f"{last.get('started', '?')} (updated {started}: {', '.join(o.script for o in fresh)})"
    return [kept[name] for name in sorted(kept)], when, tuple(last.get("loads", loads))


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=HERE, help="folder holding the *_bench.py scripts")
    ap.add_argument("--limit", type=float, default=600.0, help="seconds each script may run")
    ap.add_argument("--only", default="", help="comma-separated name parts; default: every script")
    ap.add_argument("--args", action="append", default=[], metavar="NAME=ARGS",
                    help='extra arguments for one script, e.g. "render_bench=--rounds 1"')
    ap.add_argument("--out", type=Path, default=None, help="default: RESULTS.md in --dir")
    ap.add_argument("--update", action="store_true",
                    help="keep the last figures (RESULTS.json) of the scripts not run this time")
    opts = ap.parse_args(argv)
    scripts = sorted(opts.dir.glob("*_bench.py"))
    wanted = [w.strip() for w in opts.only.split(",") if w.strip()]
    if wanted:
        scripts = [s for s in scripts if any(w in s.name for w in wanted)]
    if not scripts:
        print(f"no *_bench.py scripts in {opts.dir}" + (f" matching {opts.only}" if wanted else ""), file=sys.stderr)
        return 2
    extra: dict[str, list[str]] = {}
    for item in opts.args:
        name, _, args = item.partition("=")
        extra[name.strip().removesuffix(".py")] = shlex.split(args)
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    load0 = _load()
    outcomes = []
    for script in scripts:
        print(f"== {script.name} (limit {opts.limit:.0f} s)", flush=True)
        outcome = run_script(script, opts.limit, extra.get(script.stem, []))
        for line in outcome.output:
            print("   " + line)
        print(f"   -> {outcome.status} in {outcome.seconds:.0f} s, {len(outcome.rows)} figures", flush=True)
        outcomes.append(outcome)
    out = opts.out or opts.dir / "RESULTS.md"
    store = out.with_suffix(".json")
    loads = (load0, _load())
    if opts.update:
        outcomes, started, loads = _merge(store, outcomes, started, loads)
    store.write_text(json.dumps({"started": started, "loads": loads, "outcomes": [asdict(o) for o in outcomes]},
                                indent=1), encoding="utf-8")
    out.write_text(markdown(outcomes, started, loads), encoding="utf-8")
    failed = [o.script for o in outcomes if o.status != "ok"]
    print(f"wrote {out}; " + (f"not ok: {', '.join(failed)}" if failed else "all ran"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
