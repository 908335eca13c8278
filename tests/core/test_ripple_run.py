"""Property: ripple cuts applied as one run (model.ripple) give exactly what applying them one by
one gives: the same clips (integer frames, Fraction sources, envelopes, effects), the same new
clip ids, the same transitions kept, the same errors, and nothing changed after an error.

Timelines are random: talk clips with words (so cut edges snap out of words, and a snapped edge
is clamped to the clip it lies in), speed changes, gaps, touching clips with crossfades, locked
tracks and a music bed. Cut sets are random: latest first as remove_silences writes them
(sometimes touching), or in any order and overlapping (the run must stop and fall back).
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.model import editing
from editor_app.model.effects import FadeIn, FadeOut
from editor_app.model.history import BatchError, apply_all
from editor_app.model.operations import CutRange
from editor_app.model.project import Clip, EnvelopePoint, MediaAsset, Project, Settings, Track, Transition
from editor_app.model.project import TranscriptWord as Word
from editor_app.model.ripple import ripple_cut


def _words(rng: random.Random, seconds: float) -> tuple[Word, ...]:
    out, t = [], 0.1
    while t < seconds - 1:
        length = rng.uniform(0.08, 0.7)
        out.append(Word(start=round(t, 4), end=round(t + length, 4), text=rng.choice(["so", "pancakes", "um", "the"])))
        t += length + rng.choice([0.0, 0.0, rng.uniform(0.02, 0.9)])
    return tuple(out)


def _clips(rng: random.Random, prefix: str, media_id: str, counter: list[int], fps: Fraction) -> tuple[list[Clip], list[Transition]]:
    clips: list[Clip] = []
    transitions: list[Transition] = []
    position = rng.randint(0, 40)
    for _ in range(rng.randint(1, 14)):
        start = position + rng.choice([0, 0, rng.randint(1, 90)])
        duration = rng.randint(1, 400)
        speed = rng.choice([Fraction(1), Fraction(1), Fraction(2), Fraction(1, 2), Fraction(3, 2)])
        counter[0] += 1
        envelope = tuple(sorted({EnvelopePoint(frame=rng.randint(0, duration), db=rng.choice([-12.0, -3.5, 0.0, 2.25]))
                                 for _ in range(rng.choice([0, 0, 2, 3]))}, key=lambda p: p.frame))
        envelope = tuple({p.frame: p for p in envelope}.values())
        effects = tuple(e for e in (FadeIn(id=f"e{counter[0]}a", duration=rng.randint(1, 20)),
                                    FadeOut(id=f"e{counter[0]}b", duration=rng.randint(1, 20))) if rng.random() < 0.3)
        clip = Clip(id=f"c{counter[0]}", media_id=media_id, start=start, duration=duration,
                    source_in=Fraction(rng.randint(0, 300)) + rng.choice([0, Fraction(1, 3)]), speed=speed,
                    envelope=envelope, effects=effects, enabled=rng.random() > 0.1, name=f"{prefix}{counter[0]}")
        if clips and clips[-1].end == start and rng.random() < 0.6:
            transitions.append(Transition(id=f"tr{counter[0]}", from_clip=clips[-1].id, to_clip=clip.id,
                                          duration=rng.randint(1, min(30, duration))))
        clips.append(clip)
        position = clip.end
    return clips, transitions


def random_project(rng: random.Random) -> Project:
    fps = rng.choice([Fraction(30), Fraction(25), Fraction(30000, 1001)])
    talk = MediaAsset(id="m1", name="talk", path="/m/talk.mp4", kind="video", duration=Fraction(200), has_audio=True,
                      has_video=True, words=_words(rng, 200))
    broll = MediaAsset(id="m2", name="shot", path="/m/shot.mp4", kind="video", duration=Fraction(200), has_video=True)
    counter = [0]
    tracks = []
    for tid, kind, role, media in (("t1", "video", "main", "m1"), ("t2", "video", "broll", "m2"),
                                   ("t3", "audio", "voice", "m1"), ("t4", "audio", "music", "m2")):
        clips, transitions = _clips(rng, tid, media, counter, fps)
        tracks.append(Track(id=tid, kind=kind, role=role, clips=clips, transitions=transitions,
                            locked=tid == "t2" and rng.random() < 0.2))
    return Project(settings=Settings(fps=fps), media={"m1": talk, "m2": broll}, tracks=tracks,
                   id_counters={"c": counter[0] + rng.choice([0, 5]), "tr": counter[0]})


def random_cuts(rng: random.Random, project: Project) -> list[CutRange]:
    track_ids = rng.choice([None, None, ["t1"], ["t1", "t3"], ["t1", "t2", "t4"], ["t3"]])
    end = max([project.track(t).end for t in track_ids or ("t1", "t2", "t3", "t4")] + [2])
    words = rng.choice(["snap"] * 7 + ["refuse"])
    if rng.random() < 0.75:  # latest first, not overlapping, as remove_silences writes them
        points = sorted(rng.sample(range(0, end + 1), min(end + 1, 2 * rng.randint(1, 10))))
        ranges = [(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)]
        if rng.random() < 0.3:  # touching ranges
            ranges = [(a, b) for a, b in zip(points, points[1:])][: rng.randint(1, 10)]
        ranges.sort(reverse=True)
    else:
        ranges = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randint(0, end - 1)
            ranges.append((a, rng.randint(a + 1, end)))
    ops = [CutRange(start=a, end=b, track_ids=track_ids, words=words, ripple=rng.random() > 0.05) for a, b in ranges]
    if ops and rng.random() < 0.15:  # a different track set midway ends the run
        ops[len(ops) // 2] = ops[len(ops) // 2].model_copy(update={"track_ids": ["t1"]})
    return ops


def state(project: Project):
    """Everything, exactly, plus which fields each clip has set (the journal's and copies' view)."""
    return project.model_dump(), [(c.id, sorted(c.model_fields_set)) for t in project.tracks for c in t.clips]


def one_by_one(project: Project, ops: list[CutRange]):
    """Today's sequential application: each operation validated and applied on its own."""
    for index, op in enumerate(ops):
        try:
            apply_all(project, [op])
        except BatchError as err:
            return index, err.error.__class__, getattr(err.error, "message", str(err.error))
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_a_run_of_ripple_cuts_equals_cutting_one_by_one(seed):
    rng = random.Random(seed)
    project = random_project(rng)
    ops = random_cuts(rng, project)
    original = state(project)
    expected = project.clone()
    failed = one_by_one(expected, ops)
    batched = project.clone()
    if failed is None:
        apply_all(batched, ops)
        assert state(batched) == state(expected)
        assert batched.check_invariants() == []
    else:
        with pytest.raises(BatchError) as caught:
            apply_all(batched, ops)
        index, kind, message = failed
        assert (caught.value.index, caught.value.error.__class__, caught.value.error.message) == (index, kind, message)
        assert state(batched) == original  # all or nothing


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_ripple_cut_equals_the_sequential_loop(seed):
    rng = random.Random(seed)
    project = random_project(rng)
    ranges = [(op.start, op.end) for op in random_cuts(rng, project)]
    expected, batched = project.clone(), project.clone()
    tracks = [t for t in expected.tracks if not t.locked]
    for s, e in sorted(ranges, reverse=True):
        for track in tracks:
            editing.lift(expected, track, s, e)
            editing.ripple_delete(track, s, e)
            editing.drop_dangling_transitions(track)
    ripple_cut(batched, [t for t in batched.tracks if not t.locked], ranges)
    assert state(batched) == state(expected)


