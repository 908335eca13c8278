"""The kitchen tap eval project (suite I, written blind) builds for real, and suite I and
retrieval set I only name media, clips and times that exist in it. Does not run the planner."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from editor_app.eval.suite import load_suite
from editor_app.model.operations import parse_operation
from editor_app.model.summary import project_summary
from editor_app.model.words import false_starts
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_selections_mean_the_expected_media, assert_speech_where_transcript_says,
                                     data_file)

try:  # in the repository
    from editor_app.eval.project_i_tap import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_tap_project, timed_script
except ImportError:  # from the suite's own folder on PYTHONPATH
    from project_i_tap import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_tap_project, timed_script

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
D = 133.1  # the fresh timeline's length, which every duration bound of suite I is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}


@pytest.fixture(scope="module")
def tap(tmp_path_factory):
    session = create_tap_project(tmp_path_factory.mktemp("i") / "tap")
    yield session
    session.close()


def test_tap_project_builds_with_every_file_and_the_documented_ids(tap):
    project = tap.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m12": MUSIC, "m13": TAKE2, "m14": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m12", -12.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 2 and 8 <= len(BROLL) <= 10
    assert 100 < float(project.duration / project.fps) < 160 and 25 <= len(SCRIPT) <= 40
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(tap, tmp_path):
    talk = tap.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 6
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert ", like," in text and "you know" in text and "sort of" in text
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 5
    assert sum("let me start that again" in t for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    for phrase in ("ten minutes", "brass nut", "grub screw"):  # the suite's "said twice" cases
        assert text.count(phrase) == 2, phrase
    assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)


def test_every_case_loads_and_names_media_clips_and_times_that_exist(tap):
    project = tap.project
    cases = assert_cases_name_what_exists(project, "i_heldout.jsonl", prefix="i-", min_cases=150,
                                          min_must_not_edit=25, min_history=12)
    for case in cases:
        for key in ("duration_lt", "duration_gt"):
            assert key not in case.expect or 0 < case.expect[key] <= D, case.id
        if "duration_lt" in case.expect and "duration_gt" in case.expect:
            assert case.expect["duration_gt"] < case.expect["duration_lt"], case.id


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence (or run of sentences) of the talk;
    word-level positions are word times; sentence-relative times are a sentence start plus whole seconds."""
    word_starts, word_ends = {w.start for w in WORDS}, {w.end for w in WORDS}
    shifted = {"i-multi-retake-cart"}  # after the retake is cut: checked below
    seen = 0
    for case in load_suite(data_file("i_heldout.jsonl")):
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("i-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        if case.id == "i-pos-plink-words":
            assert spec["overlaps"][0] in word_starts and spec["overlaps"][1] in word_ends
        if case.id in {"i-time-valve-after-step1", "i-time-drip-2s-after"}:
            assert any(abs(spec["start"] - s - k) < 1e-6 for s in STARTS for k in (2.0, 3.0)), case.id
        if case.id == "i-pos-title-step2":
            assert case.expect["title"]["start"] == SEGMENTS[9].start and SEGMENTS[9].text.startswith("Step two")
        if case.id in shifted:
            retake = SEGMENTS[21].start - SEGMENTS[20].start
            a, b = spec["overlaps"]
            assert abs(a - (SEGMENTS[21].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[21].end - retake + 0.3)) < 0.01
    assert seen >= 18


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in i_heldout.jsonl / i_retrieval.jsonl comes from timed_script (when the generators are here)."""
    # in the repository the generators sit in evals/i_generators and import the project as a top-level module
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "i_generators"), str(ROOT / "editor_app" / "eval")]
    try:
        import make_i_retrieval
        import make_i_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved  # the eval package's folder must not shadow top-level names for other tests
    rows = [json.loads(line) for line in data_file("i_heldout.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_i_suite.CASES))
    queries = [json.loads(line) for line in data_file("i_retrieval.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_i_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(tap):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(tap.project, "i_heldout.jsonl")


def test_setup_clips_sit_where_the_cases_say(tap):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data_file("i_heldout.jsonl")) if c.setup):
        work = tap.project.model_copy(deep=True)
        for op in case.setup:
            parsed = parse_operation(dict(op), work.fps, units="seconds")
            parsed.validate(work)
            parsed.apply(work)
        broll = sorted(project_summary(work)["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("i-transition-", "i-reorder-photo")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts("i_retrieval.jsonl", STARTS, min_rows=40,
                                                      min_starts=24)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
