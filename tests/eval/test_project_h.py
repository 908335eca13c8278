"""The espresso eval project (suite H, written blind) builds for real, and suite H and
retrieval set H only name media, clips and times that exist in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.model.words import false_starts
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_selections_mean_the_expected_media, assert_speech_where_transcript_says)

try:  # in the repository
    from editor_app.eval.project_h_espresso import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_espresso_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder on PYTHONPATH
    from project_h_espresso import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_espresso_project, timed_script

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
    assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)


def test_every_case_loads_and_names_media_clips_and_times_that_exist(espresso):
    project = espresso.project
    cases = assert_cases_name_what_exists(project, "h_heldout.jsonl", prefix="h-", min_cases=110,
                                          min_must_not_edit=25, min_history=12)


def test_the_selected_clip_is_the_one_the_case_means(espresso):
    """Setup clips get ids c3, c4... in order; the selection case selects the steam wand clip."""
    assert_selections_mean_the_expected_media(espresso.project, "h_heldout.jsonl")


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts("h_retrieval.jsonl", {s.start for s in SEGMENTS}, min_rows=36,
                                                      min_starts=24)
