"""Render after word cuts and measure the sound: fillers gone, speech kept, no click at any join."""

from __future__ import annotations

import numpy as np
import pytest
from speech_truth import SPEECH, chunks, kept_source_spans, speech_project

from editor_app.media.levels import decode_mono
from editor_app.model.history import apply_all
from editor_app.model.operations import CutWords, RemoveFillers
from editor_app.render.export import render

SR = 16000


def rendered(project, tmp_path, name="out.wav"):
    out = tmp_path / name
    render(project, out, preset="wav")
    return decode_mono(out, SR)


def present_mask(project, out: np.ndarray, source: np.ndarray) -> np.ndarray:
    """Per source sample: found in the render where the timeline puts it (checked sample by sample)."""
    mask = np.zeros(len(source), bool)
    gains = []
    for s, e, t in kept_source_spans(project):
        a, b, o = round(s * SR), round(e * SR), round(t * SR)
        n = min(b - a, len(out) - o)
        inner = slice(80, max(80, n - 80))  # the 5 ms join fades change the outer samples on purpose
        got, want = out[o:o + n][inner].astype(np.float64), source[a:a + n][inner].astype(np.float64)
        gain = float(got @ want / max(want @ want, 1e-12))  # mono to stereo and back costs a fixed gain
        match = np.abs(got - gain * want) < 0.01
        assert match.mean() > 0.99, f"the render does not hold source {s:.3f}-{e:.3f} at {t:.3f}"
        gains.append(gain)
        mask[a:a + n] = True
    assert max(gains) - min(gains) < 0.02 and min(gains) > 0.5
    return mask


def test_remove_fillers_render_drops_fillers_and_keeps_speech(tmp_path):
    project = speech_project("fillers")
    apply_all(project, [RemoveFillers()])
    out = rendered(project, tmp_path)
    source = decode_mono(SPEECH / "fillers.wav", SR)
    assert abs(len(out) - round(float(project.duration / project.fps) * SR)) <= 2
    mask = present_mask(project, out, source)
    for chunk in chunks("fillers", "filler"):
        a, b = round(chunk["start"] * SR), round(chunk["end"] * SR)
        assert 1 - mask[a:b].mean() >= 0.8, f"filler at {chunk['start']} mostly still there"
    for chunk in chunks("fillers", "speech"):
        a, b = round(chunk["start"] * SR), round(chunk["end"] * SR)
        assert 1 - mask[a:b].mean() <= 0.05, f"speech '{chunk['text']}' lost samples"


def joins(project) -> list[int]:
    return [round(t * SR) for _s, _e, t in kept_source_spans(project)[1:]]


def largest_jumps(out: np.ndarray, at: list[int]) -> tuple[float, float, float]:
    """Largest sample-to-sample step within 5 ms of a join, the largest anywhere else, and the
    99th percentile of the steps in the sound elsewhere (a stricter bar: this espeak voice has
    single steps far above what a click at a join makes)."""
    step = np.abs(np.diff(out))
    near = np.zeros(len(step), bool)
    for j in at:
        near[max(0, j - 80):j + 80] = True
    rest = step[~near]
    return float(step[near].max()), float(rest.max()), float(np.percentile(rest[rest > 1e-4], 99))


@pytest.mark.parametrize("cut", ["fillers", "words"])
def test_no_click_at_any_join(tmp_path, cut):
    project = speech_project("fillers")
    if cut == "fillers":
        apply_all(project, [RemoveFillers()])
    else:  # joins inside running speech, where the waveform is far from zero
        apply_all(project, [CutWords(text="want to"), CutWords(text="the battery"), CutWords(text="flips all")])
    out = rendered(project, tmp_path)
    at = joins(project)
    assert len(at) >= 3
    near, elsewhere, typical = largest_jumps(out, at)
    assert near <= elsewhere, f"a join steps {near:.3f}, the speech at most {elsewhere:.3f}"
    assert near <= typical, f"a join steps {near:.3f}, 99% of the speech's steps are below {typical:.3f}"


def test_fades_only_at_real_clip_edges():
    """A piece cut short by the rendered range (preview, parallel segments) must not dip."""
    from editor_app.render.audio import join_fades
    from editor_app.render.pieces import Piece

    project = speech_project("fillers")
    apply_all(project, [RemoveFillers()])
    media = project.media["m1"]
    first, second = project.track("t1").clips[:2]
    assert join_fades(Piece(first, media, 0, first.duration), project.fps) == [
        "afade=t=out:st=" + f"{float(first.duration / project.fps) - 0.005:.6f}" + ":d=0.005000"]
    assert len(join_fades(Piece(second, media, 0, second.duration), project.fps)) == 2
    assert join_fades(Piece(second, media, 3, second.duration - 6), project.fps) == []  # inside the clip both ends
