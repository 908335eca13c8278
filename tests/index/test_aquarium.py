"""Paraphrase retrieval on an own project: a home aquarium set-up talk (round 7).

The talk is editor_app/eval/project_aquarium.py's script with its word-timed sentence starts, held in
memory (no media rendered). The phrasings here are new ones, not the frozen check in
evals/aquarium_retrieval.jsonl (that file is scored by benchmarks/retrieval_tune.py aquarium and
never tuned on). WordLlama and MiniLM come from their wheels; nothing downloads.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from editor_app.eval.project_aquarium import SCRIPT
from editor_app.eval.talk_project import timed_script
from editor_app.index import ContextIndex
from editor_app.index.documents import transcript_windows
from editor_app.index.search import _MENTION, _POSITION, sentence_text
from editor_app.model.project import MediaAsset, Project, TranscriptSegment


def aquarium_project() -> tuple[Project, list[float]]:
    segments, _words, total = timed_script(SCRIPT)
    project = Project(name="aquarium")
    project.media["a1"] = MediaAsset(id="a1", name="C0042.MP4", path="/tank/C0042.MP4", kind="video",
                                     duration=Fraction(int(total) + 1), has_audio=True, has_video=True,
                                     transcript=segments)
    project.media["a2"] = MediaAsset(id="a2", name="PXL_20261120_153010.mp4", path="/tank/PXL.mp4", kind="video",
                                     duration=Fraction(8), has_video=True,
                                     description="a small school of neon tetras swimming between plants")
    return project, [s.start for s in segments]


@pytest.fixture(scope="module")
def tank(tmp_path_factory: pytest.TempPathFactory):
    project, starts = aquarium_project()
    index = ContextIndex.open(tmp_path_factory.mktemp("tank"))
    index.sync(project, [])
    index.warm_sentences(wait=True)
    yield index, starts
    index.close()


@pytest.mark.parametrize("query, sentence", [
    ("the bit where I say why a smaller tank is harder", 1),
    ("keeping the aquarium away from sunlight so algae doesn't grow", 3),
    ("pouring onto a dish so the gravel isn't disturbed", 7),
    ("chlorine in tap water being deadly", 8),
    ("the heater temperature", 11),
    ("the part about the heater cracking if it's switched on too soon", 12),
    ("tying the fern onto the wood", 14),
    ("when I say I can't wait to get fish", 20),
    ("only feed as much as they finish in a couple of minutes", 23),
])
def test_paraphrases_of_the_aquarium_talk_find_their_sentence_first(tank, query: str, sentence: int) -> None:
    index, starts = tank
    hits = index.search(query, kind="transcript", k=3)
    assert hits and hits[0].media_id == "a1", query
    assert hits[0].start == starts[sentence], (query, [h.text[:50] for h in hits])


@pytest.mark.parametrize("query, sentence", [
    ("the sentence describing how ammonia becomes nitrate", 16),
    ("where I warn never to wash the sponge under the tap", 24),
    ("how long the cycle takes", 17),  # first hit: the sentence naming the nitrogen cycle (15)
])
def test_the_right_sentence_is_among_the_first_three(tank, query: str, sentence: int) -> None:
    index, starts = tank
    hits = index.search(query, kind="transcript", k=3)
    assert starts[sentence] in [h.start for h in hits], (query, [h.text[:50] for h in hits])


def test_a_short_lead_in_sentence_does_not_hide_the_next_one(tmp_path) -> None:
    # "Now the heater." is too short for a window of its own and is joined to what follows; the
    # sentence after it still gets a window, so a request about it can point at it exactly
    rows = [(0.0, 4.0, "Welcome back, today the tank finally gets its equipment."),
            (5.0, 6.0, "Now the heater."),
            (6.5, 11.0, "Set it to twenty five degrees, which suits most tropical fish."),
            (12.0, 16.0, "The filter hangs on the back and grows good bacteria in its sponge.")]
    segments = [TranscriptSegment(start=a, end=b, text=t) for a, b, t in rows]
    starts = [w[0] for w in transcript_windows(segments)]
    assert 5.0 in starts and 6.5 in starts  # the joined window and the sentence's own
    project = Project(name="heater")
    project.media["h"] = MediaAsset(id="h", name="heater.mp4", path="/x/heater.mp4", kind="video",
                                    duration=Fraction(17), has_audio=True, has_video=True, transcript=tuple(segments))
    index = ContextIndex.open(tmp_path)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    try:
        hit = index.search("what temperature the water should be kept at", kind="transcript", k=1)[0]
        assert hit.start == 6.5, hit.text
    finally:
        index.close()


@pytest.mark.parametrize("query, position", [
    ("the bit where I introduce myself", True),
    ("introducing the tank I'm building", True),
    ("the opening of the video", True),
    ("when you introduce fish slowly", False),        # no determiner: not the talk's subject
    ("the lid has an opening for the cables", False),  # a hole, not the start of the talk
])
def test_position_words_only_when_they_mean_a_place_in_the_talk(query: str, position: bool) -> None:
    # round 8: "introducing the X" is where X first comes up (_MENTION), the talk's start when it opens with X
    assert bool(_POSITION["first"].search(query) or _MENTION.search(query)) is position


@pytest.mark.parametrize("query, text", [
    ("the sentence describing the tank size", "the tank size"),
    ("the bit about chlorine", "chlorine"),
    ("what fish we're adding first", "what fish adding first"),   # contractions go whole
    ("the step where water goes into the tank", "the step water goes into the tank"),
    ("where I nearly restart the sentence", "nearly restart the sentence"),  # "the sentence" as content stays
])
def test_framing_is_stripped_for_the_sentence_encoder(query: str, text: str) -> None:
    assert sentence_text(query) == text


def test_a_stumble_is_found_where_the_sentence_is_abandoned_out_loud(tmp_path) -> None:
    # no embedding knows that "let me say that again" is a stumble: the windows where a
    # self-correction is said get the position bonus when the request asks for one
    rows = [(0.0, 4.0, "Today I'm adding the filter and the heater to the new tank."),
            (4.5, 9.0, "The heater sits in the back corner, um, no wait, let me say that again."),
            (9.5, 14.0, "The heater sits in the back corner, near the filter outlet, so the warm water spreads."),
            (14.5, 19.0, "Then I restart the filter and check that the water moves along the glass.")]
    segments = tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in rows)
    project = Project(name="stumble")
    project.media["s"] = MediaAsset(id="s", name="tank_day2.mp4", path="/x/tank_day2.mp4", kind="video",
                                    duration=Fraction(20), has_audio=True, has_video=True, transcript=segments)
    index = ContextIndex.open(tmp_path)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    try:
        for query in ("the bit where I fumble the heater sentence", "where I mess up and start over"):
            assert index.search(query, kind="transcript", k=1)[0].start == 4.5, query
        # restarting a filter is no stumble
        assert index.search("when I restart the filter", kind="transcript", k=1)[0].start == 14.5
    finally:
        index.close()
