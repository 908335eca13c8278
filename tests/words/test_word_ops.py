"""Word operations on real speech (fillers.wav, pancakes.wav) with transcripts from the true chunk times."""

from __future__ import annotations

from fractions import Fraction

import pytest
from speech_truth import chunks, kept_source_spans, speech_project, truth_words

from editor_app.model.history import apply_all
from editor_app.model.operations import (
    CutRange, CutWords, OperationError, RemoveFillers, RemoveRetakes, ShortenPauses, WordRange, parse_operation, tool_schema,
)
from editor_app.model.word_cuts import timeline_words
from editor_app.model.project import TranscriptWord as Word
from editor_app.model.words import filler_list, retakes


def kept(project, a: float, b: float) -> float:
    """Seconds of source [a, b] still on the voice track."""
    return sum(max(0.0, min(b, e) - max(a, s)) for s, e, _ in kept_source_spans(project))


def applied(project, *ops):
    scratch = project.clone()
    apply_all(scratch, list(ops))
    return scratch


def test_remove_fillers_takes_every_filler_and_keeps_all_speech():
    project = speech_project("fillers")
    after = applied(project, RemoveFillers())
    for chunk in chunks("fillers", "filler"):
        assert kept(after, chunk["start"], chunk["end"]) < 0.02, chunk
    for chunk in chunks("fillers", "speech"):
        assert kept(after, chunk["start"], chunk["end"]) == pytest.approx(chunk["end"] - chunk["start"], abs=1e-6), chunk
    assert [w.text for w in timeline_words(after)] == [w.text for w in truth_words("fillers") if w.text not in ("um", "uh")]
    # cut edges are whole frames and sit in the breath between chunks
    for clip in after.track("t1").clips:
        assert Fraction(clip.source_in).denominator == 1


def test_remove_fillers_describes_what_it_looked_for():
    project = speech_project("fillers")
    text = RemoveFillers().describe(project)
    assert "4 filler words" in text and "um ×2" in text and "uh ×2" in text and "English" in text
    # plans are described after they ran on a scratch copy: the reply still says what was done
    scratch = project.clone()
    apply_all(scratch, [RemoveFillers()])
    assert "4 filler words" in RemoveFillers().describe(scratch)


def test_german_keeps_um_and_like_needs_asking():
    assert "um" not in filler_list("de") and "äh" in filler_list("de")
    assert "like" not in filler_list("en") and "like" in filler_list("en", extra=["like"])
    project = speech_project("fillers", language="de")
    with pytest.raises(OperationError, match="no filler words"):
        RemoveFillers().validate(project)
    after = applied(project, RemoveFillers(words=["um"]))
    assert [w.text for w in timeline_words(after)].count("um") == 0
    assert [w.text for w in timeline_words(after)].count("uh") == 2
    # "so" is a filler only when asked: the default list leaves "So" alone, extra removes it
    en = speech_project("fillers")
    assert "So" in [w.text for w in timeline_words(applied(en, RemoveFillers()))]
    assert "So" not in [w.text for w in timeline_words(applied(en, RemoveFillers(extra=["so"])))]


def test_fillers_among_selection_only():
    project = speech_project("fillers")
    words = project.media["m1"].words
    second_um = [i for i, w in enumerate(words) if w.text == "um"][1]
    after = applied(project, RemoveFillers(selection=[WordRange(media_id="m1", first=second_um - 2, last=second_um + 2)]))
    texts = [w.text for w in timeline_words(after)]
    assert texts.count("um") == 1 and texts.count("uh") == 2


def test_cut_words_by_index_time_and_text_and_undo_restores():
    project = speech_project("fillers")
    words = project.media["m1"].words
    i = next(i for i, w in enumerate(words) if w.text == "battery")
    before = project.model_dump()
    scratch = project.clone()
    inverse = CutWords(ranges=[WordRange(media_id="m1", first=i, last=i + 1)]).apply(scratch)
    texts = [w.text for w in timeline_words(scratch)]
    assert "battery" not in texts and "lasts" not in texts and "the" in texts and "um" in texts
    inverse.apply(scratch)
    assert scratch.model_dump() == before
    by_text = applied(project, CutWords(text="my new camera"))
    assert "camera." not in [w.text for w in timeline_words(by_text)]
    fps = project.fps
    by_time = applied(project, CutWords(start=int(words[i].start * fps) + 2, end=int(words[i].end * fps) - 1))
    assert [w.text for w in timeline_words(by_time)].count("battery") == 0
    assert "really" in [w.text for w in timeline_words(by_time)]


def test_cut_words_text_said_twice_needs_every():
    project = speech_project("fillers")
    with pytest.raises(OperationError, match="said 2 times"):
        CutWords(text="um").validate(project)
    after = applied(project, CutWords(text="um", every=True))
    assert "um" not in [w.text for w in timeline_words(after)]


def test_cut_range_inside_a_word_is_snapped_or_refused():
    project = speech_project("fillers")
    words = project.media["m1"].words
    camera = next(w for w in words if w.text == "camera.")
    fps = project.fps
    inside = int((camera.start + 0.05) * fps)  # just inside the word's start
    cut = CutRange(start=inside, end=int(3.5 * fps))
    cut.validate(project)  # the reply says where the edge went, worked out before the cut
    assert "so 'camera.' is not cut in half" in cut.describe(project)
    after = applied(project, cut)
    remaining = kept(after, camera.start, camera.end)
    assert remaining == pytest.approx(0, abs=1 / 60) or remaining == pytest.approx(camera.end - camera.start, abs=1 / 60)
    with pytest.raises(OperationError, match="inside the word 'camera.'"):
        CutRange(start=inside, end=int(3.5 * fps), words="refuse").validate(project)
    head = int((camera.start + 0.06) * fps)  # both edges in the word's first half: nothing whole to cut
    with pytest.raises(OperationError, match="inside one word"):
        CutRange(start=head, end=head + 1).validate(project)


