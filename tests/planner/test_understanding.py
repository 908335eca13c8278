"""Understanding on a project unlike the demo: file-name references, ties, meaning, questions,
memory across a restart, follow-ups, and the safety review of destructive plans."""

from __future__ import annotations

import asyncio
from fractions import Fraction

import pytest

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, OverwriteClip, parse_operation
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment
from editor_app.orchestrator.safety import review
from editor_app.planner import plan
from editor_app.planner.memory import ChatMemory, TurnRecord

SPEECH = [
    (0.0, 3.8, "Today I am going to show you how to make fluffy pancakes for breakfast."),
    (5.9, 10.4, "First, mix the flour, the sugar and a pinch of salt in a large bowl."),
    (12.0, 16.8, "Then whisk two eggs with warm milk and melted butter, and pour it into the flour."),
    (19.4, 24.1, "Heat a pan, add a spoon of batter, and flip each pancake when bubbles appear."),
    (25.4, 29.8, "Serve them with maple syrup and fresh blueberries. Enjoy your breakfast!"),
]


def _asset(name, kind="video", seconds=5.0, description="", transcript=()):
    return MediaAsset(id="", name=name, path=f"/nonexistent/{name}", kind=kind, duration=Fraction(seconds),
                      has_audio=kind == "audio" or bool(transcript), has_video=kind == "video",
                      description=description, transcript=transcript)


@pytest.fixture
def project() -> Project:
    """m1 talk, m2 whisk, m3 flip, m4 drone (described), m5 music; t1 main c1, t2 broll (c3 flip at 19.5), t3 music c2."""
    p = Project(name="pancakes", settings=Settings(fps=30))
    talk = _asset("sunday_pancakes_take3.mp4", seconds=30,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    apply_all(p, [ImportMedia(asset=talk), ImportMedia(asset=_asset("whiskEggsCloseup.mp4")),
                  ImportMedia(asset=_asset("flipping-pancake-slowmo.mp4")),
                  ImportMedia(asset=_asset("DJI_0032.mp4", description="Drone shot over the farmers market")),
                  ImportMedia(asset=_asset("acoustic_morning_loop.mp3", kind="audio", seconds=40)),
                  AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll"),
                  AddTrack(kind="audio", role="music")])
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0), InsertClip(track_id="t3", media_id="m5", start=0, duration=900),
                  OverwriteClip(track_id="t2", media_id="m3", start=585, duration=120)])
    return p


def steps(result):
    assert result.understood, result.reply
    return [(s.tool, s.args) for s in result.steps]


def test_file_name_words_name_a_clip(project):
    [(tool, args)] = steps(plan("make the flipping clip black and white", project))
    assert (tool, args["clip_id"]) == ("add_effect", "c3")


def test_broll_over_a_topic_by_meaning_lands_on_that_sentence(project):
    [(tool, args)] = steps(plan("put the whisking shot over the part where I talk about the eggs", project))
    assert tool == "place_broll" and args["media_id"] == "m2" and args["start"] == 12.0


def test_description_found_by_meaning(project):
    [(_, args)] = steps(plan("put the drone footage over the part about blueberries", project))
    assert args["media_id"] == "m4" and args["start"] == 25.4


@pytest.mark.parametrize("message", [
    "make the waffle clip black and white",          # nothing called that
    "make the pancake clip warmer",                   # talk and flip both say pancake: ask
    "put the croissant footage over the part about the eggs",
    "speed up the whisking clip",                     # in the bin, not on the timeline
    "put the flip shot over the part where I talk about skiing",  # no such topic
])
def test_unknown_or_tied_references_ask_and_never_edit(project, message):
    result = plan(message, project)
    assert not result.understood and result.steps == [], steps(result)


def test_quoted_title_keeps_case_and_the_first_seconds(project):
    [(tool, args)] = steps(plan("add a title 'Sunday Pancakes!' for the first 4 seconds", project))
    assert tool == "add_title" and args == {"text": "Sunday Pancakes!", "start": 0, "duration": 4}


@pytest.mark.parametrize("message, answer", [
    ("how long is the video?", "0:30"),
    ("what's on the music track?", "acoustic_morning_loop.mp3"),
    ("where do I talk about the eggs?", "0:12"),
])
def test_questions_are_answered_without_edits(project, message, answer):
    result = plan(message, project)
    assert result.special == "answer" and result.steps == [] and answer in result.reply


def test_missing_transcript_offers_to_transcribe(project):
    project.media["m1"] = project.media["m1"].model_copy(update={"transcript": ()})
    result = plan("put the whisking shot over the part where I talk about the eggs", project)
    assert not result.steps and "There is no transcript for sunday_pancakes_take3.mp4 yet. Transcribe it now?" in result.reply


