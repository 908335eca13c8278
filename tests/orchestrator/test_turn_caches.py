"""Per-state caches in a chat turn give the fresh answer after every change between turns.

A real session on disk (a kayak-packing talk cut into pieces, three B-roll shots), its real
Chroma index and the offline planner: between two turns an edit, an undo, a transcript change
or an import must change the answer exactly as a cold computation (caches emptied) does.
"""

from __future__ import annotations

import asyncio

import pytest

from editor_app.model import state_cache
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, SetClipEnabled, SetSpeed, SetTranscript
from editor_app.model.project import MediaAsset, TranscriptSegment
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.orchestrator import safety
from editor_app.session import Session

LINES = [(0, 4, "Welcome back, today I am packing my sea kayak for a three day trip along the coast."),
         (4, 9, "First the tent and sleeping bag go into the dry bags, squeezed flat so they fit behind the seat."),
         (9, 14, "Water is the heaviest thing, so the big bottles ride low in the middle, close to the cockpit."),
         (14, 19, "Next comes the stove and the pot, wrapped in a towel so nothing rattles while I paddle."),
         (19, 24, "The spare paddle is strapped on the back deck where I can reach it quickly."),
         (24, 29, "Finally I check the weather forecast and the tide tables before I launch.")]
TENT = "put the dry bag closeup over the part where I talk about the tent and sleeping bag"
ROOF = "put stove_in_towel over the part where I talk about tying the kayak onto the car roof"


def _segments(lines):
    return tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in lines)


@pytest.fixture
def kayak(tmp_path):
    session = Session.create(tmp_path / "kayak", fps=30)
    talk = MediaAsset(id="", name="kayak_packing_talk.mp4", path="/k/talk.mp4", kind="video", duration=30,
                      has_audio=True, has_video=True, transcript=_segments(LINES))
    shots = [MediaAsset(id="", name=n, path=f"/k/{n}", kind="video", duration=5, has_video=True)
             for n in ("dry_bag_closeup.mov", "tide_table_phone.mov", "stove_in_towel.mov")]
    session.apply([ImportMedia(asset=talk), *[ImportMedia(asset=a) for a in shots],
                   AddTrack(kind="video", role="main"), AddTrack(kind="video", role="broll")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=i * 150, duration=150, source_in=i * 150)
                   for i in range(6)], "the talk in six pieces")
    index = session.context_index()
    session.sync_index()
    yield session, Orchestrator(session, backend=OfflineBackend(), index=index)
    session.close()


def _ask(orchestrator, message):
    result = asyncio.run(orchestrator.propose(message))
    return result.ok, list(result.descriptions), result.confirm


def _ask_cold(orchestrator, message):
    """The same question with every per-state cache emptied first: what the answer must be."""
    state_cache.clear()
    return _ask(orchestrator, message)


def _place(orchestrator, message):
    warm = _ask(orchestrator, message)
    assert warm == _ask_cold(orchestrator, message)
    return warm


