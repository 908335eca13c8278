"""The wheel truing eval project (suite U, written blind) builds for real, and suite U and retrieval set
U only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_u_truing import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_truing_project,
                                                   timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_u_truing import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_truing_project, timed_script

D = 168.4  # the fresh timeline's length, which every duration bound of suite U is computed from

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
def truing(tmp_path_factory):
    session = create_truing_project(tmp_path_factory.mktemp("u") / "truing")
    yield session
    session.close()


def test_truing_project_builds_with_every_file_and_the_documented_ids(truing):
    project = truing.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -18.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 2 and len(BROLL) == 14
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m18"].kind == "audio" and project.media["m17"].kind == "audio"
    assert project.media["m16"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (5, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 15) if i != 5)
    assert TAKE2.startswith("DR-10L_") and TAKE2.endswith(".WAV") and SFX.endswith(".wav")
    assert TALK.startswith("DSCF") and TALK.endswith(".MOV")  # a Fujifilm camera file
    # look-alikes: two DJI Osmo Action clips whose names differ only in their digits, told apart by description
    dji = [b for b in BROLL if b[0].startswith("DJI_")]
    assert len(dji) == 2 and all(b[2].startswith("close-up of the rear wheel spinning in the truing stand") for b in dji)
    assert "wobbling" in dji[0][2] and "running straight" in dji[1][2]
    assert sum(b[0].startswith("DSCF") for b in BROLL) == 2  # a Fujifilm B-roll clip and a Fujifilm still
    assert any(b[0].startswith("PXL_") for b in BROLL) and any(re.fullmatch(r"\d{8}_\d{6}\.mp4", b[0]) for b in BROLL)
    assert any(b[0].startswith("GMT") and "_Recording_" in b[0] for b in BROLL)  # a Zoom export
    assert any(b[0].startswith("Snapchat-") and not b[2] for b in BROLL)
    assert any(re.fullmatch(r"A\d{3}_C\d{3}_\d{4}[A-Z]{2}\.mov", b[0]) for b in BROLL)  # an editor export
    assert any(" " in b[0] and b[0].endswith(".mov") and not b[0].startswith("Screen") for b in BROLL)
    assert any(re.fullmatch(r"[a-z]+(_[a-z]+)+\.mp4", b[0]) for b in BROLL)  # snake_case
    assert sum(bool(re.search(r"_v\d\.", b[0])) for b in BROLL) == 1  # a version suffix
    assert any(b[0].startswith("Screen Recording") and " PM.mov" in b[0] and not b[2] for b in BROLL)  # macOS, no description
    assert any(b[0].startswith("Screenshot ") and b[0].endswith(".png") for b in BROLL)
    assert 150 < float(project.duration / project.fps) < 185 and 30 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(truing, tmp_path):
    talk = truing.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 8
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 4
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("so basically") == 3 and text.count(", right?") == 3 and text.count("you know") == 3
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no wait, scratch that, i totally said that backwards, let me redo that part" in t.lower() for t, _p in SCRIPT) == 1
    # the retake said out loud is found; a natural "one more time" elsewhere (sentence 29) is not tuned away
    retake_words = [k for k, w in enumerate(talk.words) if SEGMENTS[15].start <= w.start <= SEGMENTS[15].end]
    assert (retake_words[0], retake_words[-1]) in false_starts(talk.words)
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("super") == 4 and count("wobble") == 4 and count("pointer") == 4 and count("pinging") == 2
    assert count("ticking") == 2 and plain.count("spoke key") == 3 and plain.count("quarter turn") == 4
    assert plain.count("left side") == 2 and plain.count("right side spoke") == 2 and plain.count("looking down at the nipple from the tire side") == 2
    for phrase in ("two millimeters", "zero dollars", "five years ago", "three or four spokes", "thirty two spokes", "sixteen on each side",
                   "under a millimeter", "sixty psi", "forty minutes", "rosa", "right here in my garage in portland",
                   "like a really big one", "and she's the best", "which, you know, fair", "so don't freak out",
                   "that's a whole other video", "most of that was me being super careful", "because it's kind of upside down",
                   "and honestly it works super well", "rides so smooth", "peace"):
        assert text.count(phrase) == 1, phrase
    # the aside names someone who is in no media: Rosa from the bike shop
    assert not any("rosa" in (b[0] + " " + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(truing):
    project = truing.project
    cases = assert_cases_name_what_exists(project, data("u_heldout.jsonl"), prefix="u-", min_cases=280, min_must_not_edit=75,
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
    cuts = sum(c.id.startswith("u-cut-") for c in cases)
    assert cuts / len(cases) >= 0.22  # cuts weigh about a third more than in suite Q


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("u_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("u-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("u-question-where", "u-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid, words in (("u-pos-bell-rides", "rides so smooth"), ("u-pos-bell-peace", "peace")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("u-time-spokekey-2s-into", 2.0), ("u-time-pluck-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert (cases["u-pos-title-counter"].expect["title"]["start"] == SEGMENTS[16].start
            and "counterclockwise to tighten" in SEGMENTS[16].text)
    assert cases["u-title-step-mark"].expect["title"]["start"] == SEGMENTS[10].start and "tape" in SEGMENTS[10].text
    assert (cases["u-move-wheeloff-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[6].start
            and SEGMENTS[6].text.startswith("First, let some air out of the tire"))
    assert cases["u-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "let me redo that part" in SEGMENTS[15].text and "counterclockwise to tighten" in SEGMENTS[16].text
    retake = SEGMENTS[16].start - SEGMENTS[15].start
    a, b = cases["u-multi-retake-spokekey"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[16].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[16].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("u-cut-um-need", 3), ("u-cut-uh-spinslow", 8), ("u-cut-uh-stillrubbing", 21), ("u-cut-um-pluck", 24),
                   ("u-cut-uh-hop", 26), ("u-cut-um-forty", 31), ("u-cut-uh-subscribe", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    for cid in ("u-trim-end-notscary", "u-trim-end-subscribe"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in u_heldout.jsonl / u_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "u_generators")]
    try:
        import make_u_retrieval
        import make_u_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_u_suite.D == D
    rows = [json.loads(line) for line in Path(data("u_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_u_suite.CASES))
    queries = [json.loads(line) for line in Path(data("u_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_u_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(truing):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(truing.project, data("u_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(truing):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("u_heldout.jsonl")) if c.setup):
        work = with_setup(truing.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(truing.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("u-transition-", "u-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("u_retrieval.jsonl"), STARTS, min_rows=55, min_starts=34)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
