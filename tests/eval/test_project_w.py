"""The kombucha eval project (suite W, written blind) builds for real, and suite W and retrieval set
W only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_w_kombucha import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_kombucha_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_w_kombucha import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_kombucha_project, timed_script

D = 166.97  # the fresh timeline's length, which every duration bound of suite W is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}


def data(name: str) -> str:
    """A suite file from evals/ in the repository, or from beside this test in the suite's own folder."""
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def kombucha(tmp_path_factory):
    session = create_kombucha_project(tmp_path_factory.mktemp("w") / "kombucha")
    yield session
    session.close()


def test_kombucha_project_builds_with_every_file_and_the_documented_ids(kombucha):
    project = kombucha.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -15.0)]
    assert project.tracks[1].clips == []
    assert len(BROLL) == 14 and sum(1 for b in BROLL if b[1] is None) == 1
    assert all(b[0].lower().endswith(".jpg") for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert all(project.media[f"m{i}"].kind == "audio" for i in (16, 17, 18))
    assert project.media["m11"].kind == "image"
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 16) if i != 11)
    assert TALK.startswith("C00") and TAKE2.endswith(".wav") and " - " in MUSIC
    # look-alikes: two GoPro chapters of one recording, told apart only by their descriptions
    gopro = [b for b in BROLL if re.fullmatch(r"GX0\d0234\.MP4", b[0])]
    assert len(gopro) == 2 and all(b[2].startswith("overhead view of the kitchen bench") for b in gopro)
    assert "slicing" in gopro[0][2] and "funnel" in gopro[1][2]
    assert sum(b[0].startswith("PXL_") for b in BROLL) == 3 and any("~2" in b[0] for b in BROLL)
    assert any(b[0].startswith("Screen Recording") and not b[2] for b in BROLL)
    assert any(b[0].startswith("FB_VID_") for b in BROLL) and any(b[0].startswith("Timeline ") for b in BROLL)
    assert sum(bool(re.search(r"_v\d", b[0])) for b in BROLL) == 1  # one version suffix
    assert any(" " in b[0] for b in BROLL) and any(re.fullmatch(r"[a-z]+(_[a-z]+)+\.mp4", b[0]) for b in BROLL)
    assert 150 < float(project.duration / project.fps) < 185 and len(SCRIPT) == 36
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(kombucha, tmp_path):
    talk = kombucha.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 10
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 6
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("that's wrong, i always do the funnel first, i'll say that again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    text = " ".join(t for t, _p in SCRIPT).lower()
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("scoby") == 7 and count("ginger") == 3 and count("bottles") == 6 and count("fridge") == 2
    assert count("heaps") == 3 and count("reckon") == 2 and count("righto") == 2 and count("gary") == 2
    assert count("sugar") == 3 and count("days") == 4
    for phrase in ("first ferment", "tea bags", "open it"):
        assert plain.count(phrase) == 2, phrase
    for phrase in ("yeah nah", "no worries", "arvo", "fifteen dollars", "four cups of water", "eight tea bags", "ten minutes",
                   "two cups of sugar", "twenty four degrees", "seven to ten days", "three point five", "three or four coins",
                   "two centimetres", "two or three days", "three of them exploded", "maybe mango", "poor thing", "trust me",
                   "and his wife was not happy with him", "it keeps the nasties out", "people call it a scoby hotel"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: her neighbour
    assert not any("gary" in (b[0] + " " + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(kombucha):
    cases = assert_cases_name_what_exists(kombucha.project, data("w_heldout.jsonl"), prefix="w-", min_cases=280,
                                          min_must_not_edit=75, min_history=15)
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
    assert len({c.id for c in cases}) == len(cases)


def test_described_parts_are_sentences_and_words_of_the_transcript():
    cases = {c.id: c for c in load_suite(data("w_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("w-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        if case.id.startswith(("w-question-where", "w-convo-where")):
            reply = case.expect.get("reply_has")
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("w-pos-pop-openit", "when you open it"), ("w-pos-pop-exploded", "exploded")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("w-time-slice-2s-into", 2.0), ("w-time-funnel-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["w-pos-title-second"].expect["title"]["start"] == SEGMENTS[19].start and SEGMENTS[19].text.startswith("Righto, once")
    assert cases["w-title-step-ginger"].expect["title"]["start"] == SEGMENTS[21].start and "ginger" in SEGMENTS[21].text
    assert cases["w-move-v3-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[28].start
    assert cases["w-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "say that again" in SEGMENTS[23].text and SEGMENTS[24].text.startswith("Then you put the funnel in")
    retake = SEGMENTS[24].start - SEGMENTS[23].start
    a, b = cases["w-multi-retake-funnel"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[24].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[24].end - retake + 0.3)) < 0.01
    for cid, i in (("w-cut-um-nurse", 1), ("w-cut-uh-online", 4), ("w-cut-um-starter", 9), ("w-cut-uh-sweet", 14),
                   ("w-cut-um-teaspoon", 22), ("w-cut-um-gary", 26), ("w-cut-uh-gush", 30), ("w-cut-um-cheap", 33),
                   ("w-cut-uh-mango", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("w-trim-end-mango", "w-trim-end-heaps"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "w_generators")]
    try:
        import make_w_retrieval
        import make_w_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_w_suite.D == D
    rows = [json.loads(line) for line in Path(data("w_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_w_suite.CASES))
    queries = [json.loads(line) for line in Path(data("w_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_w_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(kombucha):
    assert_selections_mean_the_expected_media(kombucha.project, data("w_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(kombucha):
    for case in (c for c in load_suite(data("w_heldout.jsonl")) if c.setup):
        work = with_setup(kombucha.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(kombucha.project)["duration"], case.id
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("w-transition-", "w-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("w_retrieval.jsonl"), STARTS, min_rows=55, min_starts=32)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
