"""The repotting eval project (suite F, written blind) builds for real, and its suite and retrieval set fit it.

Runs from the blind folder (PYTHONPATH=/work/blind_f) and, once the lead copies the files in,
from the repository (editor_app/eval/project_plants.py, evals/f_heldout.jsonl, evals/f_retrieval.jsonl).
"""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from editor_app.eval.runner import _open_case
from editor_app.eval.suite import load_suite
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.summary import project_summary

try:
    from editor_app.eval.project_plants import BROLL, MUSIC, SFX, TAKE2, TALK, create_plants_project
except ImportError:  # the blind folder
    from project_plants import BROLL, MUSIC, SFX, TAKE2, TALK, create_plants_project

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]


def _data(name: str) -> Path:
    for path in (ROOT / "evals" / name, HERE / name):
        if path.exists():
            return path
    raise FileNotFoundError(name)


MEDIA_CHECKS = ("clip_on_track", "no_clip", "effect", "no_effect", "clip_volume", "speed")
NOT_AN_EDIT = ("unchanged", "confirm")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plants") / "plants"
    session = create_plants_project(folder)
    summary = project_summary(session.project)
    session.close()
    return folder, summary


def _talk(summary: dict) -> dict:
    return next(m for m in summary["media"] if m["name"] == TALK)


def test_plants_project_builds_with_every_file_and_the_expected_timeline(built):
    folder, summary = built
    names = {m["name"] for m in summary["media"]}
    assert {TALK, MUSIC, TAKE2, SFX} | {b[0] for b in BROLL} == names
    assert all(Path(m["path"]).exists() for m in summary["media"])
    assert [m["id"] for m in summary["media"]][:1] == ["m1"] and len(names) == 12
    assert [t["role"] for t in summary["tracks"]] == ["main", "broll", "music"]
    main, broll, music = summary["tracks"]
    assert [c["media"] for c in main["clips"]] == [_talk(summary)["id"]] and not broll["clips"]
    assert music["clips"][0]["volume_db"] == -12.0 and abs(music["clips"][0]["end"] - main["clips"][0]["end"]) < 0.04
    assert 60 < summary["duration"] < 120
    sfx = next(m for m in summary["media"] if m["name"] == SFX)
    assert sfx["kind"] == "audio" and sfx["has_audio"]


def test_talk_sentences_are_where_the_audio_speaks(built, tmp_path):
    folder, summary = built
    from editor_app.session import Session

    session = Session.open(folder)
    talk = next(m for m in session.project.media.values() if m.name == TALK)
    words, segments = talk.words, talk.transcript
    session.close()
    assert 15 <= len(segments) <= 30 and len(words) > 200
    for seg in segments:  # each line is exactly its words, in order, within its span
        inside = [w.text for w in words if seg.start <= w.start and w.end <= seg.end]
        assert " ".join(inside) == seg.text
    assert sum(w.text.lower().strip(",.") in ("um", "uh") for w in words) >= 4
    texts = [s.text for s in segments]
    assert any(a.split(",")[0] == b.split(",")[0] for a, b in zip(texts, texts[1:]))  # a retake
    wav = tmp_path / "talk.wav"
    run_ffmpeg(["-y", "-i", str(Path(talk.path)), "-vn", "-ac", "1", "-ar", "16000", str(wav)])
    with wave.open(str(wav)) as w:
        audio = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768

    def rms(a: float, b: float) -> float:
        return float(np.sqrt(np.mean(audio[int(a * 16000):int(b * 16000)] ** 2)))

    gaps = [(a.end + 0.1, b.start - 0.1) for a, b in zip(segments, segments[1:]) if b.start - a.end >= 1.4]
    assert len(gaps) >= 3
    for a, b in gaps:
        assert rms(a, b) < 0.01
    for w in words[::25]:
        assert rms(w.start + 0.02, w.end - 0.02) > 0.05


def _times(spec, out: list[float]) -> None:
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key in ("start", "time") and isinstance(value, (int, float)):
                out.append(float(value))
            elif key in ("overlaps", "within"):
                out.extend(float(v) for v in value if v < 1000)
            else:
                _times(value, out)


def test_suite_f_loads_and_names_only_media_and_times_that_exist(built, tmp_path):
    folder, summary = built
    cases = load_suite(_data("f_heldout.jsonl"))
    assert len(cases) >= 100 and all(c.id.startswith("f-") for c in cases)
    assert sum(any(k in c.expect for k in NOT_AN_EDIT) for c in cases) >= 15 + 8  # must-not-edit + questions
    names = {m["name"] for m in summary["media"]}
    starts = {s["start"] for s in _talk(summary)["transcript"]}
    ends = {s["end"] for s in _talk(summary)["transcript"]}
    for case in cases:
        for check in MEDIA_CHECKS:
            if check in case.expect and "media" in case.expect[check]:
                assert case.expect[check]["media"] in names, case.id
        times: list[float] = []
        _times(case.expect, times)
        _times({"s": [op for op in case.setup]}, times)
        assert all(0 <= t <= summary["duration"] for t in times), case.id
        if case.playhead is not None:
            assert 0 <= case.playhead <= summary["duration"], case.id
        spec = case.expect.get("clip_on_track", {})
        if spec.get("overlaps") and spec["overlaps"][1] < 1000 and "start" not in spec and not case.setup and not case.history:
            a, b = spec["overlaps"]
            assert a in starts and b in ends, f"{case.id}: {a}-{b} is not a span of sentences"


def test_suite_f_setups_apply_and_selections_name_their_clips(built, tmp_path):
    folder, summary = built
    initial = summary
    for case in load_suite(_data("f_heldout.jsonl")):
        if not case.setup and not case.selection:
            continue
        session = _open_case(folder, tmp_path, case)
        try:
            ids = {c.id for t in session.project.tracks for c in t.clips}
            assert set(case.selection) <= ids, case.id
            if case.setup:
                assert project_summary(session.project) != initial
        finally:
            session.close()


def test_retrieval_f_queries_point_at_sentence_starts(built):
    folder, summary = built
    rows = [json.loads(line) for line in _data("f_retrieval.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    starts = {s["start"] for s in _talk(summary)["transcript"]}
    assert len(rows) >= 34 and len({r["query"] for r in rows}) == len(rows)
    assert all(r["start"] in starts for r in rows)
    transcript = " ".join(s["text"].lower() for s in _talk(summary)["transcript"])
    assert not any(r["query"].lower() in transcript for r in rows)  # paraphrases, not quotes