def test_broll_placement_follows_edit_undo_transcript_and_import(kayak):
    session, orchestrator = kayak
    assert _place(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:04.00 to 0:09.00"]
    assert _place(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:04.00 to 0:09.00"]

    applied = asyncio.run(orchestrator.run_turn("cut the first 2 seconds"))  # an edit between two turns
    assert applied.applied
    assert _ask(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:02.00 to 0:07.00"]
    assert _ask_cold(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:02.00 to 0:07.00"]

    session.undo()
    assert _place(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:04.00 to 0:09.00"]

    # the transcript changes: the tent sentence is now said at 19-24 s
    moved = [LINES[0], (4, 9, LINES[4][2]), *LINES[2:4], (19, 24, LINES[1][2]), LINES[5]]
    session.apply([SetTranscript(media_id="m1", segments=list(_segments(moved)))], "retranscribed")
    session.sync_index()
    assert _ask(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:19.00 to 0:24.00"]
    assert _ask_cold(orchestrator, TENT)[1] == ["Place 'dry_bag_closeup.mov' on B-roll from 0:19.00 to 0:24.00"]

    before = _place(orchestrator, ROOF)[1]  # nothing about a car roof is said yet: not at 0:30
    assert before != ["Place 'stove_in_towel.mov' on B-roll from 0:30.00 to 0:35.00"]
    part2 = MediaAsset(id="", name="kayak_packing_part2.mp4", path="/k/part2.mp4", kind="video", duration=10,
                       has_audio=True, has_video=True,
                       transcript=_segments([(0, 5, "Then I lift the kayak onto the car roof and tie it down with two straps."),
                                             (5, 10, "That is everything, see you on the water.")]))
    session.apply([ImportMedia(asset=part2)], "import part two")  # an import between two turns
    session.apply([InsertClip(track_id="t1", media_id="m5", start=900, duration=300)], "part two on the timeline")
    session.sync_index()
    assert _ask(orchestrator, ROOF)[1] == ["Place 'stove_in_towel.mov' on B-roll from 0:30.00 to 0:35.00"]
    assert _ask_cold(orchestrator, ROOF)[1] == ["Place 'stove_in_towel.mov' on B-roll from 0:30.00 to 0:35.00"]


def test_safety_review_counts_the_speech_of_the_project_as_it_is_now(kayak):
    session, orchestrator = kayak
    wide = "cut from 0:02 to 0:12"  # 10 of 29 s of speech: over the 20% share, held for a yes
    first = _ask(orchestrator, wide)
    assert first[0] and first[2] and "34%" in first[2]
    assert first == _ask_cold(orchestrator, wide)
    # switch off two pieces of the talk: less speech left, so the same cut is a larger share of it
    session.apply([SetClipEnabled(clip_id="c5", enabled=False), SetClipEnabled(clip_id="c6", enabled=False)], "off")
    second = _ask(orchestrator, wide)
    assert second == _ask_cold(orchestrator, wide)
    assert "50%" in second[2]  # 10 of the 20 s still spoken
    session.undo()
    assert _ask(orchestrator, wide) == first


def _scan(project) -> float:
    """The review's speech measure as it was written first: every row of every clip."""
    fps = float(project.fps)
    total = 0.0
    for track in project.tracks:
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if asset is None or not asset.transcript or not clip.enabled:
                continue
            rows = [(float(s.start), float(s.end)) for s in asset.transcript]
            lo = float(clip.source_in) / fps
            hi = lo + float(clip.duration) * float(clip.speed) / fps
            total += sum(max(0.0, min(e, hi) - max(s, lo)) for s, e in rows if e > lo and s < hi)
    return total


def test_speech_measure_equals_a_scan_of_every_row(kayak):
    session, _orchestrator = kayak
    odd = MediaAsset(id="", name="interview_out_of_order.wav", path="/k/i.wav", kind="audio", duration=40,
                     has_audio=True, transcript=_segments([(20, 26, "the long one"), (1, 3, "an early line"),
                                                           (2.5, 30, "overlapping everything"), (31, 39, "late")]))
    session.apply([ImportMedia(asset=odd), AddTrack(kind="audio", role="voice")], "interview")
    session.apply([InsertClip(track_id="t3", media_id="m5", start=i * 97, duration=97, source_in=i * 113)
                   for i in range(9)], "interview pieces")
    session.apply([SetSpeed(clip_id="c9", speed=1.5), SetClipEnabled(clip_id="c11", enabled=False)], "tweaks")
    project = session.project
    assert safety._speech(project) == _scan(project)  # exactly: the same terms in the same order
    assert safety._speech(project.clone()) == _scan(project)
    session.apply([SetSpeed(clip_id="c12", speed=0.5)], "slower")
    assert safety._speech(session.project) == _scan(session.project)


def test_state_cache_hits_clones_and_misses_any_replaced_object(kayak):
    session, _orchestrator = kayak
    project = session.project
    calls = []

    def read(p):
        calls.append(1)
        return sum(c.duration for c in p.clips())

    key = lambda p: (p.settings.fps, *state_cache.tracks_key(p), *state_cache.media_key(p))  # noqa: E731
    assert state_cache.per_state("test.sum", key(project), lambda: read(project)) == 900
    assert state_cache.per_state("test.sum", key(project.clone()), lambda: read(project)) == 900
    assert len(calls) == 1
    twin = project.clone()
    track = twin.tracks[0]
    track.clips[0] = track.clips[0].model_copy()  # equal field by field, but a new object: recomputed
    state_cache.per_state("test.sum", key(twin), lambda: read(twin))
    assert len(calls) == 2
    session.apply([SetClipEnabled(clip_id="c1", enabled=False)], "off")
    state_cache.per_state("test.sum", key(session.project), lambda: read(session.project))
    assert len(calls) == 3


def test_index_search_can_leave_placement_to_the_caller(kayak):
    session, _orchestrator = kayak
    index = session.context_index()
    placed = index.search("where the spare paddle goes", kind="transcript", k=3)
    bare = index.search("where the spare paddle goes", kind="transcript", k=3, timeline=False)
    assert [(h.id, h.score, h.start, h.end) for h in bare] == [(h.id, h.score, h.start, h.end) for h in placed]
    assert placed[0].timeline and all(not h.timeline for h in bare)
