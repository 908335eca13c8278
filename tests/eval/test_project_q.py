"""The darning eval project (suite Q, written blind) builds for real, and suite Q and retrieval set
Q only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_q_darning import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_darning_project,
                                                   timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_q_darning import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_darning_project, timed_script

D = 168.87  # the fresh timeline's length, which every duration bound of suite Q is computed from

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
def darning(tmp_path_factory):
    session = create_darning_project(tmp_path_factory.mktemp("q") / "darning")
    yield session
    session.close()


def test_darning_project_builds_with_every_file_and_the_documented_ids(darning):
    project = darning.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m15": MUSIC, "m16": TAKE2, "m17": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m15", -16.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 3 and len(BROLL) == 13
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m17"].kind == "audio" and project.media["m16"].kind == "audio"
    assert project.media["m15"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (12, 13, 14))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 12))
    assert TAKE2.startswith("ZOOM") and TAKE2.endswith(".WAV") and SFX.endswith(".wav")
    assert TALK.startswith("P10")  # a camera family (Panasonic Lumix) no earlier talk used
    # look-alikes: two iPhone clips whose names differ only in their digits, told apart by description
    iphone = [b for b in BROLL if b[0].startswith("IMG_09") and b[1] is not None]
    assert len(iphone) == 2 and all(b[2].startswith("close-up of the sock stretched over the darning mushroom") for b in iphone)
    assert "straight up and down" in iphone[0][2] and "over and under" in iphone[1][2]
    assert sum(b[0].startswith("IMG_09") for b in BROLL) == 3  # and an iPhone still
    assert any(b[0].startswith("DJI_") for b in BROLL) and any(b[0].startswith("VID_") for b in BROLL)
    assert any(" " in b[0] for b in BROLL) and any(re.search(r"[a-z][A-Z]", b[0]) for b in BROLL)
    assert any(re.fullmatch(r"[a-z]+(_[a-z]+)+\.mp4", b[0]) for b in BROLL)  # snake_case
    assert sum(bool(re.search(r"_v\d\.", b[0])) for b in BROLL) == 2  # version suffixes
    assert any(b[0].startswith("Screen Recording") and not b[2] for b in BROLL)  # a screen recording with no description
    assert any(b[0].startswith("WhatsApp Video") for b in BROLL)  # an app-exported file
    assert any(b[0].startswith("Screenshot ") for b in BROLL)  # a screenshot still
    assert 150 < float(project.duration / project.fps) < 185 and 30 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(darning, tmp_path):
    talk = darning.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("you see,") == 3 and text.count("och,") == 1 and text.count("so it does.") == 1
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 6 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("i've got that the wrong way round, i'll start that bit again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("sock") == 9 and count("socks") == 3 and count("hole") == 10 and count("wool") == 8
    assert count("needle") == 4 and count("wee") == 5 and count("scissors") == 2 and count("mushroom") == 2
    assert count("knot") == 1 and count("knots") == 1 and count("minutes") == 2 and count("mind") == 2
    assert plain.count("good as new") == 2 and plain.count("far side") == 2 and plain.count("wee hole") == 2
    for phrase in ("four ply", "two balls", "six pounds fifty", "a centimetre", "a quarter of an inch", "twenty five minutes",
                   "an hour", "nearly sixty years", "since i was eleven", "ten minutes", "eilidh", "the way my mother taught me",
                   "like the strings on a harp", "so what does she know", "i was blethering the whole time",
                   "so put the radio on first", "a hole in your jeans is a fashion statement", "snip the end",
                   "a pair of scissors", "there's no shame in that", "i should think", "cheerio just now"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: her granddaughter
    assert not any("eilidh" in (b[0] + " " + b[2]).lower() or "granddaughter" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(darning):
    project = darning.project
    cases = assert_cases_name_what_exists(project, data("q_heldout.jsonl"), prefix="q-", min_cases=240, min_must_not_edit=65,
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
    cases = {c.id: c for c in load_suite(data("q_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("q-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("q-question-where", "q-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid, words in (("q-pos-snip-snipend", "snip the end"), ("q-pos-snip-pair", "a pair of scissors")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("q-time-threading-2s-into", 2.0), ("q-time-0934-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["q-pos-title-weave"].expect["title"]["start"] == SEGMENTS[16].start and SEGMENTS[16].text.startswith("Then you turn the sock round")
    assert cases["q-title-step-outline"].expect["title"]["start"] == SEGMENTS[11].start and "running stitch" in SEGMENTS[11].text
    assert (cases["q-move-heel-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[2].start
            and SEGMENTS[2].text.startswith("These are my husband's hillwalking socks"))
    assert cases["q-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "start that bit again" in SEGMENTS[21].text and SEGMENTS[22].text.startswith("When you get to the far side, take the needle")
    retake = SEGMENTS[22].start - SEGMENTS[21].start
    a, b = cases["q-multi-retake-weave"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[22].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[22].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("q-cut-um-mushroom", 4), ("q-cut-uh-running", 11), ("q-cut-um-wayback", 17), ("q-cut-uh-unpick", 20),
                   ("q-cut-um-sixty", 28), ("q-cut-uh-thin", 29), ("q-cut-uh-subscribe", 32)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    for cid in ("q-trim-end-patience", "q-trim-end-goodasnew"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in q_heldout.jsonl / q_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "q_generators")]
    try:
        import make_q_retrieval
        import make_q_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_q_suite.D == D
    rows = [json.loads(line) for line in Path(data("q_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_q_suite.CASES))
    queries = [json.loads(line) for line in Path(data("q_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_q_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(darning):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(darning.project, data("q_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(darning):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("q_heldout.jsonl")) if c.setup):
        work = with_setup(darning.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(darning.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("q-transition-", "q-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("q_retrieval.jsonl"), STARTS, min_rows=50, min_starts=30)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