def test_a_range_with_both_ends_inside_words_keeps_the_length_asked():
    # "snip out 1:40 to 1:43" with both times a little inside words: snapping each end to its word's nearer
    # side widened the cut at both ends (3.23 s for 3 s); the ends are now chosen together, each still on a
    # side of its word, so the cut takes about the length asked and no word is cut in half.
    project = speech_project("pancakes")
    fps = project.fps
    words = [w for w in project.media["m1"].words if 0.12 <= w.end - w.start <= 0.3]
    first = words[2]
    last = next(w for w in words if w.start > first.end + 2.0)
    start_s = first.start + 0.35 * (first.end - first.start)
    end_s = last.end - 0.35 * (last.end - last.start)
    asked = round(end_s * fps) - round(start_s * fps)
    cut = CutRange(start=round(start_s * fps), end=round(end_s * fps))
    cut.validate(project)
    after = applied(project, cut)
    removed = project.duration - after.duration
    widened = asked + round(0.35 * ((first.end - first.start) + (last.end - last.start)) * fps)
    assert abs(removed - asked) < abs(widened - asked) - 1, (removed, asked, widened)
    for word in (first, last):
        left = kept(after, word.start, word.end)
        assert left == pytest.approx(0, abs=1.5 / fps) or left == pytest.approx(word.end - word.start, abs=1.5 / fps), word


def test_shorten_pauses_keeps_the_maximum():
    project = speech_project("pancakes")
    after = applied(project, ShortenPauses(max_pause=15))  # 0.5 s at 30 fps
    placed = timeline_words(after)
    gaps = [b.start - a.end for a, b in zip(placed, placed[1:])]
    assert max(gaps) <= 0.5 + 2 / 30
    long_before = [c for c in chunks("pancakes", "pause")]
    assert len([g for g in gaps if g >= 0.45]) == len(long_before)
    assert after.duration < project.duration - 30 * (2.0 + 1.5 + 2.5 + 1.2 - 4 * 0.5 - 0.2)
    assert [w.text for w in placed] == [w.text for w in timeline_words(project)]


def test_retakes_keep_the_last_take():
    said = "I want to show you my camera. I want to show you my new camera. It is small."
    words, t = [], 0.0
    for part in said.split():
        words.append(Word(start=round(t, 3), end=round(t + 0.3, 3), text=part))
        t += 0.4
    found = retakes(words)
    assert len(found) == 1 and found[0].dropped == (0, 6) and found[0].kept == (7, 14)
    project = speech_project("pancakes")
    # make the first sentence a retake of the second by giving its words the second's text
    real = list(project.media["m1"].words)
    first = [i for i, w in enumerate(real) if w.end <= 3.9]
    second = [i for i, w in enumerate(real) if 5.9 <= w.start <= 10.4]
    renamed = [real[j].model_copy(update={"text": real[second[k]].text if k < len(second) else "x"}) for k, j in enumerate(first)]
    project.media["m1"] = project.media["m1"].model_copy(update={"words": tuple(renamed + real[len(first):])})
    op = RemoveRetakes()
    assert "1 earlier take" in op.describe(project)
    after = applied(project, op)
    assert kept(after, 0.0, 3.8) < 0.05 and kept(after, 5.93, 10.38) == pytest.approx(10.382 - 5.929, abs=0.01)


def test_a_sentence_abandoned_out_loud_is_a_retake_for_the_tool_too():
    """"So you clamp the frame, um, wait, let me start over." then the sentence said properly: the
    remove_retakes tool (what a model or MCP calls) finds it, not only the offline planner."""
    said = ("Hello and welcome. So you clamp the frame and, um, no sorry, let me start over. "
            "Clamp the frame to the bench before you sand it. That is all.")
    words, t = [], 0.0
    for part in said.split():
        words.append(Word(start=round(t, 3), end=round(t + 0.3, 3), text=part))
        t += 0.4
    found = retakes(words)
    assert [(r.dropped, r.kept) for r in found] == [((3, 15), (16, 25))]
    plain = "Clamp the frame first. Then sand it with the grain. Start again tomorrow if it is wet."
    words = [Word(start=i * 0.4, end=i * 0.4 + 0.3, text=w) for i, w in enumerate(plain.split())]
    assert retakes(words) == []  # "start again" as the last sentence has no take after it


def test_word_ops_are_tools_and_parse_from_seconds():
    schema = tool_schema("shorten_pauses")
    assert schema["function"]["parameters"]["properties"]["max_pause"]["type"] == "number"
    op = parse_operation({"op": "shorten_pauses", "max_pause": 0.5}, Fraction(30), units="seconds")
    assert op.max_pause == 15
    project = speech_project("fillers", levels=False)
    with pytest.raises(OperationError, match="no word transcript"):
        RemoveFillers(media_id="m1").validate(project.model_copy(update={"media": {
            "m1": project.media["m1"].model_copy(update={"words": ()}), **{k: v for k, v in project.media.items() if k != "m1"}}}))


def test_music_bed_stays_whole_and_ends_with_the_talk():
    project = speech_project("fillers", music=True)
    after = applied(project, RemoveFillers())
    voice_end = after.track("t1").end
    music = after.track("t2").clips
    assert len(music) == 1 and music[0].source_in == 0 and music[0].end == voice_end
