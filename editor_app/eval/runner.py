"""Run a suite: each case on a fresh copy of the demo project, through the Orchestrator, checked on the summary.

The demo is generated once per run (seconds) and its folder copied per case (media shared,
read-only). The Orchestrator picks the LLM backend when one is configured, else the offline
planner, so the same command scores either.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from editor_app.eval.checks import CheckContext, run_checks
from editor_app.eval.suite import Case
from editor_app.model.operations import parse_operation
from editor_app.model.summary import project_summary
from editor_app.model.time import seconds_to_frames


def category_of(case_id: str) -> str:
    """The id's first word, or its second when the first is a suite's short prefix (h-, b-, c-)."""
    words = case_id.split("-")
    return words[1] if len(words) > 2 and len(words[0]) <= 2 else words[0]


@dataclass
class CaseResult:
    id: str
    message: str
    agents_expected: list[str]
    passed: bool
    checks: list[tuple[str, bool, str]]
    agents: list[str] = field(default_factory=list)
    reply: str = ""
    errors: list[str] = field(default_factory=list)
    tokens: int = 0
    latency_s: float = 0.0
    destructive: bool = False  # the turn removed time or clips (a failed case that did is a wrong destructive edit)
    category: str = ""  # the case's "category", else from its id (broll-beach-it -> broll, c-broll-x -> broll)
    cost_usd: float = 0.0
    cost_known: bool = True
    repeat: int = 0  # which run of the case (eval --repeat N)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "message": self.message, "passed": self.passed, "agents_expected": self.agents_expected,
            "agents": self.agents, "reply": self.reply, "errors": self.errors, "tokens": self.tokens,
            "latency_s": round(self.latency_s, 4), "destructive": self.destructive,
            "category": self.category, "repeat": self.repeat,
            "cost_usd": round(self.cost_usd, 6) if self.cost_known else None,
            "checks": [{"check": n, "passed": ok, "detail": d} for n, ok, d in self.checks],
        }


def _orchestrator_turn(backend: Any, use_index: bool = False) -> Callable[..., Any]:
    from editor_app.service import AppService

    def turn(session, message: str, selection: list[str], playhead: int | None):
        service = AppService(session, backend=backend, use_index=use_index)  # the window's and the CLI's wiring
        if use_index:
            service.sync_index()  # the project's context index, as in the window and the CLI
        return service.run_turn_sync(message, auto_apply=True, selection=selection, playhead=playhead)

    return turn


def _open_case(template: Path, work: Path, case: Case):
    from editor_app.session import Session

    target = work / case.id
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("media", "index", "cache", "chat.jsonl"))
    session = Session.open(target)
    if case.setup:
        fps = session.project.fps
        session.apply([parse_operation(dict(op), fps, units="seconds") for op in case.setup], "eval setup")
    return session


def run_case(case: Case, template: Path, work: Path, initial: dict, turn: Callable[..., Any]) -> CaseResult:
    session = _open_case(template, work, case)
    before = project_summary(session.project)
    playhead = seconds_to_frames(case.playhead, session.project.fps) if case.playhead is not None else None
    for earlier in case.history:  # conversation cases: the earlier turns, applied and remembered
        turn(session, earlier, list(case.selection), playhead)
    if case.history:
        before = project_summary(session.project)
    started = time.perf_counter()
    try:
        result = turn(session, case.message, list(case.selection), playhead)
        errors = list(getattr(result, "errors", []) or [])
    except Exception as exc:  # noqa: BLE001 - one broken case must not end the run
        result, errors = None, [f"{type(exc).__name__}: {exc}"]
    latency = time.perf_counter() - started
    after = project_summary(session.project)
    checks = run_checks(case.expect, CheckContext(after, before, initial, result))
    usage = getattr(result, "usage", None)
    shutil.rmtree(work / case.id, ignore_errors=True)
    destructive = _removed_something(before, after)
    return CaseResult(
        id=case.id, message=case.message, agents_expected=case.agents, passed=all(ok for _, ok, _ in checks),
        checks=checks, agents=list(getattr(result, "agents", []) or []), reply=getattr(result, "reply", "") or "",
        errors=errors, tokens=getattr(usage, "total_tokens", 0) if usage else 0, latency_s=latency,
        destructive=destructive,
        category=getattr(case, "category", None) or category_of(case.id),
        cost_usd=getattr(usage, "cost_usd", 0.0) if usage else 0.0,
        cost_known=getattr(usage, "cost_known", True) if usage else True,
    )


def _removed_something(before: dict, after: dict) -> bool:
    """Did the turn take time or clips away (timeline shorter, fewer clips, a clip shortened)?"""
    if after["duration"] < before["duration"] - 0.01:
        return True
    old = {c["id"]: c for t in before["tracks"] for c in t["clips"]}
    new = {c["id"]: c for t in after["tracks"] for c in t["clips"]}
    if set(old) - set(new):
        return True
    return any(new[i]["end"] - new[i]["start"] < old[i]["end"] - old[i]["start"] - 0.01 for i in old if i in new)


def run_suite(
    cases: list[Case],
    *,
    backend: Any = None,
    template: Path | None = None,
    on_result: Callable[[CaseResult], None] | None = None,
    repeat: int = 1,
    project: str = "demo",
    use_index: bool = False,
) -> list[CaseResult]:
    """Run every case on a fresh copy of ``project`` ("demo" or a name in eval.projects.PROJECTS),
    ``repeat`` times each (to show a model's variance); ``template`` reuses an existing project folder."""
    from editor_app.session import Session

    turn = _orchestrator_turn(backend, use_index)
    # ignore_cleanup_errors: the index may still be saving sentence vectors into a case folder in the background
    with tempfile.TemporaryDirectory(prefix="editor-eval-", ignore_cleanup_errors=True) as tmp:
        root = Path(tmp)
        if template is None:
            template = root / project
            if project == "demo":
                from editor_app.demo import create_demo_project

                create_demo_project(template)
            else:
                from editor_app.eval.projects import PROJECTS

                if project not in PROJECTS:
                    raise ValueError(f"unknown eval project {project!r}: use demo or {', '.join(PROJECTS)}")
                PROJECTS[project](template).close()
        initial = project_summary(Session.open(template).project)
        work = root / "cases"
        work.mkdir()
        results = []
        for round_ in range(max(1, repeat)):
            for case in cases:
                result = run_case(case, template, work, initial, turn)
                result.repeat = round_
                results.append(result)
                if on_result:
                    on_result(result)
    return results


def score(results: list[CaseResult]) -> dict[str, Any]:
    """Accuracy overall and per expected agent (a case counts for each agent it expects), tokens and latency."""
    def block(items: list[CaseResult]) -> dict[str, Any]:
        n = len(items)
        passed = sum(r.passed for r in items)
        return {
            "cases": n, "passed": passed, "accuracy": round(passed / n, 4) if n else 0.0,
            "tokens": sum(r.tokens for r in items),
            "tokens_per_case": round(sum(r.tokens for r in items) / n, 1) if n else 0.0,
            "latency_s_mean": round(sum(r.latency_s for r in items) / n, 4) if n else 0.0,
            "latency_s_max": round(max((r.latency_s for r in items), default=0.0), 4),
            "cost_usd": round(sum(r.cost_usd for r in items), 6),
            "cost_known": all(r.cost_known for r in items),
        }

    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        for agent in result.agents_expected or ["none"]:
            groups.setdefault(agent, []).append(result)
    categories: dict[str, list[CaseResult]] = {}
    rounds: dict[int, list[CaseResult]] = {}
    outcomes: dict[str, set[bool]] = {}
    for result in results:
        categories.setdefault(result.category or "other", []).append(result)
        rounds.setdefault(result.repeat, []).append(result)
        outcomes.setdefault(result.id, set()).add(result.passed)
    per_round = [round(sum(r.passed for r in items) / len(items), 4) for _, items in sorted(rounds.items())]
    return {
        "overall": block(results),
        "per_agent": {agent: block(items) for agent, items in sorted(groups.items())},
        "per_category": {cat: block(items) for cat, items in sorted(categories.items())},
        "repeats": {"rounds": len(per_round), "accuracy_per_round": per_round,
                    "accuracy_spread": round(max(per_round) - min(per_round), 4) if per_round else 0.0,
                    "unstable_cases": sorted(i for i, seen in outcomes.items() if len(seen) > 1)},
        "failures": sorted({r.id for r in results if not r.passed}),
        "wrong_destructive": sorted({r.id for r in results if r.destructive and not r.passed}),
    }
