"""The pottery eval project (suite AG, written blind) builds for real, and suite AG and retrieval set
AG only name media, clips and times that exist in it. Does not run the planner."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
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
    from editor_app.eval.project_ag_pottery import (BROLL, MUSIC, SCRIPT, SFX, TAGS, TAKE2, TALK, create_pottery_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_ag_pottery import BROLL, MUSIC, SCRIPT, SFX, TAGS, TAKE2, TALK, create_pottery_project, timed_script

D = 226.6  # the fresh timeline's length, which every duration bound of suite AG is computed from

SEGMENTS, WORDS, TOTAL = timed_script(SCRIPT)
STARTS = {s.start for s in SEGMENTS}
ENDS = {s.end for s in SEGMENTS}
WORD_STARTS, WORD_ENDS = {w.start for w in WORDS}, {w.end for w in WORDS}
FILLER = {"um", "uh"}


def data(name: str) -> str:
    """A suite file from evals/ in the repository, or from beside this test in the suite's own folder."""
    for folder in (ROOT / "evals", HERE):
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


@pytest.fixture(scope="module")
def pottery(tmp_path_factory):
    session = create_pottery_project(tmp_path_factory.mktemp("ag") / "pottery")
    yield session
    session.close()


def test_pottery_project_builds_with_every_file_and_the_documented_ids(pottery):
    project = pottery.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m17": MUSIC, "m18": TAKE2, "m19": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m17", -15.0)]
    assert project.tracks[1].clips == []
    assert 12 <= len(BROLL) <= 15 and sum(1 for b in BROLL if b[1] is None) == 2
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    described = sum(bool(b[2]) for b in BROLL)
    assert len(BROLL) / 2 < described < len(BROLL)  # most media described, some only named
    assert project.media["m17"].kind == "audio" and project.media["m18"].kind == "audio" and project.media["m19"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (9, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 17) if i not in (9, 15))
    # tags: some media carry them, most do not
    tagged = {m.name: tuple(m.tags) for m in project.media.values() if m.tags}
    assert tagged == TAGS and 3 <= len(tagged) < len(BROLL) / 2
    # the families of names people's devices give files
    assert sum(b[0].startswith("PXL_2026") for b in BROLL) == 3
    assert sum(bool(re.fullmatch(r"GX01\d{4}\.MP4", b[0])) for b in BROLL) == 3
    assert any(b[0].startswith("DJI_") for b in BROLL) and any(b[0].startswith("Screen Recording ") for b in BROLL)
    assert any(b[0].startswith("WhatsApp Video ") for b in BROLL) and any(re.fullmatch(r"VID-\d{8}-WA\d{4}\.mp4", b[0]) for b in BROLL)
    assert any("FINAL_v2" in b[0] for b in BROLL) and any(" " in b[0] and b[0].endswith(".jpg") for b in BROLL)
    assert TALK.startswith("MVI_") and any(b[0].startswith("MVI_") for b in BROLL)  # the friend's Canon
    no_description = [b[0] for b in BROLL if not b[2]]
    assert "VID-20260408-WA0003.mp4" in no_description  # a name that says nothing, and no description
    # look-alikes: two Pixel close-ups told apart only by their descriptions
    pixel = [b for b in BROLL if b[0].startswith("PXL_") and b[2].startswith("close-up of the clay on the wheel")]
    assert len(pixel) == 2 and "wobbling" in pixel[0][2] and "centred" in pixel[1][2]
    assert all("overhead" in b[2] or "looking down" in b[2] for b in BROLL if b[0].startswith("GX01"))
    assert 200 < float(project.duration / project.fps) < 240 and 35 <= len(SCRIPT) <= 45
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(pottery, tmp_path):
    talk = pottery.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",.") in FILLER]
    assert len(fillers) == 9 and sum(w.text.lower().strip(",.") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("right then,") == 3 and text.count("off we go") == 2 and text.count("isn't it") == 3
    assert sum(1 for _t, pause in SCRIPT if pause > 1.0) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("let me do that bit again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("clay") == 8 and count("wheel") == 6 and count("bowl") == 7 and count("kiln") == 4
    assert count("bethan") == 3 and count("gareth") == 2 and count("bottom") == 4 and count("cracks") == 2
    assert count("mud") == 2 and count("lush") == 2 and count("tidy") == 2 and count("centring") == 2
    assert count("mun") == 1 and count("cwtch") == 1 and count("osian") == 1 and count("in a minute") == 2
    for phrase in ("sixty seven", "thirty one years", "eighty pounds", "six year olds", "a finger's width", "half speed",
                   "three or four pulls", "about a week", "forty years", "nine hundred and fifty degrees", "three weeks",
                   "sixteen", "like a wet paper bag", "clay on the cat", "attempt number two", "ram's head", "rhossili",
                   "biscuit firing", "kept his screws in it", "now in a minute", "ta ra", "heaven help us"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: her grandson
    assert not any("osian" in (b[0] + " " + b[2]).lower() or "grandson" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(pottery):
    project = pottery.project
    cases = assert_cases_name_what_exists(project, data("ag_heldout.jsonl"), prefix="ag-", min_cases=300, min_must_not_edit=80,
                                          min_history=25)
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
    assert 0.2 <= must_not_edit / len(cases) <= 0.33
    who = Counter(c.note.split("]")[0].lstrip("[") for c in cases)
    assert set(who) == {"rhiannon", "osian", "helen", "dictation"} and min(who.values()) >= len(cases) / 5, who


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("ag_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("ag-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("ag-question-where", "ag-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 35
    for cid, words in (("ag-pos-boing-foldedover", "folded over"), ("ag-pos-boing-thereitgoes", "there it goes"),
                       ("ag-pos-boing-cat", "clay on the cat")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("ag-time-sponge-2s-into", 2.0), ("ag-time-boing-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["ag-title-wedging"].expect["title"]["start"] == SEGMENTS[5].start and SEGMENTS[5].text.startswith("Right then, off we go")
    assert (cases["ag-pos-title-scrunched"].expect["title"]["start"] == SEGMENTS[23].start
            and SEGMENTS[23].text.startswith("So I scrunched it back up"))
    assert (cases["ag-pos-collapse-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[21].start
            and SEGMENTS[21].text.startswith("And this is where it all went wrong"))
    assert cases["ag-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "let me do that bit again" in SEGMENTS[16].text and SEGMENTS[17].text.startswith("Then you draw the clay outwards")
    retake = SEGMENTS[17].start - SEGMENTS[16].start
    a, b = cases["ag-multi-retake-open"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[17].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[17].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("ag-cut-um-mun", 12), ("ag-cut-uh-tickled", 4), ("ag-cut-um-bubble", 7), ("ag-cut-um-biscuit", 34),
                   ("ag-cut-uh-clearly", 39), ("ag-cut-uh-board", 29), ("ag-cut-um-cwtch", 40), ("ag-cut-um-slip", 20),
                   ("ag-cut-uh-finger", 15)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in FILLER]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    for cid in ("ag-trim-end-clearly", "ag-trim-end-mine"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in ag_heldout.jsonl / ag_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "ag_generators")]
    try:
        import make_ag_retrieval
        import make_ag_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_ag_suite.D == D
    rows = [json.loads(line) for line in Path(data("ag_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_ag_suite.CASES))
    queries = [json.loads(line) for line in Path(data("ag_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_ag_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(pottery):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(pottery.project, data("ag_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(pottery):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("ag_heldout.jsonl")) if c.setup):
        work = with_setup(pottery.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(pottery.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("ag-transition-", "ag-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("ag_retrieval.jsonl"), STARTS, min_rows=55, min_starts=38)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
