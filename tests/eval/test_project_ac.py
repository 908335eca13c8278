"""The faucet eval project (suite AC, written blind) builds for real, and suite AC and retrieval set
AC only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_ac_faucet import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_faucet_project,
                                                   timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_ac_faucet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_faucet_project, timed_script

D = 157.23  # the fresh timeline's length, which every duration bound of suite AC is computed from

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
def faucet(tmp_path_factory):
    session = create_faucet_project(tmp_path_factory.mktemp("ac") / "faucet")
    yield session
    session.close()


def test_faucet_project_builds_with_every_file_and_the_documented_ids(faucet):
    project = faucet.project
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
    assert all(project.media[f"m{i}"].kind == "audio" for i in (16, 17, 18))
    assert all(project.media[f"m{i}"].kind == "image" for i in (11, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 15) if i != 11)
    assert TALK.startswith("IMG_") and TALK.endswith(".MOV")  # iPhone 15
    assert TAKE2.startswith("New Recording ") and TAKE2.endswith(".m4a") and SFX.endswith(".wav")  # Voice Memos
    assert MUSIC.startswith("ES_")  # Epidemic Sound
    # look-alikes: two Samsung clips whose names differ only in their digits, told apart by description
    samsung = [b for b in BROLL if re.fullmatch(r"\d{8}_\d{6}\.mp4", b[0])]
    assert len(samsung) == 2 and all(b[2].startswith("close-up of the faucet body with the handle off") for b in samsung)
    assert "retaining clip" in samsung[0][2] and "pliers" in samsung[1][2]
    assert "pliers" not in samsung[0][2] and "retaining clip" not in samsung[1][2]
    assert any(b[0].startswith("IMG_E") for b in BROLL)  # an HEVC edited copy
    assert any(b[0].startswith("Front Door ") for b in BROLL) and any(b[0].startswith("wyze_") for b in BROLL)
    assert any(b[0].startswith("Snapchat-") for b in BROLL) and any(b[0].startswith("My Movie ") and not b[2] for b in BROLL)
    assert any(re.fullmatch(r"[a-z]+_[0-9a-f]{6}\.jpg", b[0]) for b in BROLL)  # a downloaded product photo
    assert any(" " in b[0] and b[0].islower() is False and "DARK" in b[0] for b in BROLL)
    assert sum("FINAL" in b[0] for b in BROLL) == 1  # version suffix
    assert 140 < float(project.duration / project.fps) < 185 and 34 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(faucet, tmp_path):
    talk = faucet.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("okay so,") == 5 and text.count("right?") == 6 and text.count("which is fine") == 3
    assert text.count("uff da") == 2 and text.count("you betcha") == 2 and text.count("ope,") == 1
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 8 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no wait, i said that backwards, let me start that part over" in t.lower() for t, _p in SCRIPT) == 1
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("cartridge") == 8 and count("gunnar") == 3 and count("pliers") == 2 and count("store") == 2
    assert plain.count("supply valves") == 2 and plain.count("hex screw") == 2 and plain.count("decorative cap") == 2
    assert plain.count("retaining clip") == 2 and plain.count("paper towel") == 2 and count("minute") == 2
    for phrase in ("two weeks", "eleven years old", "three eighths inch", "forty dollars", "two o rings", "a quarter turn",
                   "ten minutes", "twelve hour shifts", "forty five minutes", "oh for cute", "not too shabby",
                   "flooded his basement", "cheaper than a plumber", "because it will roll away on you",
                   "not counting the drive to the store", "and look at that", "has been dripping", "if it still drips"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: her brother-in-law
    assert not any("gunnar" in (b[0] + " " + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(faucet):
    project = faucet.project
    cases = assert_cases_name_what_exists(project, data("ac_heldout.jsonl"), prefix="ac-", min_cases=280, min_must_not_edit=75,
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
    cuts = sum(c.id.startswith("ac-cut-") for c in cases)
    assert cuts / len(cases) >= 0.23  # about a third more than suite Q's share of cuts


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("ac_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("ac-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("ac-question-where", "ac-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("ac-pos-drip-dripping", "has been dripping"), ("ac-pos-drip-stilldrips", "if it still drips")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("ac-time-handleoff-2s-into", 2.0), ("ac-time-clippry-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["ac-pos-title-store"].expect["title"]["start"] == SEGMENTS[16].start and SEGMENTS[16].text.startswith("Now, take the old cartridge")
    assert cases["ac-title-step-grease"].expect["title"]["start"] == SEGMENTS[19].start and "plumber's grease" in SEGMENTS[19].text
    assert (cases["ac-move-grease-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[19].start
            and SEGMENTS[19].text.startswith("Okay so, before it goes in"))
    assert cases["ac-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "start that part over" in SEGMENTS[21].text and SEGMENTS[22].text.startswith("Then push the new cartridge down into the body with the notch")
    retake = SEGMENTS[22].start - SEGMENTS[21].start
    a, b = cases["ac-multi-retake-newin"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[22].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[22].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("ac-cut-um-valves", 3), ("ac-cut-uh-lift", 8), ("ac-cut-um-gunnar", 11), ("ac-cut-uh-muscle", 14),
                   ("ac-cut-um-counter", 17), ("ac-cut-uh-wrap", 27), ("ac-cut-um-icu", 31), ("ac-cut-uh-seat", 33)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("ac-trim-end-gunnar", "ac-trim-end-problem"):  # a trim that ends after a sentence leaves something to cut
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in ac_heldout.jsonl / ac_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "ac_generators")]
    try:
        import make_ac_retrieval
        import make_ac_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_ac_suite.D == D
    rows = [json.loads(line) for line in Path(data("ac_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_ac_suite.CASES))
    queries = [json.loads(line) for line in Path(data("ac_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_ac_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(faucet):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(faucet.project, data("ac_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(faucet):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("ac_heldout.jsonl")) if c.setup):
        work = with_setup(faucet.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(faucet.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("ac-transition-", "ac-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("ac_retrieval.jsonl"), STARTS, min_rows=55, min_starts=34)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
