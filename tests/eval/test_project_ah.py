"""The skillet eval project (suite AH, written blind) builds for real, and suite AH and retrieval set
AH only name media, clips and times that exist in it. Does not run the planner."""

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
    from editor_app.eval.project_ah_skillet import (BROLL, MUSIC, SCRIPT, SFX, TAGS, TAKE2, TALK, create_skillet_project,
                                                    timed_script)
except ImportError:  # from the suite's own folder
    sys.path.insert(0, str(HERE))
    from project_ah_skillet import BROLL, MUSIC, SCRIPT, SFX, TAGS, TAKE2, TALK, create_skillet_project, timed_script

D = 210.97  # the fresh timeline's length, which every duration bound of suite AH is computed from

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
def skillet(tmp_path_factory):
    session = create_skillet_project(tmp_path_factory.mktemp("ah") / "skillet")
    yield session
    session.close()


def test_skillet_project_builds_with_every_file_and_the_documented_ids(skillet):
    project = skillet.project
    names = {m.id: m.name for m in project.media.values()}
    assert names == {"m1": TALK, **{f"m{i + 2}": b[0] for i, b in enumerate(BROLL)}, "m16": MUSIC, "m17": TAKE2, "m18": SFX}
    assert all(Path(m.path).exists() for m in project.media.values())
    assert [(t.id, t.role) for t in project.tracks] == [("t1", "main"), ("t2", "broll"), ("t3", "music")]
    assert [(c.id, c.media_id) for c in project.tracks[0].clips] == [("c1", "m1")]
    assert [(c.id, c.media_id, c.volume_db) for c in project.tracks[2].clips] == [("c2", "m16", -15.0)]
    assert project.tracks[1].clips == []
    assert 12 <= len(BROLL) <= 15 and sum(1 for b in BROLL if b[1] is None) == 2
    assert all(b[0].lower().endswith((".jpg", ".png")) for b in BROLL if b[1] is None)
    assert sum(bool(b[2]) for b in BROLL) not in (0, len(BROLL))  # most media described, some only named
    assert sum(bool(b[2]) for b in BROLL) >= len(BROLL) - 3
    assert project.media["m18"].kind == "audio" and project.media["m17"].kind == "audio" and project.media["m16"].kind == "audio"
    assert all(project.media[f"m{i}"].kind == "image" for i in (12, 13))
    assert all(project.media[f"m{i}"].kind == "video" for i in (*range(2, 12), 14, 15))
    # tags travel with the media
    for media in project.media.values():
        assert tuple(media.tags) == tuple(TAGS.get(media.name, ())), media.name
    assert sum(bool(t) for t in TAGS.values()) >= 5 and project.media["m10"].tags == ("osmo", "jaylen", "oven")
    assert TALK.startswith("GX01") and TAKE2.startswith("DJI_02_") and TAKE2.endswith(".WAV") and SFX.endswith(".wav")
    # look-alikes: five iPhone clips whose names differ only in their digits, told apart by description, and an iPhone still
    iphone = [b for b in BROLL if re.fullmatch(r"IMG_44\d\d\.MOV", b[0])]
    assert len(iphone) == 5 and all(b[2] for b in iphone) and any(re.fullmatch(r"IMG_45\d\d\.JPG", b[0]) for b in BROLL)
    assert sum(b[0].startswith("DJI_") and b[0].endswith("_D.MP4") for b in BROLL) == 1  # the one Osmo clip
    assert any(b[0].startswith("RingVideo_") for b in BROLL)  # the doorbell export
    assert any(b[0].startswith("ScreenRecording_") and not b[2] for b in BROLL)  # a screen recording with no description
    assert any(re.fullmatch(r"\d+_\d+_\d+_n\.mp4", b[0]) and "facebook" in b[2] for b in BROLL)  # a Facebook download
    assert any("FINAL_v2" in b[0] for b in BROLL) and any(re.fullmatch(r"[a-z]+(_[a-z]+)+\.mp4", b[0]) for b in BROLL)
    assert sum(" " in b[0] for b in BROLL) >= 3  # descriptive names with spaces (and the screen recording's)
    assert any("Iron Armor" in b[2] for b in BROLL)  # the competitor's can is only in a description
    assert 190 < float(project.duration / project.fps) < 230 and 35 <= len(SCRIPT) <= 45
    assert abs(project_summary(project)["duration"] - D) < 0.01


