"""Property: any sequence of operations, undone completely, restores the project exactly;
invalid operations are rejected and change nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.model.operations import OperationError
from tests.core.conftest import build_project

OPS = [
    "insert", "overwrite", "remove", "split", "trim", "move", "cut", "speed", "effect", "volume",
    "envelope", "title", "marker", "enable", "transition", "track", "mute", "bogus",
]


def _recipe(data, project):
    kind = data.draw(st.sampled_from(OPS))
    clips = [c for t in project.tracks for c in t.clips]
    clip = data.draw(st.sampled_from(clips)) if clips else None
    t = data.draw(st.integers(0, 900))
    if kind == "insert":
        return {"op": "insert_clip", "track_id": data.draw(st.sampled_from(["t1", "t2"])), "media_id": data.draw(st.sampled_from(["m1", "m2", "m4"])),
                "start": t, "duration": data.draw(st.integers(1, 200))}
    if kind == "overwrite":
        return {"op": "overwrite_clip", "track_id": data.draw(st.sampled_from(["t1", "t2", "t3"])), "media_id": data.draw(st.sampled_from(["m1", "m3", "m4"])),
                "start": t, "duration": data.draw(st.integers(1, 300)), "source_in": data.draw(st.integers(0, 100))}
    if clip is None:
        return {"op": "add_marker", "frame": t}
    if kind == "remove":
        return {"op": "remove_clip", "clip_id": clip.id, "ripple": data.draw(st.booleans())}
    if kind == "split":
        return {"op": "split_clip", "clip_id": clip.id, "at": data.draw(st.integers(clip.start - 5, clip.end + 5))}
    if kind == "trim":
        return {"op": "trim_clip", "clip_id": clip.id, "start": data.draw(st.none() | st.integers(0, 900)),
                "end": data.draw(st.integers(1, 1000)), "ripple": data.draw(st.booleans())}
    if kind == "move":
        return {"op": "move_clip", "clip_id": clip.id, "start": t, "track_id": data.draw(st.sampled_from([None, "t1", "t2", "t3"])),
                "mode": data.draw(st.sampled_from(["strict", "overwrite"]))}
    if kind == "cut":
        return {"op": "cut_range", "start": t, "end": t + data.draw(st.integers(-5, 200)), "ripple": data.draw(st.booleans())}
    if kind == "speed":
        return {"op": "set_speed", "clip_id": clip.id, "speed": data.draw(st.sampled_from([0.5, 2, "3/2", "1/3", 12])), "ripple": data.draw(st.booleans())}
    if kind == "effect":
        effect = data.draw(st.sampled_from([{"type": "fade_in", "duration": 10}, {"type": "blur", "radius": 3}, {"type": "black_and_white"},
                                            {"type": "fade_out", "duration": 5000}, {"type": "text", "text": "hi"}]))
        return {"op": "add_effect", "clip_id": clip.id, "effect": effect}
    if kind == "volume":
        return {"op": "set_volume", "clip_id": clip.id, "db": data.draw(st.floats(-120, 30))}
    if kind == "envelope":
        return {"op": "set_volume_envelope", "clip_id": clip.id, "points": [{"frame": 0, "db": 0}, {"frame": data.draw(st.integers(1, 400)), "db": -12}]}
    if kind == "title":
        return {"op": "add_title", "text": "T", "start": t, "duration": data.draw(st.integers(1, 100))}
    if kind == "marker":
        return {"op": "add_marker", "frame": t, "name": "m"}
    if kind == "enable":
        return {"op": "set_clip_enabled", "clip_id": clip.id, "enabled": data.draw(st.booleans())}
    if kind == "transition":
        other = data.draw(st.sampled_from(clips))
        return {"op": "add_transition", "from_clip": clip.id, "to_clip": other.id, "duration": data.draw(st.integers(1, 40))}
    if kind == "track":
        return data.draw(st.sampled_from([{"op": "add_track", "kind": "video", "role": "overlay"}, {"op": "remove_track", "track_id": "t2"}]))
    if kind == "mute":
        return {"op": "update_track", "track_id": "t3", "muted": data.draw(st.booleans()), "locked": data.draw(st.sampled_from([None, True, False]))}
    return {"op": "remove_clip", "clip_id": "c999"}


@settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_undo_everything_restores_exactly(data):
    project, history = build_project()
    history.undo_stack.clear()
    initial = project.model_copy(deep=True)
    applied = 0
    for _ in range(data.draw(st.integers(1, 25))):
        recipe = _recipe(data, project)
        before = project.model_copy(deep=True)
        try:
            history.apply(project, [recipe])
            applied += 1
        except OperationError:
            assert project == before, f"rejected {recipe} changed the project"
        assert project.check_invariants() == [], recipe
        for track in project.tracks:
            assert all(isinstance(c.start, int) and isinstance(c.duration, int) and c.duration > 0 for c in track.clips)
    final = project.model_copy(deep=True)
    while history.undo(project):
        pass
    assert project == initial
    while history.redo(project):
        pass
    assert project == final
