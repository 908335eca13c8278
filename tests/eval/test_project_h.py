"""The espresso eval project (suite H, written blind) builds for real, and suite H and
retrieval set H only name media, clips and times that exist in it."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from editor_app.eval.suite import load_suite
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.operations import parse_operation
from editor_app.model.words import false_starts

try:  # in the repository
    from editor_app.eval.project_h_espresso import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_espresso_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder on PYTHONPATH
    from project_h_espresso import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_espresso_project, timed_script

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]


def _data(name: str) -> Path:
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)


@pytest.fixture(scope="module")
def espresso(tmp_path_factory):
    session = create_espresso_project(tmp_path_factory.mktemp("h") / "espresso")
    yield session
    session.close()


def test_espresso_project_builds_with_every_file_and_the_documented_ids(espresso):
    project = espresso.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m11": MUSIC, "m12": TAKE2, "m13": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m11", -14.0)]
    assert project.tracks[1].clips == []
    assert 100 < float(project.duration / project.fps) < 160 and 25 <= len(SCRIPT) <= 40


def test_sentence_times_match_the_transcript_and_the_audio(espresso, tmp_path):
    talk = espresso.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 5
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 5
    assert sum("let me start that again" in text for text, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    wav = tmp_path / "talk.wav"
    run_ffmpeg(["-y", "-i", talk.path, "-vn", "-ac", "1", "-ar", "16000", str(wav)])
    with wave.open(str(wav)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768

    def rms(a: float, b: float) -> float:
        part = pcm[int(a * 16000):int(b * 16000)]
        return float(np.sqrt(np.mean(part ** 2)))

    for seg, nxt, (_text, pause) in zip(SEGMENTS, SEGMENTS[1:], SCRIPT):
        assert rms(seg.start + 0.05, seg.end - 0.05) > 0.02, seg.text  # speech where the transcript says
        if pause >= 1.5:
            assert rms(seg.end + 0.15, nxt.start - 0.15) < 0.005, seg.text  # the long pauses are silent


def _media_names(value, out):
    if isinstance(value, dict):
        if "media" in value:
            out.append(value["media"])
        for v in value.values():
            _media_names(v, out)
    return out


def test_every_case_loads_and_names_media_clips_and_times_that_exist(espresso):
    project = espresso.project
    cases = load_suite(_data("h_heldout.jsonl"))
    assert len(cases) >= 110 and all(c.id.startswith("h-") for c in cases)
    names = {m.name for m in project.media.values()}
    timeline_end = float(project.duration / project.fps)
    must_not_edit = [c for c in cases if c.expect.get("unchanged") or c.expect.get("confirm")]
    assert len(must_not_edit) >= 25
    assert sum(bool(c.history) for c in cases) >= 12
    for case in cases:
        for name in _media_names(case.expect, []):
            assert name in names, (case.id, name)
        ids = {"c1", "c2"}
        for op in case.setup:
            parsed = parse_operation(dict(op), project.fps, units="seconds")
            assert parsed.media_id in project.media and parsed.track_id in {t.id for t in project.tracks}, case.id
            assert float(parsed.start / project.fps) < timeline_end, case.id
            ids.add(f"c{len(ids) + 1}")
        assert set(case.selection) <= ids, case.id
        for check in ("clip_on_track", "title"):
            start = case.expect.get(check, {}).get("start")
            assert start is None or 0 <= start < timeline_end, case.id
        assert case.playhead is None or 0 <= case.playhead < timeline_end, case.id
        title = case.expect.get("title")
        if title and title.get("exact"):
            assert title["text"] in case.message or case.history and title["text"] in case.history[0], case.id


def test_the_selected_clip_is_the_one_the_case_means(espresso):
    """Setup clips get ids c3, c4... in order; the selection case selects the steam wand clip."""
    for case in (c for c in load_suite(_data("h_heldout.jsonl")) if c.selection):
        work = espresso.project.model_copy(deep=True)
        for op in case.setup:
            parsed = parse_operation(dict(op), work.fps, units="seconds")
            parsed.validate(work)
            parsed.apply(work)
        clips = {c.id: c for t in work.tracks for c in t.clips}
        media = {clips[i].media_id for i in case.selection}
        wanted = {m.id for m in work.media.values() if m.name in _media_names(case.expect, [])}
        assert media == wanted, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = [json.loads(line) for line in _data("h_retrieval.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    starts = {s.start for s in SEGMENTS}
    assert len(rows) >= 36 and all(row["start"] in starts for row in rows)
    assert len({row["query"] for row in rows}) == len(rows)
    assert len({row["start"] for row in rows}) >= 24  # spread over the talk, not a few sentences
