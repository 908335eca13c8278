"""The grouting eval project (suite T, written blind) builds for real, and suite T and retrieval set
T only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_t_grouting import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_grouting_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_t_grouting import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_grouting_project, timed_script

D = 169.1  # the fresh timeline's length, which every duration bound of suite T is computed from

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
def grouting(tmp_path_factory):
    session = create_grouting_project(tmp_path_factory.mktemp("t") / "grouting")
    yield session
    session.close()


def test_grouting_project_builds_with_every_file_and_the_documented_ids(grouting):
    project = grouting.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -18.0)]
    assert project.tracks[1].clips == []
    assert sum(1 for b in BROLL if b[1] is None) == 1 and len(BROLL) == 14
    assert BROLL[-1][0] == "IMG_4211.jpg" and BROLL[-1][1] is None  # the HEIC still, exported as .jpg
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert project.media["m18"].kind == "audio" and project.media["m17"].kind == "audio"
    assert project.media["m16"].kind == "audio"
    assert project.media["m15"].kind == "image"
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 15))
    assert TAKE2.startswith("ZOOM") and TAKE2.endswith(".WAV") and SFX.endswith(".wav")
    assert TALK.startswith("IMG_41") and MUSIC.endswith("(Royalty Free Folk).mp3")
    # look-alikes: two iPhone clips whose names differ only in their digits, told apart by description
    pair = [b for b in BROLL if b[0] in ("IMG_4203.MOV", "IMG_4207.MOV")]
    assert len(pair) == 2 and all(b[2].startswith("close-up along the bath edge") for b in pair)
    assert "scrape the old grey grout out" in pair[0][2] and "pressing fresh white grout" in pair[1][2]
    assert sum(b[0].startswith("IMG_4") for b in BROLL) == 4
    assert sum(b[0].startswith("DJI_20260503") and b[0].endswith("_D.MP4") for b in BROLL) == 2
    assert any(b[0].startswith("WhatsApp Video 2026-05-03 at ") for b in BROLL)
    assert any(b[0].startswith("ScreenRecording_") and not b[2] for b in BROLL)  # an iPad recording with no description
    assert any(b[0].endswith(" (1).mp4") for b in BROLL) and any(" copy." in b[0] for b in BROLL)
    assert sum(bool(re.search(r"_v\d\.", b[0])) for b in BROLL) == 1  # one version suffix
    assert sum(" " in b[0] for b in BROLL) >= 5
    assert 150 < float(project.duration / project.fps) < 185 and 34 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(grouting, tmp_path):
    talk = grouting.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",.") in {"um", "uh"}]
    assert len(fillers) == 10
    assert sum(w.text.lower().strip(",.") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("you see,") == 3 and text.count("och,") == 2
    assert 6 <= sum(1 for _t, pause in SCRIPT if pause >= 1.5) <= 8 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("that's not right, i've jumbled that, let me say that bit again" in t.lower() for t, _p in SCRIPT) == 1
    assert SEGMENTS[21].text.startswith("When the sponge has done its job") and SEGMENTS[22].text.startswith("When the sponge has done its job,")
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("grout") == 12 and count("joints") == 5 and count("tiles") == 6 and count("sponge") == 5
    assert count("float") == 5 and count("jim") == 4 and count("wee") == 4 and count("mind") == 2 and count("och") == 2
    assert count("tub") == 3 and count("bucket") == 3 and count("minutes") == 2 and count("silicone") == 2 and count("ten") == 2
    assert plain.count("one afternoon") == 2 and plain.count("an hour") == 2
    for phrase in ("nineteen eighty seven", "four pounds ninety", "two or three millimetres", "eleven years", "twenty minutes",
                   "forty five degrees", "half a metre", "ten minutes", "twenty four hours", "ten pounds", "agnes", "bless her",
                   "kirkcaldy", "if nothing else", "i can tell you", "chipped it once", "not budged", "cheerio for now"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: her neighbour; and Jim is in none either
    assert not any(re.search(r"agnes|neighbour|\bjim", (b[0] + " " + b[2]).lower()) for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(grouting):
    project = grouting.project
    cases = assert_cases_name_what_exists(project, data("t_heldout.jsonl"), prefix="t-", min_cases=280, min_must_not_edit=75,
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
    cuts = sum(c.id.startswith("t-cut-") for c in cases)
    assert cuts / len(cases) >= 0.22  # about a third more cut cases than suite Q's share


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("t_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("t-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("t-question-where", "t-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 25
    for cid, words in (("t-pos-knock-chipped", "chipped it once"), ("t-pos-knock-budged", "not budged")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("t-time-sponge-2s-into", 2.0), ("t-time-press-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["t-pos-title-sponge"].expect["title"]["start"] == SEGMENTS[19].start and SEGMENTS[19].text.startswith("Then you wipe the tiles")
    assert cases["t-title-step-rake"].expect["title"]["start"] == SEGMENTS[6].start and "rake out the old grout" in SEGMENTS[6].text
    assert (cases["t-move-tape-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[27].start
            and SEGMENTS[27].text.startswith("Put masking tape above and below the line first"))
    assert cases["t-question-length"].expect["reply_has"] == [_mmss(D)]
    retake = SEGMENTS[22].start - SEGMENTS[21].start
    a, b = cases["t-multi-retake-float"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[22].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[22].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("t-cut-um-rake", 6), ("t-cut-uh-hoover", 9), ("t-cut-um-degrees", 15), ("t-cut-uh-tenminutes", 18),
                   ("t-cut-uh-rinse", 20), ("t-cut-um-nextday", 26), ("t-cut-uh-shower", 29), ("t-cut-um-jimhour", 32),
                   ("t-cut-uh-subscribe", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("t-trim-end-cost", "t-trim-end-newbathroom"):  # a trim that ends after a sentence leaves something to cut
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in t_heldout.jsonl / t_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "t_generators")]
    try:
        import make_t_retrieval
        import make_t_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_t_suite.D == D
    rows = [json.loads(line) for line in Path(data("t_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_t_suite.CASES))
    queries = [json.loads(line) for line in Path(data("t_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_t_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(grouting):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(grouting.project, data("t_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(grouting):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("t_heldout.jsonl")) if c.setup):
        work = with_setup(grouting.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(grouting.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("t-transition-", "t-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("t_retrieval.jsonl"), STARTS, min_rows=55, min_starts=32)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
