"""The oil change eval project (suite AF, written blind) builds for real, and suite AF and retrieval set
AF only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_af_oilchange import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_oilchange_project,
                                                      timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_af_oilchange import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_oilchange_project, timed_script

D = 168.97  # the fresh timeline's length (5069 frames at 30 fps), which every duration bound of suite AF is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}


def data(name: str) -> str:
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def oilchange(tmp_path_factory):
    session = create_oilchange_project(tmp_path_factory.mktemp("af") / "oilchange")
    yield session
    session.close()


def test_oilchange_project_builds_with_every_file_and_the_documented_ids(oilchange):
    project = oilchange.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -15.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 1 and len(BROLL) == 14
    assert project.media["m10"].kind == "image" and BROLL[8][0] == "oil bottle.jpg"
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 16) if i != 10)
    assert all(project.media[f"m{i}"].kind == "audio" for i in (16, 17, 18))
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert TAKE2 == "Voice 014.m4a" and MUSIC.endswith(".mp3") and " - " in MUSIC
    # look-alikes: two GoPro chapters whose names differ by one digit, told apart only by description
    gopro = [b for b in BROLL if re.fullmatch(r"GH0\d0044\.MP4", b[0])]
    assert len(gopro) == 2 and all(b[2].startswith("GoPro under the car") for b in gopro)
    assert "sump plug" in gopro[0][2] and "filter" in gopro[1][2] and "filter" not in gopro[0][2]
    assert sum(bool(re.fullmatch(r"20260321_\d{6}\.mp4", b[0])) for b in BROLL) == 3  # old Samsung
    assert sum(b[0].startswith("DSC_") for b in BROLL) == 2  # Nikon
    assert any(re.fullmatch(r"\d{4}_\d{4}_\d{6}_\d{3}\.MP4", b[0]) for b in BROLL)  # dashcam
    assert any(b[0].startswith("FB_VID_") for b in BROLL) and any("Made with Clipchamp" in b[0] for b in BROLL)
    assert any(re.search(r" \d\.mp4$", b[0]) for b in BROLL)  # a version-suffixed typed name
    assert sum(bool(" " in b[0] and re.search(r"\b[A-Z]{2,}\b", b[0]) and not b[2]) for b in BROLL) == 2  # typed, no description
    assert 150 < float(project.duration / project.fps) < 185 and 34 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(oilchange, tmp_path):
    talk = oilchange.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 8 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("i've gone and done that backwards, i'll say that bit again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    text = " ".join(t for t, _p in SCRIPT).lower()
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("sump") == 3 and count("plug") == 4 and count("filter") == 6 and count("dipstick") == 3
    assert count("container") == 3 and count("servo") == 2 and count("heaps") == 2 and count("tip") == 3
    assert count("cuppa") == 2 and count("anyway") == 4 and count("mate") == 1
    for phrase, n in (("three quarters", 2), ("crush washer", 2), ("fourteen mil", 2), ("ice cream container", 2), ("right o", 2), ("and bob's your uncle", 2)):
        assert plain.count(phrase) == n, phrase
    for phrase in ("four point two litres", "five w thirty", "twenty minutes", "three quarters of a turn", "ten thousand k's",
                   "six months", "twenty twelve", "fair dinkum", "bloody oath", "she'll be right",
                   "stuffed", "arvo", "reckons", "trevor", "diesel", "check the dipstick one more time", "crack it loose",
                   "a fourteen mil socket", "that's how you end up in the paper", "with a cuppa in the middle"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: his brother-in-law
    assert not any("trev" in (b[0] + " " + b[2]).lower() or "diesel" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(oilchange):
    project = oilchange.project
    cases = assert_cases_name_what_exists(project, data("af_heldout.jsonl"), prefix="af-", min_cases=280, min_must_not_edit=75,
                                          min_history=20)
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
    assert 0.22 <= must_not_edit / len(cases) <= 0.33
    cuts = sum(c.id.startswith("af-cut-") for c in cases)
    assert cuts / len(cases) >= 0.2  # cuts weigh more than in the earlier blind suites


def test_described_parts_are_sentences_and_words_of_the_transcript():
    cases = {c.id: c for c in load_suite(data("af_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("af-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("af-question-where", "af-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid, words in (("af-pos-ratchet-crack", "crack it loose"), ("af-pos-ratchet-socket", "a fourteen mil socket")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("af-time-drain-2s-into", 2.0), ("af-time-seal-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["af-pos-title-filterswap"].expect["title"]["start"] == SEGMENTS[18].start
    assert SEGMENTS[18].text.startswith("Now the filter lives round the front")
    assert cases["af-title-step-drain"].expect["title"]["start"] == SEGMENTS[9].start and "sump plug" in SEGMENTS[9].text
    assert cases["af-move-dipstick-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[27].start
    assert cases["af-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "say that bit again" in SEGMENTS[21].text and SEGMENTS[22].text.startswith("Then you smear")
    retake = SEGMENTS[22].start - SEGMENTS[21].start
    a, b = cases["af-multi-retake-seal"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[22].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[22].end - retake + 0.3)) < 0.01
    for cid, i in (("af-cut-um-jess", 1), ("af-cut-uh-handbrake", 5), ("af-cut-um-undo", 10), ("af-cut-uh-gorilla", 17),
                   ("af-cut-uh-bonnet", 26), ("af-cut-um-nodrips", 30), ("af-cut-um-oilchange", 34), ("af-cut-uh-subscribe", 35)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("af-trim-end-outlast", "af-trim-end-nodrips"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "af_generators")]
    try:
        import make_af_retrieval
        import make_af_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_af_suite.D == D
    rows = [json.loads(line) for line in Path(data("af_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_af_suite.CASES))
    queries = [json.loads(line) for line in Path(data("af_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_af_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(oilchange):
    assert_selections_mean_the_expected_media(oilchange.project, data("af_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(oilchange):
    for case in (c for c in load_suite(data("af_heldout.jsonl")) if c.setup):
        work = with_setup(oilchange.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(oilchange.project)["duration"], case.id
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("af-transition-", "af-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("af_retrieval.jsonl"), STARTS, min_rows=55, min_starts=33)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
