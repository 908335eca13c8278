"""Picture-in-picture (round 13): a B-roll clip shown small in a corner over the talk, the talk showing
round it, in the export and in the preview; on the bottom track the space round it is black."""

from __future__ import annotations

from render_helpers import H, W, asset, clip, frame_at, project
from editor_app.model.effects import PictureInPicture
from editor_app.model.project import Track
from editor_app.render import preview_frame, render


def _talk_and_screen(media_dir, effect):
    red = asset("m1", media_dir / "red.mp4", seconds=4)
    blue = asset("m2", media_dir / "blue.mp4", seconds=4)
    return project([red, blue], [
        Track(id="t1", kind="video", role="main", clips=[clip("c1", "m1", 0, 90)]),
        Track(id="t2", kind="video", role="broll", clips=[clip("c2", "m2", 0, 90, effects=(effect,))]),
    ])


def test_small_picture_in_the_top_right_with_the_talk_round_it(media_dir, tmp_path):
    p = _talk_and_screen(media_dir, PictureInPicture(scale=0.4, position="top-right"))
    out = tmp_path / "pip.mp4"
    render(p, out)
    frame = frame_at(out, 1.0).astype(int)
    corner = frame[H // 20: H // 3, W - W // 3: W - W // 20]
    assert corner[..., 2].mean() > 150 and corner[..., 0].mean() < 80  # the screen recording, small, top right
    for part in (frame[H // 2:, : W // 2], frame[H // 2:, W // 2:], frame[: H // 3, : W // 2]):
        assert part[..., 0].mean() > 150 and part[..., 2].mean() < 80  # the talk everywhere else
    img = preview_frame(p, 30, size=(160, 90), cache_dir=tmp_path / "cache").astype(int)
    assert img[5:30, 100:150, 2].mean() > 150 and img[50:, :80, 0].mean() > 150


def test_bottom_left_on_the_main_track_leaves_black_round_it(media_dir, tmp_path):
    blue = asset("m2", media_dir / "blue.mp4", seconds=4)
    p = project([blue], [Track(id="t1", kind="video", role="main", clips=[
        clip("c1", "m2", 0, 60, effects=(PictureInPicture(scale=0.5, position="bottom-left"),))])])
    out = tmp_path / "pip_main.mp4"
    render(p, out)
    frame = frame_at(out, 1.0).astype(int)
    assert frame[H - H // 3: H - H // 10, W // 10: W // 3, 2].mean() > 150  # small picture bottom left
    assert frame[: H // 3].mean() < 20 and frame[:, W - W // 3:].mean() < 20  # black above and to the right
