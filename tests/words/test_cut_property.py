"""Property: whatever cuts (and trims) are asked for over a transcribed clip, no word is left partly cut.

A word counts as whole when what is kept of it is within one frame of all or nothing: edges
are whole frames and two touching words have no frame between them, so each of a word's two
edges may sit up to half a frame off its boundary.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from speech_truth import kept_source_spans, speech_project

from editor_app.model.operations import CutRange, CutWords, OperationError, RemoveFillers, ShortenPauses, TrimClip

BASE = {fps: speech_project("fillers", fps=fps) for fps in (Fraction(30), Fraction(25), Fraction(30000, 1001))}


def _request(data, project):
    end = project.duration
    kind = data.draw(st.sampled_from(["range", "range", "words", "fillers", "pauses", "trim"]))
    a = data.draw(st.integers(0, max(0, end - 1)))
    b = data.draw(st.integers(a + 1, end))
    if kind == "range":
        return CutRange(start=a, end=b, track_ids=data.draw(st.sampled_from([None, ["t1"]])))
    if kind == "words":
        return CutWords(start=a, end=b)
    if kind == "trim":
        clip = data.draw(st.sampled_from(project.track("t1").clips))
        edge = data.draw(st.integers(clip.start + 1, max(clip.start + 1, clip.end - 1)))
        side = data.draw(st.sampled_from(["start", "end"]))
        return TrimClip(clip_id=clip.id, **{side: edge})
    if kind == "fillers":
        return RemoveFillers()
    return ShortenPauses(max_pause=data.draw(st.integers(1, 20)))


def partly_cut(project) -> list[str]:
    fps = project.fps
    tol = float(Fraction(1) / fps) + 1e-6
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
    before = project.model_dump()
    inverses = []
    for _ in range(data.draw(st.integers(1, 4))):
        if project.duration < 2:
            break
        op = _request(data, project)
        try:
            op.validate(project)
        except OperationError:
            continue  # refused with a reason: fine, nothing changed
        inverses.append(op.apply(project))
        assert partly_cut(project) == [], op
        assert project.check_invariants() == []
    for inverse in reversed(inverses):  # and undoing them all restores the project exactly
        inverse.apply(project)
    assert project.model_dump() == before
