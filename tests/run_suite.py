"""Run the whole test suite in two pytest processes -- everything but the window tests, then
tests/ui -- and print one closing line with the totals.

The window tests once had to run one file per process: Qt crashed (SIGSEGV) between files when
Python's cycle collector freed a closed qasync loop on a worker thread, leaving its Qt timers
dangling. Collection now runs on the UI thread (editor_app/ui/gc_guard.py), so tests/ui runs in
one process again. It stays apart from the rest because it disables automatic collection.
A crash still fails the run. Exit code: 0 only if every process passed; pytest's 5 ("no tests
collected", e.g. a -k filter that selects nothing in one half) is not a failure of that half,
but a run where nothing at all passed is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


def run(args: list[str]) -> tuple[int, dict[str, int]]:
    proc = subprocess.Popen([*BASE, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    last = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        sys.stdout.write(line)
        if " in " in line and COUNT.search(line):
            last = line
    code = proc.wait()
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    for n, kind in COUNT.findall(last):
        counts["errors" if kind.startswith("error") else kind] += int(n)
    if code not in (0, 5) and not counts["failed"] and not counts["errors"]:
        counts["errors"] += 1  # a crash (e.g. SIGSEGV) leaves no summary line
        print(f"!! pytest {' '.join(args)} ended with exit code {code}")
    return code, counts


def main(argv: list[str]) -> int:
    extra = argv[1:]
    runs = [["--ignore=tests/ui", *extra], ["tests/ui", *extra]]
    total = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    bad = 0
    for args in runs:
        code, counts = run(args)
        for k, v in counts.items():
            total[k] += v
        if code not in (0, 5):  # 5: a filter (-k) selected nothing in that file
            bad += 1
    if total["passed"] == 0:
        print("pytest collected no tests: the suite is missing or broken", file=sys.stderr)
        return 1
    failed = total["failed"] + total["errors"]
    print(f"\nsuite: {total['passed']} passed, {failed} failed, {total['skipped']} skipped")
    return 1 if bad or failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
