"""Playback: starts from 0:00, keeps to the player's clock, J/K/L speeds shown, the fixed tick."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import run, until


def test_play_from_zero_follows_the_player_clock(window, qloop):
    state, player, fps = window.state, window.preview.player, float(window.session.project.fps)
    state.set_playhead(0)
    state.play(1.0)
    run(qloop, until(lambda: player.stats.started_at is not None, 30))
    assert player.stats.first_frame == 0 and state.rate == 1.0
    run(qloop, until(lambda: player.clock_s() >= 3.0 or not player.playing, 30))
    assert player.playing, "playback stopped before 3 s of clock"
    # the playhead advances at real time as the player's clock counts it (the sound card's clock,
    # or a monotonic one without sound), never wall time: every move of the playhead lands on the
    # clock's frame, and over 3 s of clock it covered 3 s of frames (within 5%)
    moves = player.stats.positions
    assert moves[0][1] == 0 and len(moves) >= 10
    for clock, frame in moves:
        assert frame == int(clock * fps + 1e-6), (clock, frame)
    clock, frame = moves[-1]
    assert state.playhead == frame and clock >= 2.9
    assert abs(frame - clock * fps) <= 0.05 * clock * fps + 1
    # the picture is never ahead of the sound: each frame is shown when the clock reaches it
    for at, shown in player.stats.shown:
        assert shown <= at * fps + 1, (at, shown)
    assert player.stats.frames_shown >= 10  # real pictures came out of the proxy (how many: the benchmark)
    assert "▶ 1×" in window.preview.rate_label.text()
    state.stop()
    assert not player.playing and window.preview.rate_label.text() == ""


def test_shuttle_speeds_are_shown_and_tick_runs_from_zero(window, qloop, qtbot):
    state = window.state
    state.set_playhead(0)
    state.shuttle(1)
    state.shuttle(1)
    assert state.rate == 2.0 and "2×" in window.preview.rate_label.text()
    state.stop()
    # the fallback clock (no player) no longer stops at frame 0 going forward
    state.player = None
    state.set_playhead(0)
    state.play(1.0)
    assert state._clock.interval() < 1000 / 30
    run(qloop, until(lambda: state.playhead > 3, 10))
    assert state.rate == 1.0
    state.stop()
    state.set_playhead(10)
    state.play(-1.0)
    run(qloop, until(lambda: state.rate == 0, 10))
    assert state.playhead == 0
    state.player = window.preview.player


def test_proxy_cache_keeps_the_current_plan_and_drops_the_oldest(tmp_path):
    import os

    from editor_app.ui.playback import prune

    files = []
    for i in range(12):
        f = tmp_path / f"chunk{i}.mkv"
        f.write_bytes(b"x")
        os.utime(f, (1000 + i, 1000 + i))
        files.append(f)
    keep = {files[0], files[1]}  # the current plan, even when its files are the oldest
    assert prune(tmp_path, keep, factor=4) == 2
    left = {f.name for f in tmp_path.glob("*.mkv")}
    assert {"chunk0.mkv", "chunk1.mkv"} <= left and "chunk2.mkv" not in left and "chunk3.mkv" not in left
    assert len(left) == 10
