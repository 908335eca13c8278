"""The skateboard eval project (suite R, written blind) builds for real, and suite R and retrieval set
R only name media, clips and times that exist in it. Does not run the planner."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from editor_app.eval.suite import load_suite
from editor_app.model.summary import project_summary
from tests.eval import blind_checks
from tests.eval.blind_checks import (assert_cases_name_what_exists, assert_queries_spread_over_sentence_starts,
                                     assert_selections_mean_the_expected_media, assert_speech_where_transcript_says,
                                     with_setup)

HERE = Path(__file__).resolve().parent
ROOT = blind_checks.ROOT  # the repository

try:  # in the repository
    from editor_app.eval.project_r_skateboard import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_skateboard_project,
                                                      timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_r_skateboard import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_skateboard_project, timed_script

D = 164.47  # the fresh timeline's length, which every duration bound of suite R is computed from

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
def skateboard(tmp_path_factory):
    session = create_skateboard_project(tmp_path_factory.mktemp("r") / "skateboard")
    yield session
    session.close()


def test_skateboard_project_builds_with_every_file_and_the_documented_ids(skateboard):
    project = skateboard.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -14.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 2 and len(BROLL) == 14
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m18"].kind == "audio" and project.media["m17"].kind == "audio"
    assert project.media["m16"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (5, 13))
    assert all(project.media[f"m{i}"].kind == "video" for i in (2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15))
    assert TAKE2.startswith("TASCAM_") and TAKE2.endswith(".WAV") and SFX.endswith(".wav")
    assert re.fullmatch(r"C\d{4}\.MP4", TALK)  # a Sony camera file, a family no earlier talk used
    # look-alikes: two GoPro clips whose names differ only in their digits, told apart by description
    gopro = [b for b in BROLL if b[0].startswith("GX0102")]
    assert len(gopro) == 2 and all(b[2].startswith("GoPro on the tail of the board rolling down the") for b in gopro)
    assert "old bearings" in gopro[0][2] and "new bearings" in gopro[1][2]
    assert sum(b[0].startswith("PXL_") for b in BROLL) == 2  # a Pixel video and a Pixel still
    assert any(b[0].startswith("MVI_") for b in BROLL) and any(re.fullmatch(r"VID_\d{8}_\d{6}_00_\d{3}\.mp4", b[0]) for b in BROLL)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.mkv", b[0]) and not b[2] for b in BROLL)  # OBS, no description
    assert any(b[0].startswith("video_2026-") for b in BROLL) and any(b[0].startswith("signal-") for b in BROLL)  # app exports
    assert any(re.fullmatch(r"\d{8}_\d{6}\.mp4", b[0]) for b in BROLL)  # Samsung
    assert any(re.fullmatch(r"[a-z]+(-[a-z]+)+\.mp4", b[0]) for b in BROLL)  # kebab-case
    assert any(re.search(r"-v\d\.", b[0]) for b in BROLL) and any("final_FINAL" in b[0] for b in BROLL)  # version suffixes
    assert any(b[0].startswith("Screenshot_") for b in BROLL)  # an Android screenshot still
    assert 150 < float(project.duration / project.fps) < 185 and 30 <= len(SCRIPT) <= 40
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(skateboard, tmp_path):
    talk = skateboard.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 8
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no wait, hold up, i said that wrong, let me do that bit again" in t.lower() for t, _p in SCRIPT) == 1
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("literally") == 6 and count("lowkey") == 2 and count("bro") == 3 and count("honestly") == 2
    assert count("spacer") == 2 and count("spacers") == 1 and count("washer") == 1 and count("washers") == 1
    assert count("nut") == 4 and count("shield") == 2 and count("rag") == 2 and count("bin") == 2 and count("ten") == 2
    assert count("road") == 2 and plain.count("slide the wheel") == 3
    for phrase in ("eighteen quid", "fifty two millimetres", "eight bearings", "a quarter turn", "ten seconds", "twenty seconds",
                   "three wheels", "ten minutes", "half an hour", "tariq", "classic tariq", "cheaper than a pizza",
                   "i was actually shook", "it's so satisfying", "like proper hard", "smash that like button",
                   "pops right out", "no crunch at all", "peace out"):
        assert plain.count(phrase) == 1 or phrase == "tariq", phrase
    assert count("tariq") == 2  # said twice, in the one aside sentence
    # the aside names someone who is in no media: his cousin
    assert not any("tariq" in (b[0] + " " + b[2]).lower() or "cousin" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(skateboard):
    project = skateboard.project
    cases = assert_cases_name_what_exists(project, data("r_heldout.jsonl"), prefix="r-", min_cases=260, min_must_not_edit=70,
                                          min_history=20)
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
    cases = {c.id: c for c in load_suite(data("r_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("r-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("r-question-where", "r-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid, words in (("r-pos-pop-popsout", "pops right out"), ("r-pos-pop-likebutton", "smash that like button")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("r-time-newhill-3s-after", 3.0), ("r-time-spin-2s-after", 2.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["r-pos-title-newbearings"].expect["title"]["start"] == SEGMENTS[14].start
    assert SEGMENTS[14].text.startswith("Okay, so now the new bearings")
    assert cases["r-title-spin-step"].expect["title"]["start"] == SEGMENTS[23].start and SEGMENTS[23].text.startswith("Give it a spin")
    assert (cases["r-move-pxl-trick"].expect["clip_on_track"]["start"] == SEGMENTS[9].start
            and "here's the trick" in SEGMENTS[9].text)
    assert cases["r-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "let me do that bit again" in SEGMENTS[20].text and SEGMENTS[21].text.startswith("Now slide the wheel back on, put the washer")
    retake = SEGMENTS[21].start - SEGMENTS[20].start
    a, b = cases["r-multi-retake-nut"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[21].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[21].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("r-cut-um-firstthing", 2), ("r-cut-uh-trick", 9), ("r-cut-um-spacer", 12), ("r-cut-um-hammer", 19),
                   ("r-cut-uh-threewheels", 25), ("r-cut-um-binthem", 28), ("r-cut-uh-fixnext", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    for cid in ("r-trim-end-nothard", "r-trim-end-crunch", "r-trim-tail-silence"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in r_heldout.jsonl / r_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "r_generators")]
    try:
        import make_r_retrieval
        import make_r_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_r_suite.D == D
    rows = [json.loads(line) for line in Path(data("r_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_r_suite.CASES))
    queries = [json.loads(line) for line in Path(data("r_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_r_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(skateboard):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(skateboard.project, data("r_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(skateboard):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("r_heldout.jsonl")) if c.setup):
        work = with_setup(skateboard.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(skateboard.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("r-transition-", "r-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("r_retrieval.jsonl"), STARTS, min_rows=52, min_starts=30)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
