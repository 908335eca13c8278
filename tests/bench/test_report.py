"""benchmarks/report.py: runs every *_bench.py with a time limit, marks failures, writes one table."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _script(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")


def test_report_collects_figures_and_marks_failures(tmp_path):
    report = _load("report")
    _script(tmp_path, "alpha_bench.py", f"""
        import sys
        sys.path.insert(0, {str(REPO / 'benchmarks')!r})
        from benchlib import emit
        emit("widgets per second", 12.5, "w/s", "naive loop", 5.0, 2.5, ">= 2x", "pipes | in a note")
        emit("frame time", 1480.4, "ms", "seek and decode", 768.2, 1.93)
        print("a plain table line")
        """)
    _script(tmp_path, "broken_bench.py", """
        print("starting")
        raise SystemExit(3)
        """)
    _script(tmp_path, "slow_bench.py", """
        import subprocess, sys, time
        print("before the wait", flush=True)
        subprocess.run([sys.executable, "-c", "import time; time.sleep(60)"])
        """)
    _script(tmp_path, "table_bench.py", """
        print("measure      ours  budget")
        print("open project 0.12  0.20")
        """)
    _script(tmp_path, "helper.py", "raise SystemExit('helpers are not benchmarks')\n")
    out = tmp_path / "RESULTS.md"
    assert report.main(["--dir", str(tmp_path), "--limit", "5", "--out", str(out),
                        "--args", "table_bench=--ignored"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| alpha_bench.py | ok |" in text
    assert "| broken_bench.py | failed (exit 3) |" in text
    assert "| slow_bench.py | timed out after 5 s |" in text
    assert "| table_bench.py | ok |" in text
    assert "helper.py" not in text
    row = next(line for line in text.splitlines() if "widgets per second" in line)
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[:7] == ["alpha", "widgets per second", "12.5 w/s", "naive loop", "5 w/s", "2.50x", ">= 2x"]
    assert "pipes \\| in a note" in row
    assert "| 1,480 ms | seek and decode | 768 ms | 1.93x |" in text  # no exponents
    assert "open project 0.12  0.20" in text  # a script's own table is kept as printed
    assert "before the wait" in text and "starting" in text


def test_report_only_filters_and_says_when_nothing_matches(tmp_path, capsys):
    report = _load("report")
    _script(tmp_path, "one_bench.py", "print('one')\n")
    _script(tmp_path, "two_bench.py", "print('two')\n")
    out = tmp_path / "R.md"
    assert report.main(["--dir", str(tmp_path), "--only", "two", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "two_bench.py" in text and "one_bench.py" not in text
    assert report.main(["--dir", str(tmp_path), "--only", "nothing"]) == 2
    assert "no *_bench.py scripts" in capsys.readouterr().err


def test_paired_rotates_order_and_ratio_is_median_of_pairs():
    benchlib = _load("benchlib")
    order: list[str] = []
    times = benchlib.paired({"a": lambda: order.append("a"), "b": lambda: order.append("b"),
                             "c": lambda: order.append("c")}, 3)
    assert order == ["a", "b", "c", "b", "c", "a", "c", "a", "b"]
    assert all(len(v) == 3 for v in times.values())
    assert benchlib.ratio({"x": [2.0, 9.0, 3.0], "y": [1.0, 1.0, 3.0]}, "x", "y") == 2.0


def test_update_reruns_one_script_and_keeps_the_others(tmp_path):
    report = _load("report")
    _script(tmp_path, "one_bench.py", "print('one first')\n")
    _script(tmp_path, "two_bench.py", "print('two first')\nraise SystemExit(1)\n")
    out = tmp_path / "RESULTS.md"
    assert report.main(["--dir", str(tmp_path), "--out", str(out)]) == 0
    assert "| two_bench.py | failed (exit 1) |" in out.read_text(encoding="utf-8")
    _script(tmp_path, "two_bench.py", "print('two fixed')\n")
    assert report.main(["--dir", str(tmp_path), "--out", str(out), "--only", "two", "--update"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| one_bench.py | ok |" in text and "one first" in text
    assert "| two_bench.py | ok |" in text and "two fixed" in text and "two first" not in text
    assert "updated" in text
