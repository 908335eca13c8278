"""Property: whatever cuts are asked for over a transcribed clip, no word is left partly cut.

A word counts as whole when what is kept of it is within half a frame of all or nothing:
edges are whole frames, and two touching words have no frame between them.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from speech_truth import kept_source_spans, speech_project

from editor_app.model.history import apply_all
from editor_app.model.operations import CutRange, CutWords, OperationError, RemoveFillers, ShortenPauses

BASE = {fps: speech_project("fillers", fps=fps) for fps in (Fraction(30), Fraction(25), Fraction(30000, 1001))}


def _request(data, project):
    end = project.duration
    kind = data.draw(st.sampled_from(["range", "range", "words", "fillers", "pauses"]))
    a = data.draw(st.integers(0, max(0, end - 1)))
    b = data.draw(st.integers(a + 1, end))
    if kind == "range":
        return CutRange(start=a, end=b, track_ids=data.draw(st.sampled_from([None, ["t1"]])))
    if kind == "words":
        return CutWords(start=a, end=b)
    if kind == "fillers":
        return RemoveFillers()
    return ShortenPauses(max_pause=data.draw(st.integers(1, 20)))


def partly_cut(project) -> list[str]:
    fps = project.fps
    tol = float(Fraction(1, 2) / fps) + 1e-6
    spans = kept_source_spans(project)
    bad = []
    for w in project.media["m1"].words:
        keep = sum(max(0.0, min(w.end, e) - max(w.start, s)) for s, e, _ in spans)
        if tol < keep < (w.end - w.start) - tol:
            bad.append(f"{w.text} {w.start:.3f}-{w.end:.3f} keeps {keep:.3f}")
    return bad


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_cuts_never_leave_a_word_partly_cut(data):
    fps = data.draw(st.sampled_from(sorted(BASE)))
    project = BASE[fps].clone()
    for _ in range(data.draw(st.integers(1, 4))):
        if project.duration < 2:
            break
        op = _request(data, project)
        try:
            op.validate(project)
        except OperationError:
            continue  # refused with a reason: fine, nothing changed
        apply_all(project, [op])
        assert partly_cut(project) == [], op
        assert project.check_invariants() == []
