"""The chair re-caning eval project (suite AA, written blind) builds for real, and suite AA and
retrieval set AA only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_aa_chair import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_chair_project, timed_script
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_aa_chair import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_chair_project, timed_script

D = 176.73  # the fresh timeline's length, which every duration bound of suite AA is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}
FILL = {"um", "uh"}


def data(name: str) -> str:
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def chair(tmp_path_factory):
    session = create_chair_project(tmp_path_factory.mktemp("aa") / "chair")
    yield session
    session.close()


def test_chair_project_builds_with_every_file_and_the_documented_ids(chair):
    project = chair.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -18.0)]
    assert project.tracks[1].clips == []
    assert len(BROLL) == 14 and sum(1 for b in BROLL if b[1] is None) == 2
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert all(project.media[f"m{i}"].kind == "audio" for i in (16, 17, 18))
    assert all(project.media[f"m{i}"].kind == "image" for i in (10, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 16) if i not in (10, 15))
    assert TALK == "C0009.MP4" and TAKE2 == "Voice 003.m4a" and SFX.endswith(".wav") and "Kevin MacLeod" in MUSIC
    # look-alikes: two Pixel clips whose names differ only in their digits, told apart by description
    pixel = [b for b in BROLL if b[0].startswith("PXL_20260903_")]
    assert len(pixel) == 2 and all(b[2].startswith("close-up of the chair seat from above") for b in pixel)
    assert "horizontal" in pixel[0][2] and "diagonal" in pixel[1][2]
    for prefix in ("DJI_", "GMT", "received_", "Timeline ", "Screenshot ", "C00", "PXL_"):
        assert any(b[0].startswith(prefix) for b in BROLL), prefix
    assert any(re.search(r"_final_final\d\.", b[0]) for b in BROLL)  # a version suffix
    assert any(" " in b[0] and b[0].split(".")[0].split()[-1] == "GOOD" for b in BROLL)  # a name a person typed
    assert 150 < float(project.duration / project.fps) < 200 and 34 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(chair, tmp_path):
    talk = chair.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",.") in FILL]
    assert len(fillers) == 9 and sum(w.text.lower().strip(",.") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("d'you know yourself") == 3 and text.count("sure look") == 1 and text.count("feck it") == 1
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("that's the wrong corner, i'll go again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) <= 1  # no other sentence reads as abandoned
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("mossie") == 2 and count("diagonal") == 3 and count("diagonals") == 1 and count("mother's") == 2
    assert count("horizontal") == 2 and count("vertical") == 2 and count("grand") == 2 and count("varnish") == 1
    for phrase in ("seventy two holes", "four millimetre", "twenty minutes", "three quarters of an inch", "a good hour",
                   "four evenings", "fifty years", "god rest her", "god love him", "sure what harm", "like a horse's tail",
                   "i counted them twice", "i won't lie to you", "and the seat sagged like a hammock", "a nail and a small hammer",
                   "aoife", "tight as a drum"):
        assert plain.count(phrase) == 1, phrase
    assert text.count("slán for now") == 1
    # the aside names someone who is in no media: the neighbour
    assert not any("mossie" in (b[0] + " " + b[2]).lower() or "neighbour" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(chair):
    cases = assert_cases_name_what_exists(chair.project, data("aa_heldout.jsonl"), prefix="aa-", min_cases=280, min_must_not_edit=75,
                                          min_history=15)
    for case in cases:
        for key in ("duration_lt", "duration_gt"):
            assert key not in case.expect or 0 < case.expect[key] <= D, case.id
        if "duration_lt" in case.expect and "duration_gt" in case.expect:
            assert case.expect["duration_gt"] < case.expect["duration_lt"], case.id
        if case.expect.get("unchanged") or case.expect.get("confirm"):
            assert not ({"clip_on_track", "effect", "speed", "title", "clip_volume"} & set(case.expect)), case.id
        spec = case.expect.get("clip_on_track", {})
        for key in ("start", "overlaps", "within"):
            values = spec.get(key)
            values = [values] if isinstance(values, (int, float)) else values or []
            assert all(0 <= v < D or v == 400.0 for v in values), case.id
    must_not_edit = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases)
    assert must_not_edit >= 75 and 0.22 <= must_not_edit / len(cases) <= 0.33


def test_described_parts_are_sentences_and_words_of_the_transcript():
    cases = {c.id: c for c in load_suite(data("aa_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("aa-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        if case.id.startswith(("aa-question-where", "aa-convo-where")):
            reply = case.expect.get("reply_has")
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    a, b = cases["aa-pos-hammer-punch"].expect["clip_on_track"]["overlaps"]
    assert a in WORD_STARTS and b in WORD_ENDS
    assert " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b) == "a nail and a small hammer"
    for cid, k, i in (("aa-time-soak-2s-into", 2.0, 7), ("aa-time-binder-1s-after", 1.0, 23)):
        assert abs(cases[cid].expect["clip_on_track"]["start"] - SEGMENTS[i].start - k) < 1e-6, cid
    assert cases["aa-pos-title-step5"].expect["title"]["start"] == SEGMENTS[19].start and SEGMENTS[19].text.startswith("Step five")
    assert cases["aa-title-step7"].expect["title"]["start"] == SEGMENTS[23].start and SEGMENTS[23].text.startswith("Step seven")
    assert cases["aa-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "I'll go again" in SEGMENTS[18].text and SEGMENTS[19].text.startswith("Step five is the first diagonal")
    for cid, i in (("aa-cut-um-punch", 4), ("aa-cut-uh-soak", 7), ("aa-cut-uh-step2", 14), ("aa-cut-um-step3", 15),
                   ("aa-cut-um-diagonals", 22), ("aa-cut-uh-sit", 27), ("aa-cut-um-evenings", 29), ("aa-cut-uh-beginner", 31),
                   ("aa-cut-um-business", 33)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in FILL]
        assert len(inside) == 1, cid
    for cid in ("aa-trim-end-business", "aa-trim-end-drum"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "aa_generators")]
    try:
        import make_aa_retrieval
        import make_aa_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_aa_suite.D == D
    rows = [json.loads(line) for line in Path(data("aa_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_aa_suite.CASES))
    queries = [json.loads(line) for line in Path(data("aa_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_aa_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(chair):
    assert_selections_mean_the_expected_media(chair.project, data("aa_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(chair):
    for case in (c for c in load_suite(data("aa_heldout.jsonl")) if c.setup):
        work = with_setup(chair.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(chair.project)["duration"], case.id
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("aa-transition-", "aa-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("aa_retrieval.jsonl"), STARTS, min_rows=55, min_starts=34)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
