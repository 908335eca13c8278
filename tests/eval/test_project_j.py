"""The cabin air filter eval project (suite J, written blind) builds for real, and suite J and
retrieval set J only name media, clips and times that exist in it. Does not run the planner."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from editor_app.eval.suite import load_suite
from editor_app.model.summary import project_summary
from editor_app.model.words import false_starts
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_selections_mean_the_expected_media, assert_speech_where_transcript_says,
                                     data_file, with_setup)

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]

try:  # in the repository
    from editor_app.eval.project_j_filter import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_filter_project, timed_script
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_j_filter import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_filter_project, timed_script

D = 158.4  # the fresh timeline's length, which every duration bound of suite J is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def filt(tmp_path_factory):
    session = create_filter_project(tmp_path_factory.mktemp("j") / "filter")
    yield session
    session.close()


def test_filter_project_builds_with_every_file_and_the_documented_ids(filt):
    project = filt.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m12": MUSIC, "m13": TAKE2, "m14": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m12", -14.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 2 and len(BROLL) == 10
    assert project.media["m14"].kind == "audio" and project.media["m13"].kind == "audio"
    assert 100 < float(project.duration / project.fps) < 180 and 25 <= len(SCRIPT) <= 40
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(filt, tmp_path):
    talk = filt.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 7
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert ", like," in text and "you know" in text and "i mean" in text and "sort of" in text
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 5
    assert sum("let me say that again" in t for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text)
    for phrase in ("two minutes", "sweet wrappers", "the damper arm", "on full", "musty smell"):  # "said twice" cases
        assert plain.count(phrase) == 2, phrase
    assert sum(bool(re.search(r"\barrow\b", t.lower())) for t, _p in SCRIPT) == 4  # ("narrow" is not one)
    assert sum("clips" in t.lower() for t, _p in SCRIPT) >= 3 and sum("glovebox" in t.lower() for t, _p in SCRIPT) >= 5
    for phrase in ("snap into the dash", "if they snap", "which is exactly what you want", "even on full", "you know", "i mean"):
        assert plain.count(phrase) == 1, phrase
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(filt):
    project = filt.project
    cases = assert_cases_name_what_exists(project, "j_heldout.jsonl", prefix="j-", min_cases=180, min_must_not_edit=40,
                                          min_history=12)
    for case in cases:
        for key in ("duration_lt", "duration_gt"):
            assert key not in case.expect or 0 < case.expect[key] <= D, case.id
        if "duration_lt" in case.expect and "duration_gt" in case.expect:
            assert case.expect["duration_gt"] < case.expect["duration_lt"], case.id
        if case.expect.get("unchanged") or case.expect.get("confirm"):  # must-not-edit cases expect nothing else to change
            assert not ({"clip_on_track", "effect", "speed", "title", "clip_volume"} & set(case.expect)), case.id


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data_file("j_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("j-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith("j-question-where") or case.id == "j-question-when-fantest":
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 20
    for cid in ("j-pos-snap-words", "j-pos-snap-ifsnap"):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
    for cid in ("j-time-arrow-after-flow", "j-time-damper-3s-after"):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS for k in (2.0, 3.0)), cid
    assert cases["j-pos-title-empty"].expect["title"]["start"] == SEGMENTS[6].start and "glovebox" in SEGMENTS[6].text
    assert cases["j-title-housing"].expect["title"]["start"] == SEGMENTS[14].start and "door" in SEGMENTS[14].text
    assert cases["j-question-length"].expect["reply_has"] == [_mmss(D)]
    retake = SEGMENTS[21].start - SEGMENTS[20].start
    a, b = cases["j-multi-retake-newin"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[21].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[21].end - retake + 0.3)) < 0.01


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in j_heldout.jsonl / j_retrieval.jsonl comes from timed_script (when the generators are here)."""
    # in the repository the generators sit in evals/j_generators and import the project as a top-level module
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "j_generators"), str(ROOT / "editor_app" / "eval")]
    try:
        import make_j_retrieval
        import make_j_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved  # the eval package's folder must not shadow top-level names for other tests
    assert make_j_suite.D == D
    rows = [json.loads(line) for line in data_file("j_heldout.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_j_suite.CASES))
    queries = [json.loads(line) for line in data_file("j_retrieval.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_j_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(filt):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(filt.project, "j_heldout.jsonl")


def test_setup_clips_sit_where_the_cases_say(filt):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data_file("j_heldout.jsonl")) if c.setup):
        work = with_setup(filt.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == D, case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("j-transition-", "j-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts("j_retrieval.jsonl", STARTS, min_rows=40, min_starts=24)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