def test_sentence_times_match_the_transcript_and_the_audio(skillet, tmp_path):
    talk = skillet.project.media["m1"]
    assert [(s.start, s.end, s.text) for s in talk.transcript] == [(s.start, s.end, s.text) for s in SEGMENTS]
    assert [w.text for w in talk.words] == " ".join(text for text, _p in SCRIPT).split()
    assert [(w.start, w.end) for w in talk.words] == [(w.start, w.end) for w in WORDS]
    fillers = [w for w in talk.words if w.text.lower().strip(",") in {"um", "uh"}]
    assert len(fillers) == 9
    assert sum(w.text.lower().strip(",") == "um" for w in talk.words) == 5
    text = " ".join(t for t, _p in SCRIPT).lower()
    assert sum(t.lower().startswith("alright now,") for t, _p in SCRIPT) == 6
    assert text.count("y'all") == 4 and text.count("now listen") == 2 and text.count("i tell you what") == 2
    for tic in ("fixing to", "cher,", "lagniappe"):
        assert text.count(tic) == 1, tic
    assert sum(1 for _t, pause in SCRIPT if pause >= 1.5) == 7 and all(p >= 1.5 or p <= 0.6 for _t, p in SCRIPT)
    assert sum("i got that wrong, let me say that again" in t.lower() for t, _p in SCRIPT) == 1
    assert len(false_starts(talk.words)) == 1  # the retake said out loud is the only one
    assert SEGMENTS[16].text.startswith("Now before the vinegar") and SEGMENTS[17].text.startswith("Now before the vinegar")
    plain = re.sub(r"[^a-z' ]", "", text.replace("-", " "))
    count = lambda w: len(re.findall(rf"(?<![a-z']){w}(?![a-z'])", plain))  # noqa: E731
    assert count("skillet") == 9 and count("vinegar") == 6 and count("lye") == 5 and count("rust") == 6
    assert count("egg") == 3 and count("sunday") == 3 and count("cornbread") == 2 and plain.count("mama lou") == 3
    assert plain.count("bacon grease") == 2 and plain.count("steel wool") == 2 and count("grey") == 3 and count("stove") == 2
    assert count("crack") == 2 and count("hour") == 2
    assert plain.count("fifteen years") == 2 and plain.count("one hour") == 2  # 5 twice; 20 and 29
    for phrase in ("twenty two years", "three times a day", "orange as a crawfish", "two days", "thirty minutes",
                   "ten minutes", "four hundred fifty degrees", "six coats", "from three houses down",
                   "they sent me a bottle", "like you made a mistake", "thank the lord", "just grey and kind of sad",
                   "don't you go pulling it out hot", "crack the egg in", "you could hear that sizzle", "bayou gold",
                   "thibodeaux", "crusty", "now listen to me"):
        assert plain.count(phrase) == 1, phrase
    # the aside names someone who is in no media: his neighbour
    assert not any("thibodeaux" in (b[0] + " " + b[2]).lower() or "neighbo" in (b[0] + b[2]).lower() for b in BROLL)
    rms = assert_speech_where_transcript_says(talk.path, SEGMENTS, SCRIPT, tmp_path)
    for filler in fillers:  # the fillers are voiced where the words say
        assert rms(filler.start + 0.05, filler.end - 0.05) > 0.01, filler


