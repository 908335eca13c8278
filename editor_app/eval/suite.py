"""Eval suites as data: one JSON object per line (JSONL) or a JSON list.

A case: {"id", "message", "agents": [...expected acting agents...], "expect": {check: spec},
optional "setup": [operation dicts, times in seconds, applied before the message],
"history": [earlier chat messages, each run as an applied turn first (conversation cases)],
"selection": [clip ids], "playhead": seconds, "note"}.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.eval.checks import CHECKS

DEFAULT_SUITE = Path(__file__).resolve().parents[2] / "evals" / "demo.jsonl"


class SuiteError(ValueError):
    """A suite file that cannot be read; the message names the file and line."""


@dataclass
class Case:
    id: str
    message: str
    expect: dict[str, Any]
    agents: list[str] = field(default_factory=list)
    setup: list[dict[str, Any]] = field(default_factory=list)
    selection: list[str] = field(default_factory=list)
    playhead: float | None = None
    note: str = ""
    history: list[str] = field(default_factory=list)  # earlier chat turns, applied before the message


def _case(data: Any, where: str) -> Case:
    if not isinstance(data, dict):
        raise SuiteError(f"{where}: a case must be a JSON object")
    missing = [k for k in ("id", "message", "expect") if k not in data]
    if missing:
        raise SuiteError(f"{where}: missing {', '.join(missing)}")
    unknown = [k for k in data["expect"] if k not in CHECKS]
    if unknown:
        raise SuiteError(f"{where}: unknown check(s) {', '.join(unknown)}")
    extra = set(data) - {"id", "message", "expect", "agents", "setup", "selection", "playhead", "note", "history"}
    if extra:
        raise SuiteError(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
    return Case(**data)


def load_suite(path: str | Path | None = None) -> list[Case]:
    """Read a suite (.jsonl or .json); ids must be unique."""
    path = Path(path) if path else DEFAULT_SUITE
    if not path.exists():
        raise SuiteError(f"no eval suite at {path}")
    text = path.read_text(encoding="utf-8")
    cases: list[Case] = []
    try:
        if path.suffix == ".json":
            cases = [_case(item, f"{path.name}[{i}]") for i, item in enumerate(json.loads(text))]
        else:
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip() and not line.lstrip().startswith("//"):
                    cases.append(_case(json.loads(line), f"{path.name}:{number}"))
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{path.name}: not valid JSON ({exc})") from None
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise SuiteError(f"{path.name}: duplicate case id {case.id!r}")
        seen.add(case.id)
    return cases
