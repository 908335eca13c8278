"""The film-photography eval project (suite G, written blind) builds for real, and suite G and
retrieval set G only name media, clips and times that exist in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_speech_where_transcript_says)

try:  # in the repository
    from editor_app.eval.project_film import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_film_project, timed_script
except ImportError:  # from /work/blind_g on PYTHONPATH
    from project_film import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_film_project, timed_script

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)


@pytest.fixture(scope="module")
def film(tmp_path_factory):
    session = create_film_project(tmp_path_factory.mktemp("g") / "film")
    yield session
    session.close()


def test_film_project_builds_with_every_file_and_the_documented_ids(film):
    project = film.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m9": MUSIC, "m10": TAKE2, "m11": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m9", -12.0)]
    assert project.tracks[1].clips == []
    assert 60 < float(project.duration / project.fps) < 110 and 15 <= len(SCRIPT) <= 25


def test_sentence_times_match_the_transcript_and_the_audio(film, tmp_path):
    talk = film.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 4
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 4
    assert sum("let me say that again" in text for text, _p in SCRIPT) == 1
    assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)


def test_every_case_loads_and_names_media_and_times_that_exist(film):
    project = film.project
    cases = assert_cases_name_what_exists(project, "g_heldout.jsonl", prefix="g-", min_cases=100,
                                          min_must_not_edit=15, min_history=8, check_selection=False, check_playhead=False)


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts("g_retrieval.jsonl", {s.start for s in SEGMENTS}, min_rows=34,
                                                      min_starts=18)