def test_silence_cuts_run_as_one_pass_and_undo_restores_everything():
    """400 cuts through one talk clip: one inverse for the run, the right pieces, exact undo."""
    talk = MediaAsset(id="m1", name="talk", path="/m/talk.mp4", kind="video", duration=Fraction(1300), has_audio=True,
                      has_video=True)
    project = Project(settings=Settings(fps=Fraction(30000, 1001)), media={"m1": talk},
                      tracks=[Track(id="t1", kind="video", role="main",
                                    clips=[Clip(id="c1", media_id="m1", start=0, duration=35964)])],
                      id_counters={"c": 1})
    before = state(project)
    cuts = [(89 * k + 60, 89 * k + 81) for k in range(400)]
    ops = [CutRange(start=s, end=e, track_ids=["t1"]) for s, e in reversed(cuts)]
    inverses = apply_all(project, ops)
    assert len(inverses) == 1  # the whole run
    clips = project.track("t1").clips
    assert len(clips) == 401 and project.duration == 35964 - 400 * 21
    assert [c.start for c in clips[:3]] == [0, 60, 128] and clips[1].source_in == 81
    assert all(a.end == b.start for a, b in zip(clips, clips[1:]))
    assert clips[-1].id == "c2"  # the latest cut's right piece got the first new id, as one by one
    inverses[0].apply(project)
    assert state(project) == before


def test_moved_is_model_copy_field_for_field():
    clip = Clip(id="c1", media_id="m1", start=5, duration=10, source_in=Fraction(7, 3),
                envelope=(EnvelopePoint(frame=2, db=-3.0),), effects=(FadeIn(id="e1", duration=4),))
    fast, slow = editing.moved(clip, 40), clip.model_copy(update={"start": 40})
    assert fast == slow and fast.model_fields_set == slow.model_fields_set and fast.end == 50
    assert fast.model_dump() == slow.model_dump() and clip.start == 5
    with pytest.raises(Exception):
        fast.start = 1  # still frozen


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_the_journal_patch_of_cut_clips_is_their_json(seed):
    """The undo patch of each clip a run changed (moved, trimmed) holds the old fields as JSON."""
    from editor_app.model.journal_delta import _clip_patch

    rng = random.Random(seed)
    project = random_project(rng)
    after = project.clone()
    try:
        apply_all(after, random_cuts(rng, project))
    except BatchError:
        return
    new = {c.id: c for t in after.tracks for c in t.clips}
    for old in (c for t in project.tracks for c in t.clips if c.id in new):
        expected = {name: old.model_dump(mode="json", include={name})[name]
                    for name in type(old).model_fields if getattr(old, name) != getattr(new[old.id], name)}
        assert _clip_patch(old, new[old.id]) == ({"$patch": old.id, **expected} if expected else None)