def test_memory_survives_a_restart_and_resolves_it(project, tmp_path):
    memory = ChatMemory.for_project(tmp_path)
    memory.record(TurnRecord(message="make the flipping clip black and white", kind="edit", applied=True,
                             clip_ids=["c3"], steps=[{"agent": "effects", "tool": "add_effect",
                                                      "args": {"clip_id": "c3", "effect": {"type": "black_and_white"}}}]))
    reopened = ChatMemory.for_project(tmp_path)
    assert reopened.last_edit().clip_ids == ["c3"]
    assert reopened.as_messages(1)[0] == {"role": "user", "content": "make the flipping clip black and white"}
    [(tool, args)] = steps(plan("now make it warmer", project, memory=reopened))
    assert args["clip_id"] == "c3"  # not the talk
    same = plan("do the same for the whisking clip", project, memory=reopened)  # in the bin only: ask
    assert not same.understood and same.steps == [] and "not on the timeline" in same.reply


def test_a_bit_more_repeats_gently(project):
    memory = ChatMemory()
    memory.record(TurnRecord(message="turn the music down 6 dB", applied=True, clip_ids=["c2"],
                             steps=[{"agent": "audio", "tool": "set_volume", "args": {"clip_id": "c2", "db": -6}}]))
    project_after = project.clone()
    apply_all(project_after, [parse_operation({"op": "set_volume", "clip_id": "c2", "db": -6}, project.fps, units="seconds")])
    [(tool, args)] = steps(plan("a bit more", project_after, memory=memory))
    assert (tool, args) == ("set_volume", {"clip_id": "c2", "db": -9})


def test_later_instruction_is_planned_on_the_earlier_result(project):
    result = plan("cut the first 5 seconds, then cut the last 5 seconds", project)
    (_, first), (_, second) = steps(result)
    assert second == {"start": 20, "end": 25}  # on the 25 s timeline, not the 30 s one


def _ops(project, calls):
    return [parse_operation({**args, "op": tool}, project.fps, units="seconds") for tool, args in calls]


@pytest.mark.parametrize("message, calls, reason", [
    ("make the video end at 0:05", [("cut_range", {"start": 5, "end": 30})], "of the video's content"),
    ("remove the part of the flipping clip where the pan is empty", [("remove_clip", {"clip_id": "c3"})], "whole clip c3"),
    ("make the whisking clip black and white", [("add_effect", {"clip_id": "c1", "effect": {"type": "black_and_white"}})], "did not name"),
    ("erase the spatula from the corner of the flipping clip", [("remove_clip", {"clip_id": "c3"})], "take the spatula out"),
])
def test_safety_review_asks_for_confirmation(project, message, calls, reason):
    ops = _ops(project, calls)
    after = project.clone()
    apply_all(after, ops)
    said = review(project, after, ops, message)
    assert said is not None and reason in said


def test_safety_lets_named_small_edits_through(project):
    ops = _ops(project, [("add_effect", {"clip_id": "c3", "effect": {"type": "black_and_white"}})])
    after = project.clone()
    apply_all(after, ops)
    assert review(project, after, ops, "make the flipping clip black and white") is None


def test_safety_reads_each_clause_for_the_clips_it_names(project):
    """Two clips named in two clauses pass; a third clip, named nowhere, is still held."""
    calls = [("add_effect", {"clip_id": "c3", "effect": {"type": "black_and_white"}}),
             ("add_effect", {"clip_id": "c1", "effect": {"type": "black_and_white"}})]
    ops = _ops(project, calls)
    after = project.clone()
    apply_all(after, ops)
    assert review(project, after, ops, "make the flipping clip black and white and do the same to the talk") is None
    said = review(project, after, ops, "make the flipping clip black and white, then make it brighter")
    assert said is not None and "c1" in said and "did not name" in said


