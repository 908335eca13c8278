"""End to end on a real transcription: import fillers.wav, transcribe it offline (packaged tiny.en),
remove the fillers, render, and measure the fillers gone and the speech kept (true chunk times)."""

from __future__ import annotations

import numpy as np
import pytest
from speech_truth import SPEECH, chunks
from test_render_words import SR, largest_jumps, rendered

from editor_app.media.levels import decode_mono
from editor_app.model.operations import AddTrack, InsertClip, RemoveFillers
from editor_app.model.word_cuts import timeline_words


@pytest.fixture
def transcribed(tmp_path, monkeypatch):
    speech = pytest.importorskip("editor_app.media.speech")
    from editor_app.session import Session

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    session = Session.create(tmp_path / "vlog", name="vlog", fps=30, width=160, height=90, sample_rate=16000)
    batch, errors = session.import_files([SPEECH / "fillers.wav"])
    assert not errors
    media_id = next(iter(session.project.media))
    session.apply([AddTrack(kind="audio", role="voice", name="Voice")], "track")
    session.apply([InsertClip(track_id=session.project.tracks[-1].id, media_id=media_id, start=0)], "place")
    report = speech.transcribe_assets(session, [media_id])
    assert report.done, report.errors
    yield session, media_id
    session.close()


def test_real_transcription_remove_fillers_and_render(transcribed, tmp_path):
    session, media_id = transcribed
    asset = session.project.media[media_id]
    assert asset.words and asset.levels is not None  # transcription stored the envelope with the words
    heard = [w.text.strip(",.").lower() for w in timeline_words(session.project)]
    assert "camera" in heard and "screen" in heard
    op = RemoveFillers()
    op.validate(session.project)
    session.apply([op], "Remove fillers")
    project = session.project
    out = rendered(project, tmp_path)
    source = decode_mono(SPEECH / "fillers.wav", SR)
    # the voice track is the last track; present_mask reads t1 by default, so map through its id
    import speech_truth

    track_id = project.tracks[-1].id
    spans = speech_truth.kept_source_spans(project, track_id)
    mask = np.zeros(len(source), bool)
    for s, e, _t in spans:
        mask[round(s * SR):round(e * SR)] = True
    found = [c for c in chunks("fillers", "filler") if 1 - mask[round(c["start"] * SR):round(c["end"] * SR)].mean() >= 0.8]
    assert len(found) == 4, "every filler is gone from the render"
    for chunk in chunks("fillers", "speech"):
        a, b = round(chunk["start"] * SR), round(chunk["end"] * SR)
        assert 1 - mask[a:b].mean() <= 0.05, f"speech '{chunk['text']}' lost samples"
    assert abs(len(out) - round(float(project.duration / project.fps) * SR)) <= 2
    near, elsewhere, typical = largest_jumps(out, [round(t * SR) for _s, _e, t in spans[1:]])
    assert near <= elsewhere and near <= typical
