"""Checks suite AH without the planner: every case parses (editor_app.eval.suite.load_suite), every
expectation name is one of editor_app/eval/checks.py's CHECKS, every spec only uses the keys its
check reads, and no case that expects an edit already passes on the untouched project (a planner
that does nothing must fail every edit case; it must pass every must-not-edit case). Also checks every
case against project AH itself: every media name an expectation or a setup names is in the project,
every B-roll "over a part" range is exactly a sentence of the transcript (start of one, end of one),
word-level ranges are word times, expected starts and titles lie on the timeline, duration bounds
are ordered and inside the fresh timeline, exact titles are typed in the message (or the first
earlier turn), must-not-edit cases expect nothing else, and setup clips never overlap.

    cd evals/ah_generators && PYTHONPATH=<repo> QT_QPA_PLATFORM=offscreen /work/main/.venv/bin/python check_ah_keys.py

(The suite files are in evals/, beside this folder; the project is editor_app/eval/project_ah_skillet.py.)
Adapted from Q's check_q_keys.py (itself from P's): the numeric parameters of rotate (degrees), pip
(scale, margin) and colour (tint) are allowed in an effect spec too, since checks.py compares every
numeric key. Added for AH: every case's note names who typed it (Darnell, Keisha, the sponsor's social
media manager or Jaylen), each of the four types at least a fifth of the cases, and the share of
must-not-edit cases stays between 0.22 and 0.33.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
DATA = HERE.parent  # evals/: ah_heldout.jsonl and ah_retrieval.jsonl
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
                 "center_x", "center_y", "size", "target_lufs", "tint", "degrees", "scale", "margin"}


def main() -> None:
    path = DATA / "ah_heldout.jsonl"
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
    from editor_app.eval.project_ah_skillet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_skillet_project, timed_script
    import make_ah_suite
    seg, words, _t = timed_script(SCRIPT)
    starts, ends = {s.start for s in seg}, {s.end for s in seg}
    wstarts, wends = {w.start for w in words}, {w.end for w in words}
    names = {TALK, MUSIC, TAKE2, SFX, *(b[0] for b in BROLL)}
    D = make_ah_suite.D
    rows = [json.loads(x) for x in (DATA / "ah_heldout.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    if rows != json.loads(json.dumps(make_ah_suite.CASES)):
        problems.append("ah_heldout.jsonl is not what make_ah_suite.py writes: rerun the generator")

    def media_in(value, out):
        if isinstance(value, dict):
            if "media" in value:
                out.append(value["media"])
            for v in value.values():
                media_in(v, out)
        return out

    for case in cases:
        for name in media_in(case.expect, []):
            if name not in names:
                problems.append(f"{case.id}: names media {name!r} that the project lacks")
        lt, gt = case.expect.get("duration_lt"), case.expect.get("duration_gt")
        if lt is not None and not 0 < lt <= D or gt is not None and not 0 < gt <= D:
            problems.append(f"{case.id}: duration bound outside the timeline")
        if lt is not None and gt is not None and not gt < lt:
            problems.append(f"{case.id}: duration bounds out of order")
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec:
            a, b = spec["overlaps"]
            if case.id.startswith("ah-broll-") and not (a in starts and b in ends and a < b):
                problems.append(f"{case.id}: B-roll range {a}-{b} is not a sentence of the transcript")
            if case.id.startswith("ah-pos-sizzle-") and not (a in wstarts and b in wends and a < b):
                problems.append(f"{case.id}: word range {a}-{b} is not word times")
        for key in ("start",):
            if key in spec and not 0 <= spec[key] < D:
                problems.append(f"{case.id}: start {spec[key]} off the timeline")
        t = case.expect.get("title")
        if t:
            if "start" in t and not 0 <= t["start"] < D:
                problems.append(f"{case.id}: title start off the timeline")
            if t.get("exact") and t["text"] not in case.message and not (case.history and t["text"] in case.history[0]):
                problems.append(f"{case.id}: exact title text not typed by the user")
        if (case.expect.get("unchanged") or case.expect.get("confirm")) and (
                {"clip_on_track", "effect", "speed", "title", "clip_volume"} & set(case.expect)):
            problems.append(f"{case.id}: must-not-edit case expects an edit")
        if case.id.startswith(("ah-question-where", "ah-convo-where")):
            reply = case.expect.get("reply_has") or [""]
            if reply[0] not in {f"{int(s // 60)}:{int(s % 60):02d}" for s in starts}:
                problems.append(f"{case.id}: the answer is not a sentence start")
        if case.playhead is not None and not 0 <= case.playhead < D:
            problems.append(f"{case.id}: playhead off the timeline")
    retrieval = DATA / "ah_retrieval.jsonl"
    if retrieval.exists():
        import make_ah_retrieval
        rows = [json.loads(x) for x in retrieval.read_text(encoding="utf-8").splitlines() if x.strip()]
        if rows != [{"query": q, "start": seg[i].start} for i, q in make_ah_retrieval.QUERIES]:
            problems.append("ah_retrieval.jsonl is not what make_ah_retrieval.py writes")
        if not all(r["start"] in starts for r in rows) or len({r["query"] for r in rows}) != len(rows):
            problems.append("retrieval rows must be distinct and point at sentence starts")
    with tempfile.TemporaryDirectory() as tmp:
        session = create_skillet_project(Path(tmp) / "skillet")
        initial = project_summary(session.project)
        if abs(initial["duration"] - D) > 0.005:
            problems.append(f"the built timeline is {initial['duration']} s but the suite's bounds use D = {D}")
        for case in cases:
            work = session.project.model_copy(deep=True)
            for op in case.setup:
                parsed = parse_operation(dict(op), work.fps, units="seconds")
                parsed.validate(work)
                parsed.apply(work)
            before = project_summary(work)
            broll = sorted((c for t in before["tracks"] if t["role"] == "broll" for c in t["clips"]), key=lambda c: c["start"])
            if any(x["end"] > y["start"] + 0.01 for x, y in zip(broll, broll[1:])) or before["duration"] != initial["duration"]:
                problems.append(f"{case.id}: setup clips overlap or lengthen the timeline")
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
    from make_ah_suite import DARNELL, JAYLEN, KEISHA, SPONSOR
    people = Counter(next((p for p in (DARNELL, KEISHA, SPONSOR, JAYLEN) if c.note.startswith(p)), None) for c in cases)
    if None in people:
        problems.append(f"{people[None]} cases do not say who typed them")
    if any(people[p] < len(cases) / 5 for p in (DARNELL, KEISHA, SPONSOR, JAYLEN)):
        problems.append(f"the four people are not mixed roughly equally: {dict(people)}")
    share = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases) / len(cases)
    if not 0.22 <= share <= 0.33:
        problems.append(f"must-not-edit share {share:.2f} is outside 0.22-0.33")
    cats = Counter(category_of(c.id) for c in cases)
    nonedit = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases)
    print(len(cases), "cases;", nonedit, "must not edit;", sum(bool(c.history) for c in cases), "with history")
    print(dict(sorted(cats.items())))
    print("who types:", dict(people))
    print("\n".join(problems) or "all specs use supported keys; no-op planner fails every edit case")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
