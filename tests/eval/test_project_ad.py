"""The wheel eval project (suite AD, written blind) builds for real, and suite AD and retrieval set
AD only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_ad_wheel import (BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_wheel_project,
                                                  timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_ad_wheel import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, create_wheel_project, timed_script

D = 163.6  # the fresh timeline's length, which every duration bound of suite AD is computed from

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
def wheel(tmp_path_factory):
    session = create_wheel_project(tmp_path_factory.mktemp("ad") / "wheel")
    yield session
    session.close()


def test_wheel_project_builds_with_every_file_and_the_documented_ids(wheel):
    project = wheel.project
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
    assert all(project.media[f"m{i}"].kind == "image" for i in (14, 15))
    assert all(project.media[f"m{i}"].kind == "video" for i in range(2, 14))
    assert TAKE2.startswith("Recording_") and TAKE2.endswith(".m4a") and SFX.endswith(".wav")
    assert MUSIC.startswith("bensound-") and TALK.startswith("MVI_")  # a Canon talk, a Bensound bed
    # look-alikes: two Pixel clips whose names differ only in their digits, told apart by description
    pixel = [b for b in BROLL if b[0].startswith("PXL_") and b[1] is not None]
    assert len(pixel) == 2 and all(b[2].startswith("close-up of the back wheel spinning in the truing stand") for b in pixel)
    assert "wobbling" in pixel[0][2] and "straight" in pixel[1][2]
    assert sum(b[0].startswith("PXL_") for b in BROLL) == 3  # and a Pixel still
    assert sum(re.fullmatch(r"VID_\d{8}_\d{6}_00_\d{3}\.mp4", b[0]) is not None for b in BROLL) == 2  # Insta360 exports
    assert sum(re.fullmatch(r"MVI_\d{4}\.MP4", b[0]) is not None for b in BROLL) == 2  # more Canon clips
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.mkv", b[0]) and not b[2] for b in BROLL)  # OBS, no description
    assert any(b[0].startswith("WhatsApp Video") for b in BROLL) and any(b[0].startswith("Sequence ") for b in BROLL)
    assert any(b[0].startswith("Screenshot_") and b[0].endswith("_Strava.jpg") for b in BROLL)
    assert sum(bool(re.search(r"_v\d_", b[0])) for b in BROLL) == 1  # a version suffix ("wheel_v3_USE THIS.mp4")
    assert any(" " in b[0] and b[0][0].islower() for b in BROLL)  # a name a person typed
    assert 150 < float(project.duration / project.fps) < 185 and 30 <= len(SCRIPT) <= 38
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(wheel, tmp_path):
    talk = wheel.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert text.count("yeah no") == 3 and text.count("if that makes sense") == 3 and text.count("basically") == 3
    assert text.count("our kid") == 2
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("no hang about, i've said that arse about face, let me go again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"\b{w}\b", plain))  # noqa: E731
    assert count("spoke") == 5 and count("spokes") == 5 and count("wheel") == 8 and count("rim") == 6
    assert count("spin") == 4 and count("nipple") == 3 and count("tension") == 3 and count("gap") == 3
    assert count("brake") == 2 and count("dead") == 4 and count("proper") == 3 and count("flip") == 3 and count("snapped") == 3
    assert plain.count("quick release") == 2 and plain.count("quarter turn") == 3 and plain.count("snapped spoke") == 2
    for phrase in ("two millimetres", "fourteen gauge", "thirty two spokes", "a hundred and ten kilos", "forty minutes", "two hours",
                   "kasia", "liverpool", "do widzenia", "like a guitar", "dead straight", "oxford road", "mither", "buzzin",
                   "mint", "bloody hell", "arse about face", "absolute legend", "bless her", "with a brew in the middle",
                   "no word of a lie", "to be fair", "i'm not gonna lie", "don't go mad", "no way round that", "proper annoying",
                   "or you'll round it off", "it takes ages", "on oxford road"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: his mate Kasia
    assert not any("kasia" in (b[0] + " " + b[2]).lower() or "liverpool" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(wheel):
    project = wheel.project
    cases = assert_cases_name_what_exists(project, data("ad_heldout.jsonl"), prefix="ad-", min_cases=280, min_must_not_edit=75,
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
    cuts = sum(c.id.startswith("ad-cut-") for c in cases)
    assert cuts / len(cases) >= 0.22  # cuts are about a third more of the suite than in Q


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("ad_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("ad-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("ad-question-where", "ad-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("ad-pos-ping-guitar", "like a guitar"), ("ad-pos-ping-thunk", "thunk")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a <= b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("ad-time-dish-2s-into", 2.0), ("ad-time-pluck-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["ad-pos-title-radial"].expect["title"]["start"] == SEGMENTS[16].start and SEGMENTS[16].text.startswith("For radial")
    assert cases["ad-title-step-dish"].expect["title"]["start"] == SEGMENTS[19].start and "dish is" in SEGMENTS[19].text
    assert (cases["ad-move-newspoke-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[26].start
            and SEGMENTS[26].text.startswith("So to replace a snapped spoke, you unscrew"))
    assert cases["ad-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "let me go again" in SEGMENTS[25].text and SEGMENTS[26].text.startswith("So to replace a snapped spoke, you unscrew")
    retake = SEGMENTS[26].start - SEGMENTS[25].start
    a, b = cases["ad-multi-retake-newspoke"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[26].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[26].end - retake + 0.3)) < 0.01
    # the Kasia tangent is two sentences, and nothing else names her
    assert "Kasia" in SEGMENTS[13].text and SEGMENTS[14].text.startswith("She said it was fine")
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("ad-cut-um-carpet", 2), ("ad-cut-uh-hands", 3), ("ad-cut-um-redslot", 8), ("ad-cut-uh-radial", 16),
                   ("ad-cut-um-bothways", 20), ("ad-cut-uh-snapped", 24), ("ad-cut-um-twohours", 32), ("ad-cut-uh-subscribe", 34)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    for cid in ("ad-trim-end-subscribe", "ad-trim-end-sorted"):  # a trim that ends after a sentence leaves something to cut
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in ad_heldout.jsonl / ad_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "ad_generators")]
    try:
        import make_ad_retrieval
        import make_ad_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_ad_suite.D == D
    rows = [json.loads(line) for line in Path(data("ad_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_ad_suite.CASES))
    queries = [json.loads(line) for line in Path(data("ad_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_ad_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(wheel):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(wheel.project, data("ad_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(wheel):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("ad_heldout.jsonl")) if c.setup):
        work = with_setup(wheel.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(wheel.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("ad-transition-", "ad-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("ad_retrieval.jsonl"), STARTS, min_rows=55, min_starts=34)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]
