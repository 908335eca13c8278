"""Shared helpers for honest benchmarks on a shared, loaded machine.

Why: timing each variant once (or all runs of one variant, then all of the other) lets the
machine's load swing the result (the same code scored 1.02x and 1.32x on two runs). Here the
variants run in turn within each round, the order rotating every round, and the figure is
the median of the per-round ratios, printed with the load average so a reader can judge it.

``emit`` prints a human line and a machine line (``BENCH {json}``) that benchmarks/report.py
collects into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable


def load() -> str:
    """The 1-minute load average against the cores, e.g. "load 11.8 on 2 cores"."""
    try:
        one = os.getloadavg()[0]
    except OSError:
        return f"load ? on {os.cpu_count()} cores"
    return f"load {one:.1f} on {os.cpu_count()} cores"


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def paired(variants: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Run every variant once per round, rotating the order each round; seconds per run."""
    names = list(variants)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(timed(variants[name]))
    return times


def ratio(times: dict[str, list[float]], a: str, b: str) -> float:
    """Median over rounds of a's time divided by b's time in the same round."""
    return statistics.median(x / y for x, y in zip(times[a], times[b]))


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt(value: float) -> str:
    """A figure for people: 1,480 / 14.6 / 0.752 (no exponents)."""
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def emit(measure: str, figure: float, unit: str, baseline: str, baseline_figure: float | None = None,
         ratio_value: float | None = None, target: str = "", note: str = "", baseline_unit: str | None = None) -> None:
    """Print one result: our figure beside its baseline, and the machine line for the report."""
    parts = [f"{measure}: {fmt(figure)} {unit}"]
    if baseline_figure is not None:
        parts.append(f"{baseline}: {fmt(baseline_figure)} {baseline_unit or unit}")
    else:
        parts.append(f"baseline: {baseline}")
    if ratio_value is not None:
        parts.append(f"ratio {ratio_value:.2f}x")
    if target:
        parts.append(f"target {target}")
    if note:
        parts.append(note)
    print(" | ".join(parts), flush=True)
    row = {"measure": measure, "figure": round(figure, 4), "unit": unit, "baseline": baseline,
           "baseline_unit": baseline_unit or unit, "baseline_figure": None if baseline_figure is None else round(baseline_figure, 4),
           "ratio": None if ratio_value is None else round(ratio_value, 3), "target": target,
           "note": note, "load": load()}
    print("BENCH " + json.dumps(row), flush=True)
