"""The knife sharpening eval project (suite S, written blind) builds for real, and suite S and retrieval
set S only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_s_knife import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_knife_project, timed_script
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_s_knife import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_knife_project, timed_script

D = 188.3  # the fresh timeline's length, which every duration bound of suite S is computed from

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
def knife(tmp_path_factory):
    session = create_knife_project(tmp_path_factory.mktemp("s") / "knife")
    yield session
    session.close()


def test_knife_project_builds_with_every_file_and_the_documented_ids(knife):
    project = knife.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -18.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 3 and len(BROLL) == 14
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m18"].kind == "audio" and project.media["m17"].kind == "audio" and project.media["m16"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (13, 14, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 13))
    assert TAKE2.startswith("TASCAM_") and MUSIC.endswith(".m4a") and SFX.endswith(".wav")
    assert re.fullmatch(r"C\d{4}\.MP4", TALK)  # a Sony camera file
    # look-alikes: two GoPro chapters whose names differ only in their last digit, told apart by description
    gopro = [b for b in BROLL if b[0].startswith("GX0102")]
    assert len(gopro) == 2 and all(b[2].startswith("GoPro on the workbench") for b in gopro)
    assert "coarse" in gopro[0][2] and "fine" in gopro[1][2] and "fine" not in gopro[0][2] and "coarse" not in gopro[1][2]
    assert any(b[0].startswith("MVI_") for b in BROLL) and any(b[0].startswith("PXL_") for b in BROLL)
    assert any(b[0].startswith("video_2026-") for b in BROLL)  # a messaging-app export
    assert any(b[0].startswith("Screenshot_") for b in BROLL)  # an Android screenshot
    assert any(" " in b[0] for b in BROLL) and any(re.search(r"[a-z][A-Z]", b[0]) for b in BROLL)
    assert any("FINAL" in b[0] for b in BROLL) and any("_v2_" in b[0] for b in BROLL)  # edited exports with suffixes
    unnamed = [b for b in BROLL if re.fullmatch(r"[\d -]+\.mkv", b[0])]
    assert len(unnamed) == 1 and unnamed[0][2] == ""  # a capture named only by its date, with no description
    assert 160 < float(project.duration / project.fps) < 200 and 30 <= len(SCRIPT) <= 40
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(knife, tmp_path):
    talk = knife.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 10
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("yes?") == 3 and text.count("exactly.") == 2 and text.count("how you say,") == 2 and text.count("so, so,") == 1
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no, wait, that is wrong, i say this again from the beginning" in t.lower() for t, _p in SCRIPT) == 1
    plain = re.sub(r"[^a-ząćęłńóśźż' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("stone") == 13 and count("stones") == 4 and count("burr") == 5 and count("marker") == 2
    assert count("angle") == 4 and count("strokes") == 4 and count("paper") == 2 and count("tomato") == 2
    assert count("steel") == 4 and count("spine") == 2 and count("bristol") == 2 and count("saturday") == 2
    assert plain.count("heel to tip") == 2 and plain.count("the other side") == 2 and plain.count("ten strokes") == 2
    assert plain.count("fine stone") == 4 and plain.count("coarse stone") == 3
    for phrase in ("thirty years", "gdańsk", "one thousand grit", "six thousand grit", "ten minutes", "fifteen degrees",
                   "two coins", "twenty or thirty times", "six or seven light strokes", "twenty minutes", "one hour",
                   "nothing else, no gadgets", "please, do not be like bogdan", "maybe less than half",
                   "this is a big mistake people make", "so please listen", "keep your knives sharp", "honing steel",
                   "and this is fine", "first in gdańsk and"):
        assert text.count(phrase) == 1, phrase
    # the aside names someone who is in no media: the cheese seller next door
    assert not any("bogdan" in (b[0] + " " + b[2]).lower() or "cheese" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(knife):
    project = knife.project
    cases = assert_cases_name_what_exists(project, data("s_heldout.jsonl"), prefix="s-", min_cases=270, min_must_not_edit=70,
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
    cases = {c.id: c for c in load_suite(data("s_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("s-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("s-question-where", "s-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("s-pos-sfx-sharp", "keep your knives sharp"), ("s-pos-sfx-steel", "honing steel")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("s-time-honing-2s-into", 2.0), ("s-time-fine-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["s-pos-title-fine"].expect["title"]["start"] == SEGMENTS[17].start and SEGMENTS[17].text.startswith("Then we go to the fine stone")
    assert cases["s-title-step-coarse"].expect["title"]["start"] == SEGMENTS[11].start and "damp towel" in SEGMENTS[11].text
    assert (cases["s-move-burr-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[14].start
            and SEGMENTS[14].text.startswith("The burr is, how you say"))
    assert cases["s-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "again from the beginning" in SEGMENTS[19].text and SEGMENTS[20].text.startswith("And at the end, to take off the burr, you pull")
    retake = SEGMENTS[20].start - SEGMENTS[19].start
    a, b = cases["s-multi-retake-fine"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[20].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[20].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("s-cut-um-grit", 3), ("s-cut-uh-touching", 7), ("s-cut-um-coins", 9), ("s-cut-uh-heeltotip", 12),
                   ("s-cut-uh-samepressure", 16), ("s-cut-um-half", 17), ("s-cut-uh-skin", 26), ("s-cut-um-dishwasher", 29),
                   ("s-cut-um-questions", 33)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    assert cases["s-trim-end-saturday"].expect["duration_lt"] < D


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in s_heldout.jsonl / s_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "s_generators")]
    try:
        import make_s_retrieval
        import make_s_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_s_suite.D == D
    rows = [json.loads(line) for line in Path(data("s_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_s_suite.CASES))
    queries = [json.loads(line) for line in Path(data("s_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_s_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(knife):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(knife.project, data("s_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(knife):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("s_heldout.jsonl")) if c.setup):
        work = with_setup(knife.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(knife.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("s-transition-", "s-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("s_retrieval.jsonl"), STARTS, min_rows=52, min_starts=30)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
