"""The racket eval project (suite AB, written blind) builds for real, and suite AB and retrieval set
AB only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_ab_racket import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_racket_project,
                                                   timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_ab_racket import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_racket_project, timed_script

D = 168.37  # the fresh timeline's length, which every duration bound of suite AB is computed from

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
def racket(tmp_path_factory):
    session = create_racket_project(tmp_path_factory.mktemp("ab") / "racket")
    yield session
    session.close()


def test_racket_project_builds_with_every_file_and_the_documented_ids(racket):
    project = racket.project
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
    assert all(project.media[f"m{i}"].kind == "image" for i in (4, 11))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 16) if i not in (4, 11))
    assert TALK == "C0031.MP4" and TAKE2.startswith("Audio Recording ") and TAKE2.endswith(".m4a")
    assert re.fullmatch(r"[a-z-]+-\d+bpm-\d+\.mp3", MUSIC) and re.fullmatch(r"[a-z-]+-\d+\.mp3", SFX)  # Pixabay style
    # look-alikes: two iPhone clips whose names differ only in their digits, told apart by description
    iphone = [b for b in BROLL if b[0].startswith("IMG_07") and b[1] is not None]
    assert len(iphone) == 2 and all(b[2].startswith("cinematic mode close-up of the drop weight bar") for b in iphone)
    assert "on the mains" in iphone[0][2] and "on the crosses" in iphone[1][2]
    assert sum(b[0].startswith("IMG_07") for b in BROLL) == 3  # and a Live Photo still
    assert sum(b[0].startswith("GX01") for b in BROLL) == 2 and sum(re.fullmatch(r"C\d{4}\.MP4", b[0]) is not None for b in BROLL) == 2
    assert any(b[0].startswith("Loom Message - ") and not b[2] for b in BROLL)
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.mp4", b[0]) for b in BROLL)  # Discord clip save
    assert any(b[0].startswith("CapCut_") for b in BROLL) and any(b[0].startswith("Screenshot_") for b in BROLL)
    assert any(b[0] == "intro v2 (1).mp4" for b in BROLL) and any("TIMELAPSE" in b[0] for b in BROLL)
    assert 150 < float(project.duration / project.fps) < 185 and 34 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(racket, tmp_path):
    talk = racket.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 10
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("so yeah,") == 3 and text.count("like i said,") == 2 and text.count("basically what you wanna do") == 2
    assert text.count("the, the mains") == 1 and text.count("most people, uh, most people") == 1  # restarts in passing
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no wait, that's backwards, i'm gonna redo that part" in t.lower() for t, _p in SCRIPT) == 1
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("mains") == 7 and count("crosses") == 5 and count("tension") == 6 and count("pounds") == 4
    assert count("frame") == 4 and count("knot") == 4 and count("level") == 2 and count("sound") == 2 and count("throat") == 3
    assert plain.count("fifty five") == 3 and plain.count("tie off") == 3 and count("dwayne") == 2
    for phrase in ("sixteen by nineteen", "forty feet", "two hundred bucks", "six restrings", "ninety pounds", "fifty three pounds",
                   "a quarter inch", "ten percent", "twenty two minutes", "two days", "thirty dollars", "hella spendy",
                   "honestly rad", "so you do the math", "don't be dwayne", "that ping", "even hit a ball", "go hit some balls"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: his doubles partner
    assert not any("dwayne" in (b[0] + " " + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(racket):
    project = racket.project
    cases = assert_cases_name_what_exists(project, data("ab_heldout.jsonl"), prefix="ab-", min_cases=280, min_must_not_edit=75,
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
    cuts = sum(c.id.startswith("ab-cut-") for c in cases)
    assert cuts / len(cases) >= 0.24  # about a third more than suite Q's share of cuts


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("ab_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("ab-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("ab-question-where", "ab-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("ab-pos-hit-ping", "that ping"), ("ab-pos-hit-hitaball", "even hit a ball")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("ab-time-mains-2s-into", 2.0), ("ab-time-crosses-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["ab-pos-title-crosses"].expect["title"]["start"] == SEGMENTS[20].start and SEGMENTS[20].text.startswith("Now the crosses")
    assert cases["ab-title-step-mains"].expect["title"]["start"] == SEGMENTS[8].start and SEGMENTS[8].text.startswith("The mains go first")
    assert (cases["ab-move-timelapse-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[20].start)
    assert cases["ab-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "redo that part" in SEGMENTS[18].text and SEGMENTS[19].text.startswith("You want a tie off knot on the mains")
    retake = SEGMENTS[19].start - SEGMENTS[18].start
    a, b = cases["ab-multi-retake-gopro"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[19].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[19].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("ab-cut-um-cutout", 2), ("ab-cut-uh-forty", 7), ("ab-cut-um-lock", 12), ("ab-cut-um-awl", 24),
                   ("ab-cut-uh-prestretch", 27), ("ab-cut-um-wrap", 33), ("ab-cut-uh-subscribe", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # the Dwayne aside is sentences 13 to 15
    a, b = SEGMENTS[13].start, SEGMENTS[15].end
    assert "Dwayne" in SEGMENTS[13].text and "Dwayne" in SEGMENTS[15].text and "cracked the frame" in SEGMENTS[14].text
    assert cases["ab-cut-dwayne-roast"].expect["duration_lt"] == round(D - (b - a - 0.05), 2)
    for cid in ("ab-trim-end-patience", "ab-trim-end-rad"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in ab_heldout.jsonl / ab_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "ab_generators")]
    try:
        import make_ab_retrieval
        import make_ab_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_ab_suite.D == D
    rows = [json.loads(line) for line in Path(data("ab_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_ab_suite.CASES))
    queries = [json.loads(line) for line in Path(data("ab_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_ab_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(racket):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(racket.project, data("ab_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(racket):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("ab_heldout.jsonl")) if c.setup):
        work = with_setup(racket.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(racket.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("ab-transition-", "ab-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("ab_retrieval.jsonl"), STARTS, min_rows=55, min_starts=34)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]


def test_the_project_is_registered():
    from editor_app.eval.projects import PROJECTS
    assert PROJECTS["racket"] is create_racket_project
    text = (ROOT / "benchmarks" / "retrieval_blind.py").read_text(encoding="utf-8")
    assert '"ab": ("project_ab_racket", "create_racket_project"' in text
