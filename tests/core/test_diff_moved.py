"""The diff tells clips a ripple edit only moved as one line per track (not one per clip), keeps a
line for every clip otherwise changed, added or removed, and the change event still names every
moved clip (views follow ``Change.clips``, not the diff text)."""

from __future__ import annotations

from editor_app.model.diff import diff_projects
from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, CutRange, ImportMedia, InsertClip, MoveClip, SetVolume
from editor_app.model.project import MediaAsset, Project
from editor_app.session import Session


def _project(per_track: int, path=None):
    asset = MediaAsset(id="", name="harbour_walk.mov", path="/v/harbour.mov", kind="video", duration=60,
                       has_audio=True, has_video=True)
    ops = [ImportMedia(asset=asset), AddTrack(kind="video", role="main", name="Story"),
           AddTrack(kind="video", role="broll", name="Cutaways")]
    ops += [InsertClip(track_id=t, media_id="m1", start=k * 60, duration=50) for t in ("t1", "t2") for k in range(per_track)]
    if path is not None:
        session = Session.create(path, fps=25)
        session.apply(ops)
        return session
    project = Project()
    project.settings.fps = 25
    apply_all(project, ops)
    return project


def test_many_moved_clips_are_one_line_per_track():
    before = _project(300)
    after = before.clone()
    apply_all(after, [CutRange(start=70, end=120)])  # 2 s inside the second clip of each track
    lines = [str(line) for line in diff_projects(before, after)]
    assert "~ 298 clips (c3 … c300) moved 2 s earlier on Story" in lines
    assert "~ 298 clips (c303 … c600) moved 2 s earlier on Cutaways" in lines
    assert any(line.startswith("~ c2 ") and "0:02.40-0:04.40 -> 0:02.40-0:02.80" in line for line in lines)
    assert len(lines) == 4  # the trimmed clip and the summary, per track: nothing per moved clip


def test_a_few_moved_clips_keep_their_own_lines_and_other_changes_stay():
    before = _project(4)
    after = before.clone()
    apply_all(after, [CutRange(start=0, end=50, track_ids=["t1"]), SetVolume(clip_id="c8", db=-6)])
    lines = [str(line) for line in diff_projects(before, after)]
    assert "- c1 (harbour_walk.mov) from Story (0:00.00-0:02.00)" in lines
    assert "~ c2 (harbour_walk.mov): 0:02.40-0:04.40 -> 0:00.40-0:02.40" in lines
    assert "~ c8 (harbour_walk.mov): volume +0.0 -> -6.0 dB" in lines
    assert not any("clips (" in line for line in lines)


def test_moves_by_different_amounts_and_directions_give_ranges_and_a_line_each_way():
    before = _project(10)
    after = before.clone()
    ops = [MoveClip(clip_id=f"c{k}", start=k * 60 - 60 - 5 * k + 5) for k in range(2, 8)]  # earlier by 5..30 frames
    ops += [MoveClip(clip_id=f"c{k}", start=(k - 1) * 60 + 5) for k in (10, 9, 8)]  # later by 5 frames each
    apply_all(after, ops)
    lines = [str(line) for line in diff_projects(before, after)]
    assert "~ 6 clips (c2 … c7) moved 0.2-1.2 s earlier on Story" in lines
    assert len([line for line in lines if line.startswith("~ c")]) == 3  # 3 later moves: under the summary size
    moved_to_other_track = before.clone()
    apply_all(moved_to_other_track, [MoveClip(clip_id="c3", track_id="t2", start=10_000)])
    assert any("c3" in str(line) and "moved to track t2" in str(line)
               for line in diff_projects(before, moved_to_other_track))


def test_the_change_event_still_names_every_moved_clip(tmp_path):
    session = _project(300, tmp_path / "walk")
    heard = []
    session.subscribe(heard.append)
    session.apply([{"op": "cut_range", "start": 70, "end": 120}])
    change = heard[-1]
    assert len(change.clips) == 598 and {"c2", "c3", "c600"} <= change.clips and not {"c1", "c301"} & change.clips
    assert change.tracks == {"t1", "t2"}


def test_the_pieces_a_silence_cut_leaves_are_one_line():
    before = _project(1)  # c1 on Story: 0-2 s (50 frames at 25 fps); c2 on Cutaways
    after = before.clone()
    apply_all(after, [CutRange(start=s, end=s + 2, track_ids=["t1"]) for s in (40, 30, 20, 10)])
    lines = [str(line) for line in diff_projects(before, after)]
    assert lines == ["~ c1 (harbour_walk.mov): 0:00.00-0:02.00 -> 0:00.00-0:00.40",
                     "+ 4 clips of 'harbour_walk.mov' (c6 … c3) on Story from 0:00.40 to 0:01.68"]
