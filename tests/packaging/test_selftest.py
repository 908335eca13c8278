"""The self-test every build runs, exercised from source: each check really runs and reports."""

from __future__ import annotations

import json

from editor_app.cli import main
from editor_app.commands.selftest import CHECKS, handle_flag, run_checks


def test_selftest_passes_from_source(tmp_path, capsys):
    code = main(["selftest", "--json", "--no-gui", "--keep", str(tmp_path / "work")])
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report
    names = [c["name"] for c in report["checks"]]
    assert names == [name for name, _, _ in CHECKS if name != "gui"]
    assert all(c["ok"] for c in report["checks"])
    assert (tmp_path / "work" / "draft.mp4").stat().st_size > 1000
    playback = next(c for c in report["checks"] if c["name"] == "playback")
    assert "pictures" in playback["detail"] and list((tmp_path / "work" / "proxy").glob("*.mkv"))


def test_failures_are_reported_and_dependants_skipped(tmp_path, monkeypatch):
    from editor_app.media.ffmpeg import ffmpeg_exe

    monkeypatch.setenv("EDITOR_APP_FFMPEG", str(tmp_path / "no-ffmpeg"))
    ffmpeg_exe.cache_clear()  # the path is cached per process
    try:
        checks = {c.name: c for c in run_checks(tmp_path, gui=False)}
    finally:
        monkeypatch.delenv("EDITOR_APP_FFMPEG")
        ffmpeg_exe.cache_clear()
    assert not checks["ffmpeg"].ok and "no ffmpeg" in checks["ffmpeg"].detail
    assert checks["demo"].detail == "not run: ffmpeg failed" and checks["render"].detail == "not run: chat failed"
    assert checks["playback"].detail == "not run: demo failed"
    assert checks["resources"].ok and checks["agents"].ok


def test_flag_routing():
    assert handle_flag(["--version"]) is None
