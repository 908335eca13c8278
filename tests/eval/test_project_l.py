"""The keyboard build eval project (suite L, written blind) builds for real, and suite L and
retrieval set L only name media, clips and times that exist in it. Does not run the planner."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from editor_app.eval.suite import load_suite
from editor_app.model.summary import project_summary
from editor_app.model.words import false_starts
from tests.eval import blind_checks
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_selections_mean_the_expected_media, assert_speech_where_transcript_says,
                                     with_setup)

HERE = Path(__file__).resolve().parent
ROOT = blind_checks.ROOT  # the repository

try:  # in the repository
    from editor_app.eval.project_l_keyboard import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_keyboard_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_l_keyboard import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_keyboard_project, timed_script

D = 151.87  # the fresh timeline's length, which every duration bound of suite L is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}


def data(name: str) -> str:
    """A suite file from evals/ in the repository, or from beside this test in the suite's own folder
    (an absolute path, which blind_checks.data_file accepts as it is)."""
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    session = create_keyboard_project(tmp_path_factory.mktemp("l") / "keyboard")
    yield session
    session.close()


def test_keyboard_project_builds_with_every_file_and_the_documented_ids(board):
    project = board.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m12": MUSIC, "m13": TAKE2, "m14": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m12", -18.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 2 and len(BROLL) == 10
    assert all(b[0].lower().endswith(".jpg") for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m14"].kind == "audio" and project.media["m13"].kind == "audio"
    assert project.media["m9"].kind == "image" and project.media["m10"].kind == "image"
    assert TAKE2.endswith(".wav") and SFX.endswith(".wav") and not TALK.startswith("MVI_")
    assert 150 < float(project.duration / project.fps) < 185 and 35 <= len(SCRIPT) <= 45
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(board, tmp_path):
    talk = board.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 7
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert "they're, like, a bit scratchy" in text and text.count("basically") == 1
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 6
    assert sum("let me start that one again" in t for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    assert plain.count("spacebar") == 5 and plain.count("stabiliser") == 6 and plain.count("lube") == 3
    assert plain.count("grease") == 2 and plain.count("greasy") == 1 and plain.count("dollars") == 4 and plain.count("sound test") == 2
    assert plain.count("scratchy") == 2 and plain.count("thick") == 2
    for phrase in ("ninety five dollars", "forty two dollars", "with a podcast on in the background", "tiny sandwiches",
                   "no wiggling", "here's the before", "here's the after", "jonno", "thirty centimetres", "fifty cents",
                   "a hundred and seventy five dollars", "putting it back together", "would i do it again"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: the flatmate
    assert not any("jonno" in (b[0] + " " + b[2]).lower() or "flatmate" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(board):
    project = board.project
    cases = assert_cases_name_what_exists(project, data("l_heldout.jsonl"), prefix="l-", min_cases=220, min_must_not_edit=60,
                                          min_history=15)
    for case in cases:
        for key in ("duration_lt", "duration_gt"):
            assert key not in case.expect or 0 < case.expect[key] <= D, case.id
        if "duration_lt" in case.expect and "duration_gt" in case.expect:
            assert case.expect["duration_gt"] < case.expect["duration_lt"], case.id
        if case.expect.get("unchanged") or case.expect.get("confirm"):  # must-not-edit cases expect nothing else to change
            assert not ({"clip_on_track", "effect", "speed", "title", "clip_volume"} & set(case.expect)), case.id
        spec = case.expect.get("clip_on_track", {})
        for key in ("start", "overlaps", "within"):  # expected places are on the timeline
            values = spec.get(key)
            values = [values] if isinstance(values, (int, float)) else values or []
            assert all(0 <= v < D or v == 400.0 for v in values), case.id
    must_not_edit = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases)
    assert 0.22 <= must_not_edit / len(cases) <= 0.33


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("l_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("l-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith("l-question-where"):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid in ("l-pos-kaching-95", "l-pos-kaching-42"):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
    for cid, k in (("l-time-4410-after-worst", 2.0), ("l-time-c51-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["l-pos-title-lube"].expect["title"]["start"] == SEGMENTS[10].start and "the lube" in SEGMENTS[10].text
    assert cases["l-title-step-stabs"].expect["title"]["start"] == SEGMENTS[15].start and "stabilisers" in SEGMENTS[15].text
    assert cases["l-move-caps-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[27].start and "old caps" in SEGMENTS[27].text
    assert cases["l-question-length"].expect["reply_has"] == [_mmss(D)]
    retake = SEGMENTS[18].start - SEGMENTS[17].start
    a, b = cases["l-multi-retake-stab"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[18].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[18].end - retake + 0.3)) < 0.01


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in l_heldout.jsonl / l_retrieval.jsonl comes from timed_script (when the generators are here)."""
    # in the repository the generators sit in evals/l_generators and import the project as a top-level module
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "l_generators"), str(ROOT / "editor_app" / "eval")]
    try:
        import make_l_retrieval
        import make_l_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved  # the eval package's folder must not shadow top-level names for other tests
    assert make_l_suite.D == D
    rows = [json.loads(line) for line in Path(data("l_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_l_suite.CASES))
    queries = [json.loads(line) for line in Path(data("l_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_l_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(board):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(board.project, data("l_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(board):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("l_heldout.jsonl")) if c.setup):
        work = with_setup(board.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(board.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("l-transition-", "l-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("l_retrieval.jsonl"), STARTS, min_rows=50, min_starts=30)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