def test_every_case_loads_and_names_media_clips_and_times_that_exist(skillet):
    project = skillet.project
    cases = assert_cases_name_what_exists(project, data("ah_heldout.jsonl"), prefix="ah-", min_cases=300, min_must_not_edit=80,
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
        assert case.note, case.id  # every case says who typed it
    must_not_edit = sum(bool(c.expect.get("unchanged") or c.expect.get("confirm")) for c in cases)
    assert 0.22 <= must_not_edit / len(cases) <= 0.33


def test_described_parts_are_sentences_and_words_of_the_transcript():
    """B-roll over a described part overlaps exactly a sentence of the talk; word-level positions are
    word times; sentence-relative times are a sentence start plus whole seconds; quoted times are sentence starts."""
    cases = {c.id: c for c in load_suite(data("ah_heldout.jsonl"))}
    seen = 0
    for case in cases.values():
        spec = case.expect.get("clip_on_track", {})
        if "overlaps" in spec and case.id.startswith("ah-broll-"):
            a, b = spec["overlaps"]
            assert a in STARTS and b in ENDS and a < b, case.id
            seen += 1
        reply = case.expect.get("reply_has")
        if case.id.startswith(("ah-question-where", "ah-convo-where")):
            assert reply and reply[0] in {_mmss(s) for s in STARTS}, case.id
    assert seen >= 30
    for cid, words in (("ah-pos-sizzle-crackegg", "crack the egg in"), ("ah-pos-sizzle-porch", "you could hear that sizzle")):
        a, b = cases[cid].expect["clip_on_track"]["overlaps"]
        assert a in WORD_STARTS and b in WORD_ENDS and a < b, cid
        said = " ".join(w.text.strip(",.").lower() for w in WORDS if a <= w.start and w.end <= b)
        assert said == words, cid
    for cid, k in (("ah-time-crack-2s-into", 2.0), ("ah-time-fb-1s-after", 1.0)):
        start = cases[cid].expect["clip_on_track"]["start"]
        assert any(abs(start - s - k) < 1e-6 for s in STARTS), cid
    assert cases["ah-pos-title-vinegar"].expect["title"]["start"] == SEGMENTS[18].start
    assert SEGMENTS[18].text.startswith("Alright now, the vinegar is for the rust")
    assert cases["ah-title-step-lye"].expect["title"]["start"] == SEGMENTS[10].start and "oven cleaner" in SEGMENTS[10].text
    overnight = cases["ah-title-overnight"].expect["title"]["start"]
    assert overnight in WORD_STARTS and next(w.text for w in WORDS if w.start == overnight) == "do"
    assert (cases["ah-move-tub-sentence"].expect["clip_on_track"]["start"] == SEGMENTS[18].start)
    assert cases["ah-question-length"].expect["reply_has"] == [_mmss(D)]
    assert "let me say that again" in SEGMENTS[16].text and "water hose" in SEGMENTS[17].text
    assert "Thibodeaux" in SEGMENTS[14].text and "Mama Lou" in SEGMENTS[2].text and "cornbread" in SEGMENTS[2].text
    retake = SEGMENTS[17].start - SEGMENTS[16].start
    a, b = cases["ah-multi-retake-tub"].expect["clip_on_track"]["overlaps"]
    assert abs(a - (SEGMENTS[17].start - retake - 0.3)) < 0.01 and abs(b - (SEGMENTS[17].end - retake + 0.3)) < 0.01
    # the one-filler cases name a sentence that holds exactly one filler
    for cid, i in (("ah-cut-uh-shed", 5), ("ah-cut-um-heart", 8), ("ah-cut-um-twohours", 20), ("ah-cut-uh-baconoil", 26),
                   ("ah-cut-um-upsidedown", 29), ("ah-cut-um-yardsale", 38), ("ah-cut-uh-seasoned", 36)):
        inside = [w for w in WORDS if SEGMENTS[i].start <= w.start <= SEGMENTS[i].end and w.text.lower().strip(",.") in {"um", "uh"}]
        assert len(inside) == 1, cid
    # a trim that ends after a sentence leaves something to cut
    for cid in ("ah-trim-end-seasoned", "ah-trim-end-cornbread", "ah-cut-blessed-last"):
        assert cases[cid].expect["duration_lt"] < D, cid


def test_suite_file_is_what_the_generator_computes_from_the_transcript():
    """Every expected time in ah_heldout.jsonl / ah_retrieval.jsonl comes from timed_script (when the generators are here)."""
    saved = list(sys.path)
    sys.path[:0] = [str(HERE), str(ROOT / "evals" / "ah_generators")]
    try:
        import make_ah_retrieval
        import make_ah_suite
    except ImportError:
        pytest.skip("generators not on the path (suite copied into the repository)")
    finally:
        sys.path[:] = saved
    assert make_ah_suite.D == D
    rows = [json.loads(line) for line in Path(data("ah_heldout.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == json.loads(json.dumps(make_ah_suite.CASES))
    queries = [json.loads(line) for line in Path(data("ah_retrieval.jsonl")).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert queries == [{"query": q, "start": SEGMENTS[i].start} for i, q in make_ah_retrieval.QUERIES]


def test_the_selected_clip_is_the_one_the_case_means(skillet):
    """Setup clips get ids c3, c4... in order; selection cases select the clip the expectation names."""
    assert_selections_mean_the_expected_media(skillet.project, data("ah_heldout.jsonl"))


def test_setup_clips_sit_where_the_cases_say(skillet):
    """Adjacent setup clips (transitions, reorders) really touch; nothing in setup overlaps on the B-roll track."""
    for case in (c for c in load_suite(data("ah_heldout.jsonl")) if c.setup):
        work = with_setup(skillet.project, case)
        summary = project_summary(work)
        broll = sorted(summary["tracks"][1]["clips"], key=lambda c: c["start"])
        assert len(broll) == len(case.setup), case.id
        assert summary["duration"] == project_summary(skillet.project)["duration"], case.id  # setup never lengthens the timeline
        for first, second in zip(broll, broll[1:]):
            assert first["end"] <= second["start"] + 0.01, case.id
            if case.id.startswith(("ah-transition-", "ah-reorder-")):
                assert abs(first["end"] - second["start"]) < 0.02, case.id


def test_retrieval_queries_point_at_sentence_starts_of_the_talk():
    rows = assert_queries_spread_over_sentence_starts(data("ah_retrieval.jsonl"), STARTS, min_rows=55, min_starts=38)
    transcript = set(re.findall(r"[a-z']+", " ".join(t for t, _p in SCRIPT).lower()))
    for row in rows:  # paraphrases: most of a query's content words are not the transcript's
        words = [w for w in re.findall(r"[a-z']+", row["query"].lower()) if len(w) > 3]
        assert sum(w in transcript for w in words) <= len(words) / 2, row["query"]


def test_the_project_and_the_retrieval_set_are_registered():
    """`--project skillet` builds this project, and retrieval_blind.py knows set ah (retrieval_ah.py runs it)."""
    from editor_app.eval.projects import PROJECTS
    assert PROJECTS["skillet"] is create_skillet_project
    text = (ROOT / "benchmarks" / "retrieval_blind.py").read_text(encoding="utf-8")
    assert '"ah": ("project_ah_skillet", "create_skillet_project"' in text
    assert 'main("ah")' in (ROOT / "benchmarks" / "retrieval_ah.py").read_text(encoding="utf-8")