def test_orchestrator_holds_a_destructive_plan_even_with_auto_apply(tmp_path):
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session

    session = Session.create(tmp_path / "p", fps=30)
    p = session.project
    talk = _asset("sunday_pancakes_take3.mp4", seconds=30,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    session.apply([ImportMedia(asset=talk), AddTrack(kind="video", role="main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place")
    before = session.project.model_dump()
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    result = asyncio.run(orchestrator.run_turn("cut from 0:02 to 0:29", auto_apply=True))
    assert result.confirm and not result.applied and session.project.model_dump() == before
    assert p is session.project
    remembered = ChatMemory.for_project(session.path).turns()
    assert remembered[-1].message == "cut from 0:02 to 0:29" and remembered[-1].kind == "confirm"


def test_cli_chat_uses_the_project_index_and_remembers(tmp_path, capsys):
    """`editor-app chat --offline`: topics found through the project's index, turns kept in chat.jsonl."""
    from editor_app.cli import main
    from editor_app.session import Session

    session = Session.create(tmp_path / "p", fps=30)
    talk = _asset("sunday_pancakes_take3.mp4", seconds=30,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    session.apply([ImportMedia(asset=talk), ImportMedia(asset=_asset("flipping-pancake-slowmo.mp4")),
                   AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place")
    path = str(session.path)
    session.close()
    assert main(["chat", path, "where do I talk about turning them over in the skillet?", "--offline"]) == 0
    assert "At 0:19.4" in capsys.readouterr().out
    assert (tmp_path / "p" / "index" / "manifest.json").exists()
    assert main(["chat", path, "put the flipping shot over the part about the skillet", "--offline", "--yes"]) == 0
    reopened = Session.open(path)
    broll = [c for c in reopened.project.clips() if c.media_id == "m2"]
    assert len(broll) == 1 and broll[0].start == round(19.4 * 30)
    turns = ChatMemory.for_project(path).turns()
    assert [t.kind for t in turns] == ["answer", "edit"] and turns[-1].applied and turns[-1].clip_ids


def test_cli_holds_a_destructive_plan_until_confirmed(tmp_path, capsys):
    from editor_app.cli import main
    from editor_app.session import Session

    session = Session.create(tmp_path / "p", fps=30)
    talk = _asset("sunday_pancakes_take3.mp4", seconds=30,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    session.apply([ImportMedia(asset=talk), AddTrack(kind="video", role="main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place")
    path = str(session.path)
    session.close()
    assert main(["chat", path, "cut from 0:03 to 0:28", "--offline", "--yes"]) == 0
    assert "not applied:" in capsys.readouterr().out
    assert Session.open(path).project.duration == 900
    assert main(["chat", path, "cut from 0:03 to 0:28", "--offline", "--yes", "--confirm"]) == 0
    assert Session.open(path).project.duration == 150


def test_a_later_instruction_finds_an_index_hit_where_the_earlier_cut_moved_it(project):
    """The index says where a sentence is in its source; after "cut the first 5 seconds" the
    B-roll for that sentence goes where the sentence now plays, 5 s earlier."""
    def search(query, k):  # what the context index answers (orchestrator._index_hits), on the uncut timeline
        start, end, text = SPEECH[2]
        return [{"media_id": "m1", "source_start": start, "source_end": end, "quote": text,
                 "clip_id": "c1", "timeline_start": start, "timeline_end": end}]

    result = plan("cut the first 5 seconds, then put the flipping clip over the part about whisking", project,
                  search=search)
    (cut, first), (place, second) = steps(result)
    assert (cut, first) == ("cut_range", {"start": 0, "end": 5})
    assert place == "place_broll" and second["start"] == pytest.approx(SPEECH[2][0] - 5, abs=0.01)


def test_drop_a_clip_over_a_sentence_places_it_and_never_cuts(project):
    placed = steps(plan("drop the flipping clip over the sentence about the eggs", project))
    assert [tool for tool, _ in placed] == ["place_broll"] and placed[0][1]["start"] == pytest.approx(12.0, abs=0.01)
    assert steps(plan("drop the sentence about the eggs", project))[0][0] == "cut_range"  # no clip named: a cut


def _worded_project() -> Project:
    from editor_app.model.project import TranscriptWord

    said = "Hello there and welcome. It gets boring for a week or two, sadly. Then it gets fun."
    words, t = [], 0.0
    for w in said.split():
        words.append(TranscriptWord(start=round(t, 2), end=round(t + 0.4, 2), text=w))
        t += 0.5
    p = Project(name="worded", settings=Settings(fps=25))
    talk = MediaAsset(id="", name="talk_take2.mp4", path="/nonexistent/talk_take2.mp4", kind="video",
                      duration=Fraction(10), has_audio=True, has_video=True, words=tuple(words))
    apply_all(p, [ImportMedia(asset=talk), AddTrack(kind="video", role="main")])
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0)])
    return p


def test_the_line_where_i_say_x_is_the_whole_sentence_the_bit_is_the_words():
    p = _worded_project()
    [(tool, args)] = steps(plan("remove the line where I say it gets boring for a week", p))
    (r,) = args["ranges"]
    assert tool == "cut_words" and (r["first"], r["last"]) == (4, 12)  # "It gets boring ... sadly."
    [(tool, args)] = steps(plan("remove the bit where I say boring for a week", p))
    (r,) = args["ranges"]
    assert (r["first"], r["last"]) == (6, 9)


@pytest.mark.parametrize("message", ["kill the music", "stop the music", "just kill the song"])
def test_killing_the_music_mutes_it_and_removes_nothing(project, message):
    [(tool, args)] = steps(plan(message, project))
    assert tool == "update_track" and args == {"track_id": "t3", "muted": True}


def test_removing_the_music_still_removes_it(project):
    [(tool, args)] = steps(plan("remove the music", project))
    assert tool == "remove_clip" and args["clip_id"] == "c2"


@pytest.mark.parametrize("message", ["delete the spatula in the flipping clip", "remove my hand from the flipping-pancake shot",
                                     "erase the steam from the corner of c3"])
def test_something_inside_a_clip_asks_and_never_removes_the_clip(project, message):
    result = plan(message, project)
    assert not result.understood and not result.steps and "whole" in result.reply


@pytest.mark.parametrize("message", ["remove the flipping clip from the timeline", "delete the flipping pancake shot from the b-roll",
                                     "get rid of c3 on the overlay track"])
def test_removing_a_clip_named_with_where_it_is_still_removes_it(project, message):
    assert steps(plan(message, project)) == [("remove_clip", {"clip_id": "c3", "ripple": False})]
