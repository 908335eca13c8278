"""Checks every blind evaluation project and its suites must pass, whoever wrote them: the talk's
audio has speech where its transcript says and silence in its long pauses, every case names media,
clips and times that exist, selections select what the case means, and retrieval queries point
at sentence starts spread over the talk. None of them runs the planner."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np

from editor_app.eval.suite import load_suite
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.operations import parse_operation
from editor_app.model.project import Project

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def data_file(name: str) -> Path:
    """A suite file from evals/ in the repository, or from beside the tests in a suite's own folder."""
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


def jsonl(name: str) -> list[dict]:
    """The rows of a JSONL suite file."""
    return [json.loads(line) for line in data_file(name).read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_speech_where_transcript_says(talk_path: str, segments, script, tmp_path: Path):
    """Speech inside every sentence, and digital silence in every pause of 1.5 s or more; returns
    rms(a, b), the level of the talk between two times, for checks of the project's own."""
    wav = tmp_path / "talk.wav"
    run_ffmpeg(["-y", "-i", talk_path, "-vn", "-ac", "1", "-ar", "16000", str(wav)])
    with wave.open(str(wav)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768

    def rms(a: float, b: float) -> float:
        part = pcm[int(a * 16000):int(b * 16000)]
        return float(np.sqrt(np.mean(part ** 2)))

    for seg, nxt, (_text, pause) in zip(segments, segments[1:], script):
        assert rms(seg.start + 0.05, seg.end - 0.05) > 0.02, seg.text  # speech where the transcript says
        if pause >= 1.5:
            assert rms(seg.end + 0.15, nxt.start - 0.15) < 0.005, seg.text  # the long pauses are silent
    return rms


def media_names(value, out: list | None = None) -> list[str]:
    """Every media file name an expectation mentions, however deeply nested."""
    out = [] if out is None else out
    if isinstance(value, dict):
        if "media" in value:
            out.append(value["media"])
        for v in value.values():
            media_names(v, out)
    return out


def assert_cases_name_what_exists(project: Project, suite: str, *, prefix: str, min_cases: int,
                                  min_must_not_edit: int, min_history: int, check_selection: bool = True,
                                  check_playhead: bool = True) -> list:
    """Every case of ``suite`` loads and names media, tracks, clips and times the project has; returns the cases."""
    cases = load_suite(data_file(suite))
    assert len(cases) >= min_cases and all(c.id.startswith(prefix) for c in cases)
    names = {m.name for m in project.media.values()}
    timeline_end = float(project.duration / project.fps)
    must_not_edit = [c for c in cases if c.expect.get("unchanged") or c.expect.get("confirm")]
    assert len(must_not_edit) >= min_must_not_edit
    assert sum(bool(c.history) for c in cases) >= min_history
    for case in cases:
        for name in media_names(case.expect):
            assert name in names, (case.id, name)
        ids = {"c1", "c2"}
        for op in case.setup:
            parsed = parse_operation(dict(op), project.fps, units="seconds")
            assert parsed.media_id in project.media and parsed.track_id in {t.id for t in project.tracks}, case.id
            assert float(parsed.start / project.fps) < timeline_end, case.id
            ids.add(f"c{len(ids) + 1}")
        if check_selection:
            assert set(case.selection) <= ids, case.id
        for check in ("clip_on_track", "title"):
            start = case.expect.get(check, {}).get("start")
            assert start is None or 0 <= start < timeline_end, case.id
        if check_playhead:
            assert case.playhead is None or 0 <= case.playhead < timeline_end, case.id
        title = case.expect.get("title")
        if title and title.get("exact"):
            assert title["text"] in case.message or case.history and title["text"] in case.history[0], case.id
    return cases


def with_setup(project: Project, case) -> Project:
    """A copy of ``project`` with the case's setup operations applied (clips c3, c4, ... in order)."""
    work = project.model_copy(deep=True)
    for op in case.setup:
        parsed = parse_operation(dict(op), work.fps, units="seconds")
        parsed.validate(work)
        parsed.apply(work)
    return work


def assert_selections_mean_the_expected_media(project: Project, suite: str) -> None:
    """A case that selects clips selects the clips of the media its expectation names."""
    for case in (c for c in load_suite(data_file(suite)) if c.selection):
        work = with_setup(project, case)
        clips = {c.id: c for t in work.tracks for c in t.clips}
        media = {clips[i].media_id for i in case.selection}
        wanted = {m.id for m in work.media.values() if m.name in media_names(case.expect)}
        assert media == wanted, case.id


def assert_queries_spread_over_sentence_starts(name: str, starts: set[float], *, min_rows: int,
                                               min_starts: int) -> list[dict]:
    """Retrieval rows are distinct queries, each expecting a sentence start, spread over the talk."""
    rows = jsonl(name)
    assert len(rows) >= min_rows and all(row["start"] in starts for row in rows)
    assert len({row["query"] for row in rows}) == len(rows)
    assert len({row["start"] for row in rows}) >= min_starts  # spread over the talk, not a few sentences
    return rows
