"""Round 23 (lead): mechanisms found on blind suites AA, AC and AD, tested in our own words on the floating-shelf
project (tests/planner/shelf_project.py), through the orchestrator and the offline planner.

- Parts the talk numbers ("Step two is ...") are places: "the drill clip over step two".
- A person's story is every sentence of it, also one that says "she" but not the name, found by a misspelt name or by
  the role the talk gives her ("my neighbour"); a call-back to her later is no part of it.
- Tics of four words, tics typed without their apostrophe; a phrase said twice in one sentence is emphasis, no tic.
- A sweep to the end ("delete everything after X") waits for a yes whatever its share; "end it on X" applies and keeps
  the sentence's last words when only a tic is left of it.
- A quote opening an instruction's sentence deletes the sentence, said in the plan; "the words 'X'" stays words.
- Words the request says to keep are never cut; an emoji between two requests ends the first; an amount that names a
  line is no time; a request typed in fragments is one request; a person inside a clip is never "removed" by deleting
  the clip; "can we go back" takes the last change back.
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from editor_app.model.word_cuts import timeline_words
from editor_app.planner import plan
from editor_app.planner.numbered_parts import numbering_words
from editor_app.planner.tic_phrases import speaker_tics
from tests.planner.own_talk import Chat, heard, talk_without
from tests.planner.shelf_project import SCRIPT, shelf_project, shelf_session

UNCUT = talk_without(SCRIPT, [])


@pytest.fixture
def shelf(tmp_path):
    return Chat(shelf_session(tmp_path / "shelf"))


def _count(text: str, phrase: str) -> int:
    return " ".join(text.lower().replace(",", " ").replace(".", " ").split()).count(phrase)


def _length(chat: Chat) -> float:
    return float(seconds(chat.project.duration, chat.project.fps))


def _said_at(chat: Chat, first_word: str) -> float:
    return next(w.start for w in timeline_words(chat.project) if w.text == first_word)


def test_the_talk_numbers_its_parts_with_step():
    assert numbering_words(shelf_project()) == frozenset({"step"})


def test_broll_over_a_numbered_step(shelf):
    shelf.say("PXL_20261201_141002 over step three pls")
    marks = [w for w in timeline_words(shelf.project) if w.text == "Step"]
    assert shelf.starts("m2") and abs(shelf.starts("m2")[0] - marks[2].start) < 0.05  # "Step three is drilling"


def test_a_story_is_every_sentence_of_it_not_the_call_back(shelf):
    shelf.say("cut the dot story")
    after = heard(shelf.project).lower()
    assert "without a level" not in after and "blamed the cat" not in after
    assert "don't do a dot" in after  # the call-back at the end stays


@pytest.mark.parametrize("message", ["remove the dott story", "please remove the anecdote about the neighbour and her mugs"])
def test_a_story_by_a_misspelt_name_or_by_her_role(shelf, message):
    shelf.say(message)
    after = heard(shelf.project).lower()
    assert "without a level" not in after and "blamed the cat" not in after and "don't do a dot" in after


def test_tics_of_four_words_and_with_an_apostrophe_not_emphasis():
    tics = set(speaker_tics(shelf_project()))
    assert {"if you follow me", "dya see"} <= tics and "mind the cable" not in tics


def test_a_tic_typed_without_its_apostrophe(shelf):
    shelf.say("he says d ya see like 3 times 💀 take them all out")
    after = heard(shelf.project).lower()
    assert "d'ya" not in after and "before you drill anything" in after and "use a level" in after


def test_a_sweep_to_the_end_waits_for_a_yes(shelf):
    reply = shelf.say("delete everything after 'Don't do a Dot'")
    assert reply.confirm and heard(shelf.project) == UNCUT
    shelf.say("yes")
    assert "cheerio" not in heard(shelf.project).lower()


def test_end_it_on_words_keeps_the_tic_that_closes_the_sentence(shelf):
    shelf.say("finish right after 'and that took me forty minutes'")
    after = heard(shelf.project).lower()
    assert after.rstrip(".").endswith("if you follow me") and "cheerio" not in after


def test_a_quote_opening_an_instruction_deletes_its_sentence(shelf):
    before = _length(shelf)
    reply = shelf.say("delete 'Hold it level, and then mark both ends'")
    after = heard(shelf.project).lower()
    assert "before you drill anything" not in after and "sentence" in reply.reply
    assert "step two is marking up" in after
    assert before - _length(shelf) > 3.0


def test_the_words_asked_for_stay_words(shelf):
    shelf.say("cut the words 'Push the plugs in'")
    after = heard(shelf.project).lower()
    assert "push the plugs in" not in after and "screw the bracket on tight" in after


def test_words_said_to_keep_are_never_cut(shelf):
    shelf.say("take out just the sentence where Dot puts hers up without a level, keep 'blamed the cat for a week'")
    after = heard(shelf.project).lower()
    assert "blamed the cat for a week" in after and "without a level" not in after


def test_an_amount_that_names_a_line_is_no_time(shelf):
    before = _length(shelf)
    shelf.say("could we take out 'and that took me forty minutes' from the forty minutes line? his mum watches these")
    assert 0.5 < before - _length(shelf) < 3.0 and "slide the shelf over the rods" in heard(shelf.project).lower()


def test_a_request_in_fragments(shelf):
    shelf.say("The video my daughter sent on messenger. Put it over. Where I say my neighbour Dot put hers up.")
    assert shelf.starts("m4") and abs(shelf.starts("m4")[0] - _said_at(shelf, "My")) < 0.05


def test_a_media_described_by_a_where_clause_then_the_place(shelf):
    shelf.say("the pixel clip where im drilling with the level on top, over step three")
    assert shelf.placed() and shelf.placed()[0][0] == "PXL_20261201_141533.mp4"


def test_a_person_inside_a_clip_is_not_removed_by_deleting_it(tmp_path):
    chat = Chat(shelf_session(tmp_path / "s", broll={"m4": 20.0}))
    reply = chat.say("my daughter's face is in the messenger video, can you just remove her")
    assert not reply.operations and chat.starts("m4") == [20.0]


def test_can_we_go_back_takes_the_last_change_back(shelf):
    shelf.say("make the music -30")
    shelf.say("hmm actually I preferred it before, can we go back?")
    music = next(c for c in shelf.project.clips() if c.media_id == "m9")
    assert music.volume_db == pytest.approx(-18.0)


def test_the_plan_for_a_line_where_a_quote_is_the_first_clause_says_so():
    result = plan("cut 'Hold it level'", shelf_project())
    assert result.understood and result.steps and "sentence" in result.reply


def test_when_do_i_talk_about_someone_is_their_story_not_the_call_back():
    result = plan("when do I start on about Dot?", shelf_project())
    start = next(w.start for w in timeline_words(shelf_project()) if w.text == "My")
    assert not result.steps and f"{int(start // 60)}:{start % 60:05.2f}" in result.reply and "story about Dot" in result.reply


def test_swearing_cut_on_request_the_rest_of_the_line_stays():
    result = plan("For the kiosk version, please remove the swearing.", shelf_project())
    assert not result.steps and "swearing" in result.reply  # the shelf talk has none: it says so, nothing cut


def test_end_it_on_unquoted_words_of_the_talk(shelf):
    shelf.say("end it on that's the shelf up, chop everything after")
    after = heard(shelf.project).lower()
    assert "cheerio" not in after and after.rstrip(" ,.").endswith("that's the shelf up")


def test_a_filler_in_a_story_is_never_the_story(shelf):
    shelf.say("theres an uh in the middle of the dot story, lose it")
    assert "without a level" in heard(shelf.project).lower() and "blamed the cat" in heard(shelf.project).lower()


def test_a_full_stop_before_a_request_of_its_own_still_ends_it():
    from editor_app.planner.fragments import joined_fragments

    assert joined_fragments("cut the intro. when i say cheerio, put the shelf photo at the end") is None
    assert joined_fragments("put the drill clip over the part. where i say step three.") is not None
