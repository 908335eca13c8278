"""The wardrobe eval project (suite Z, written blind) builds for real, and suite Z and retrieval set
Z only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_z_wardrobe import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_wardrobe_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_z_wardrobe import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_wardrobe_project, timed_script

D = 171.07  # the fresh timeline's length, which every duration bound of suite Z is computed from

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
def wardrobe(tmp_path_factory):
    session = create_wardrobe_project(tmp_path_factory.mktemp("z") / "wardrobe")
    yield session
    session.close()


def test_wardrobe_project_builds_with_every_file_and_the_documented_ids(wardrobe):
    project = wardrobe.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -18.0)]
    assert project.tracks[1].clips == []
    assert len(BROLL) == 14 and [b[0] for b in BROLL if b[1] is None] == ["IMG-20260815-WA0003.jpg"]  # one still
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # some media described, some only named
    assert all(project.media[f"m{i}"].kind == "audio" for i in (16, 17, 18))
    assert project.media["m10"].kind == "image"
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 16) if i != 10)
    assert TALK.startswith("DSC_") and TAKE2.startswith("Recording (") and MUSIC.startswith("bensound-")
    # look-alikes: two Samsung clips whose names differ only in their digits, told apart by description
    samsung = [b for b in BROLL if re.fullmatch(r"\d{8}_\d{6}\.mp4", b[0])]
    assert len(samsung) == 3
    assert samsung[0][2].startswith("close-up of the side panel flat on the carpet") and samsung[1][2].startswith(
        "close-up of the side panel flat on the carpet")
    assert "dowels" in samsung[0][2] and "cam locks" in samsung[1][2] and "dowels" not in samsung[1][2]
    assert [b[0] for b in BROLL][2:4] == ["GOPR0345.MP4", "GP010345.MP4"]  # a chaptered GoPro recording
    assert any(b[0].startswith("Screen_Recording_") and b[0].endswith("_YouTube.mp4") for b in BROLL)
    assert any(re.fullmatch(r"Snapchat-\d{10}\.mp4", b[0]) for b in BROLL)
    assert any(re.fullmatch(r"My Movie \d\.mp4", b[0]) and not b[2] for b in BROLL)  # iMovie export, no description
    assert any(re.fullmatch(r"IMG-\d{8}-WA\d{4}\.jpg", b[0]) for b in BROLL)
    assert any("USE THIS ONE" in b[0] for b in BROLL) and sum(bool(re.search(r"_v\d\.", b[0])) for b in BROLL) == 1
    assert 150 < float(project.duration / project.fps) < 185 and 30 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(wardrobe, tmp_path):
    talk = wardrobe.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("you know what i mean") == 3 and text.count("basically") == 3
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no, hang on, i'm getting ahead of meself, let me start that again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("hammer") == 3 and count("hinges") == 3 and count("doors") == 5 and count("femi") == 3
    assert count("proper") == 4 and count("tolu") == 3 and count("daddy") == 2 and count("upside") == 2
    assert plain.count("back panel") == 2 and plain.count("cam lock") == 2 and plain.count("allen key") == 3
    assert plain.count("stand it up") == 2 and plain.count("hanging rail") == 2 and plain.count("the hinges have got three screws") == 2
    for phrase in ("forty two", "forty one", "six millimetre", "half a turn", "ten centimetres", "a centimetre",
                   "a hundred and eighty centimetres", "a quarter of a turn", "two minutes", "two screws each",
                   "two and a half hours", "forty minutes", "three massive boxes", "forty pages", "mithered", "mither me",
                   "dead good", "dead easy", "mint", "buzzing", "proper sound", "our kid", "ta ra", "brother in law femi",
                   "just a little tap", "a proper shove with my hip", "which is mint to be fair"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: his brother-in-law Femi
    assert not any("femi" in (b[0] + " " + b[2]).lower() or "brother" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(wardrobe):
    project = wardrobe.project
    cases = assert_cases_name_what_exists(project, data("z_heldout.jsonl"), prefix="z-", min_cases=280, min_must_not_edit=75,
                                          min_history=18)
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
    cuts = sum(c.id.startswith("z-cut-") for c in cases)
    assert cuts / len(cases) >= 0.24  # a third more than suite Q's share of cuts (50/275)


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("z_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("z-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("z-question-where", "z-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("z-pos-sfx-littletap", "just a little tap"), ("z-pos-sfx-shove", "a proper shove with my hip")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("z-time-dowels-2s-after", 2.0), ("z-time-hinges-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["z-pos-title-hinges"].expect["title"]["start"] == SEGMENTS[22].start and SEGMENTS[22].text.startswith("Next the doors")
    assert cases["z-title-step-backpanel"].expect["title"]["start"] == SEGMENTS[15].start and "back panel" in SEGMENTS[15].text
    assert (cases["z-move-nikon-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[21].start
            and SEGMENTS[21].text.startswith("Then fix it to the wall"))
    assert cases["z-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "start that again" in SEGMENTS[23].text and SEGMENTS[24].text.startswith("The hinges have got three screws on them, and you")
    retake = SEGMENTS[24].start - SEGMENTS[23].start
    a, b = cases["z-multi-retake-hinges"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[24].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[24].end - retake + 0.3)) < 0.01
    assert _mmss(SEGMENTS[23].start) == "1:55" and "1:55" in cases["z-cut-retake-brand"].message
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("z-cut-um-forty", 1), ("z-cut-uh-allen", 4), ("z-cut-um-halfturn", 10), ("z-cut-uh-nail", 16),
                   ("z-cut-um-centimetre", 18), ("z-cut-um-deadeasy", 28), ("z-cut-uh-sothats", 33), ("z-cut-um-mither", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("z-trim-end-sothats", "z-trim-end-rightwayup"):  # a trim that ends after a sentence leaves something to cut
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in z_heldout.jsonl / z_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "z_generators")]
    try:
        import make_z_retrieval
        import make_z_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_z_suite.D == D
    rows = [json.loads(line) for line in Path(data("z_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_z_suite.CASES))
    queries = [json.loads(line) for line in Path(data("z_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_z_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(wardrobe):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(wardrobe.project, data("z_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(wardrobe):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("z_heldout.jsonl")) if c.setup):
        work = with_setup(wardrobe.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(wardrobe.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("z-transition-", "z-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("z_retrieval.jsonl"), STARTS, min_rows=55, min_starts=33)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
