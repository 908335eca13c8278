"""Checks suite N without the planner: every case parses (editor_app.eval.suite.load_suite), every
expectation name is one of editor_app/eval/checks.py's CHECKS, every spec only uses the keys its
check reads, and no case that expects an edit already passes on the untouched project (a planner
that does nothing must fail every edit case; it must pass every must-not-edit case).

    cd <this folder> && PYTHONPATH=/work/main:. QT_QPA_PLATFORM=offscreen /work/main/.venv/bin/python check_n_keys.py
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from editor_app.eval.checks import CHECKS, CheckContext, run_checks  # noqa: E402
from editor_app.eval.runner import category_of  # noqa: E402
from editor_app.eval.suite import load_suite  # noqa: E402
from editor_app.model.operations import parse_operation  # noqa: E402
from editor_app.model.summary import project_summary  # noqa: E402

SELECT = {"media", "clip", "role", "track"}
SPEC_KEYS = {  # the keys each check reads (checks.py)
    "clip_on_track": SELECT | {"overlaps", "within", "start", "tol", "count"},
    "no_clip": SELECT,
    "clip_volume": SELECT | {"db", "tol"},
    "speed": SELECT | {"value"},
    "transition": {"role", "track", "kind", "duration", "between"},
    "title": {"text", "exact", "start", "duration"},
    "clip_boundary_at": {"role", "time", "tol"},
}
EFFECT_PARAMS = {"duration", "brightness", "contrast", "saturation", "temperature", "radius", "start_scale", "end_scale",
                 "center_x", "center_y", "size", "target_lufs"}


def main() -> None:
    path = HERE / "n_heldout.jsonl"
    cases = load_suite(path)  # raises on an unknown check or field
    problems = []
    for case in cases:
        for name, spec in case.expect.items():
            assert name in CHECKS, (case.id, name)
            if name in SPEC_KEYS:
                extra = set(spec) - SPEC_KEYS[name]
                if extra:
                    problems.append(f"{case.id}: {name} has unread keys {extra}")
            if name in ("effect", "no_effect"):
                extra = set(spec) - SELECT - {"type", "all"} - EFFECT_PARAMS
                if extra or "type" not in spec:
                    problems.append(f"{case.id}: {name} spec {spec}")
            if name in ("track_muted", "track_unmuted") and not isinstance(spec, (str, dict)):
                problems.append(f"{case.id}: {name} spec {spec}")
    from project_n_beehives import create_beehives_project
    with tempfile.TemporaryDirectory() as tmp:
        session = create_beehives_project(Path(tmp) / "beehives")
        initial = project_summary(session.project)
        for case in cases:
            work = session.project.model_copy(deep=True)
            for op in case.setup:
                parsed = parse_operation(dict(op), work.fps, units="seconds")
                parsed.validate(work)
                parsed.apply(work)
            before = project_summary(work)
            noop = SimpleNamespace(agents=[], special=None, confirm=None, reply="", errors=[])
            results = run_checks(case.expect, CheckContext(before, before, initial, noop))
            must_not_edit = bool(case.expect.get("unchanged") or case.expect.get("confirm"))
            passed = all(ok for _n, ok, _d in results)
            if case.expect.get("confirm") or "reply_has" in case.expect or "special" in case.expect:
                continue  # a do-nothing turn has no confirm / reply to show
            if must_not_edit and not passed and not case.history:
                problems.append(f"{case.id}: must-not-edit case fails on the untouched project {results}")
            if not must_not_edit and passed and not case.history:
                problems.append(f"{case.id}: edit case already passes on the untouched project")
        session.close()
    cats = Counter(category_of(c.id) for c in cases)
    nonedit = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases)
    print(len(cases), "cases;", nonedit, "must not edit;", sum(bool(c.history) for c in cases), "with history")
    print(dict(sorted(cats.items())))
    print("\n".join(problems) or "all specs use supported keys; no-op planner fails every edit case")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
