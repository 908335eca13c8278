"""The flat-tyre eval project (suite D) builds for real: files on disk, probed durations, timed transcript."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from editor_app.eval.project_tyre import BROLL, MUSIC, SCRIPT, TAKE2, TALK, create_tyre_project, timed_script
from editor_app.eval.projects import PROJECTS
from editor_app.eval.suite import load_suite
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.summary import project_summary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tyre(tmp_path_factory):
    session = create_tyre_project(tmp_path_factory.mktemp("d") / "tyre")
    yield session
    session.close()


def test_registered_for_the_eval_cli():
    assert PROJECTS["tyre"] is create_tyre_project


def test_media_files_exist_with_real_durations(tyre):
    media = {m.name: m for m in tyre.project.media.values()}
    assert set(media) == {TALK, MUSIC, TAKE2, *(b[0] for b in BROLL)}
    for name, seconds, _description in BROLL:
        asset = media[name]
        assert Path(asset.path).is_file() and Path(asset.path).stat().st_size > 0, name
        if seconds is None:
            assert asset.duration is None and asset.kind == "image"
        else:
            assert abs(float(asset.duration) - seconds) < 0.1, name
    _segments, _words, total = timed_script(SCRIPT)
    assert abs(float(media[TALK].duration) - total) < 0.1
    assert media[TALK].has_audio and media[TALK].has_video
    assert float(media[MUSIC].duration) > total


def test_timeline_talk_and_music(tyre):
    summary = project_summary(tyre.project)
    roles = {t["role"]: t for t in summary["tracks"]}
    assert [c["media"] for c in roles["main"]["clips"]] == ["m1"]
    assert roles["broll"]["clips"] == []
    assert roles["music"]["clips"][0]["volume_db"] == -12.0
    assert abs(summary["duration"] - 80.5) < 0.05  # the suite's expectations are measured from this length
    on_timeline = {c["media"] for t in summary["tracks"] for c in t["clips"]}
    take2 = next(m.id for m in tyre.project.media.values() if m.name == TAKE2)
    assert take2 not in on_timeline


def test_transcript_words_and_fillers(tyre):
    talk = next(m for m in tyre.project.media.values() if m.name == TALK)
    assert len(talk.transcript) == len(SCRIPT) == 22
    assert talk.transcript[17].text.startswith("Pump it up to about sixty psi")
    assert abs(talk.transcript[17].start - 62.92) < 0.01
    assert [w.text for w in talk.words if w.text.lower().strip(",") == "um"] == ["um", "Um,", "um,"]
    assert all(a.end <= b.start for a, b in zip(talk.words, talk.words[1:]))


def test_talk_audio_is_silent_in_the_pauses_and_voiced_in_words(tyre, tmp_path):
    talk = next(m for m in tyre.project.media.values() if m.name == TALK)
    wav = tmp_path / "talk.wav"
    run_ffmpeg(["-y", "-i", str(talk.path), "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", str(wav)])
    with wave.open(str(wav)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768

    def rms(a: float, b: float) -> float:
        return float(np.sqrt(np.mean(samples[int(a * 16000):int(b * 16000)] ** 2)))

    assert rms(61.0, 62.6) < 0.003  # the 2.2 s pause before "Pump it up"
    assert rms(63.0, 65.5) > 0.05  # speech


def test_suite_d_is_well_formed():
    cases = load_suite(ROOT / "evals" / "d_heldout.jsonl")
    assert len(cases) >= 80 and all(c.id.startswith("d-") for c in cases)
