"""The faster paths a turn takes give what the plain ones gave.

sentences() on the timeline's word columns equals sentences() on word objects; the lazily split
sentences of cut_sentence still find a sentence named by what is done in it; talk_clips with
and without word timings.
"""

from __future__ import annotations

import asyncio

from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import MediaAsset, TranscriptSegment, TranscriptWord
from editor_app.model.word_cuts import Heard, PlacedWord, talk_clips, timeline_words
from editor_app.model.words import sentences
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session

SAID = [("Load", 0.0, 0.3), ("the", 0.3, 0.5), ("hatch", 0.5, 0.9), ("first.", 0.9, 1.3),
        ("Then", 2.6, 2.9), ("the", 2.9, 3.0), ("cockpit", 3.0, 3.5),  # a pause ends this one
        ("bag,", 4.8, 5.1), ("right?", 5.1, 5.5), ('"Dry', 5.6, 5.9), ('bags."', 5.9, 6.3),
        ("  spaced  ", 6.3, 6.5), ("(see", 6.5, 6.7), ("below)", 6.7, 7.0), ("done…", 7.0, 7.4), ("", 7.4, 7.5),
        ("end", 7.5, 7.9)]


def test_sentences_from_columns_equal_sentences_from_words():
    words = [PlacedWord("m1", i, "c1", "t1", s, e, t) for i, (t, s, e) in enumerate(SAID)]
    heard = Heard(*[list(col) for col in zip(*words)])
    assert sentences(heard) == sentences(words) == sentences(list(heard))
    assert sentences(heard, pause=0.05) == sentences(words, pause=0.05)
    assert sentences(words) == [(0, 3), (4, 6), (7, 8), (9, 10), (11, 14), (15, 16)]
    assert sentences(Heard([], [], [], [], [], [], [])) == []


def _words(lines):
    out = []
    for start, end, text in lines:
        said = text.split()
        step = (end - start) / len(said)
        out += [TranscriptWord(start=round(start + i * step, 3), end=round(start + (i + 0.8) * step, 3), text=w)
                for i, w in enumerate(said)]
    return tuple(out)


def test_cut_sentence_by_what_is_done_in_it_on_a_transcribed_talk(tmp_path):
    lines = [(0, 4, "Today I am packing my sea kayak for three days."),
             (4, 9, "First the tent goes into the long dry bag behind the seat."),
             (9, 14, "Then the water bottles ride low in the middle."),
             (14, 19, "Last I strap the spare paddle on the back deck.")]
    session = Session.create(tmp_path / "kayak", fps=30)
    talk = MediaAsset(id="", name="kayak_talk.mp4", path="/k/talk.mp4", kind="video", duration=20, has_audio=True,
                      has_video=True, transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in lines),
                      words=_words(lines))
    session.apply([ImportMedia(asset=talk), AddTrack(kind="video", role="main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=i * 150, duration=150, source_in=i * 150)
                   for i in range(4)], "four pieces")
    assert len(talk_clips(session.project)) == 4 and len(timeline_words(session.project)) == sum(
        len(t.split()) for _a, _b, t in lines)
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    result = asyncio.run(orchestrator.propose("remove the sentence where I strap the spare paddle on"))
    assert result.ok, result.reply
    assert "Last I strap the spare paddle" in result.reply
    cut = asyncio.run(orchestrator.propose("cut the first 2 seconds"))  # a cut verb that names no sentence
    assert cut.ok and cut.descriptions == ["Cut 0:00.00-0:02.00 from all tracks and close the gap"]
    session.close()


def test_talk_clips_without_word_timings_is_empty(tmp_path):
    session = Session.create(tmp_path / "silent", fps=30)
    asset = MediaAsset(id="", name="kayak_broll.mov", path="/k/b.mov", kind="video", duration=5, has_video=True)
    session.apply([ImportMedia(asset=asset), AddTrack(kind="video", role="main")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0, duration=150)], "one clip")
    assert talk_clips(session.project) == []
    session.close()
