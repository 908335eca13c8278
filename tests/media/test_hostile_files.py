"""Hostile files: everything is probed by content; URLs, devices and protocols never reach ffmpeg."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from editor_app.media.errors import MediaError
from editor_app.media.probe import probe
from editor_app.model.operations import OperationError
from editor_app.model.project import MediaAsset
from editor_app.session import Session

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor_app", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=120)


def fake_asset(path: str, kind: str = "video") -> dict:
    return MediaAsset(id="", name="x", path=path, kind=kind, duration=10, fps=30, width=320, height=240,
                      has_video=True).model_dump(mode="json")


def test_text_file_named_png_is_refused(tmp_path):
    fake = tmp_path / "holiday.png"
    fake.write_text("this is a shopping list, not a picture\n" * 20)
    with pytest.raises(MediaError, match="not an image"):
        probe(fake)


def test_oversized_image_is_refused(tmp_path, ffmpeg_make):
    wide = ffmpeg_make(tmp_path / "banner.png", "-f", "lavfi", "-i", "color=c=red:s=9000x16", "-frames:v", "1")
    with pytest.raises(MediaError, match="9000x16 pixels"):
        probe(wide)


def test_truncated_mp4_gets_its_real_duration(tmp_path, ffmpeg_make):
    whole = ffmpeg_make(tmp_path / "whole.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30:d=6",
                        "-c:v", "libx264", "-preset", "ultrafast", "-g", "15", "-movflags", "+faststart")
    cut = tmp_path / "cut.mp4"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    assert probe(whole).duration == 6
    assert probe(cut).duration < 5


@pytest.mark.parametrize("path,reason", [
    ("/etc/shadow", "system or device file"),
    ("/dev/zero", "system or device file"),
    ("http://127.0.0.1:9/clip.mp4", "URL"),
    ("concat:/tmp/a.mp4|/tmp/b.mp4", "URL"),
    ("pipe:0", "URL"),
])
def test_import_media_refuses_non_files(tmp_path, path, reason):
    session = Session.create(tmp_path / "p")
    with pytest.raises(OperationError, match=reason):
        session.apply([{"op": "import_media", "asset": fake_asset(path)}])
    assert session.project.media == {}


def test_op_import_media_probes_the_file(tmp_path, av_file):
    project = tmp_path / "p"
    Session.create(project)
    text = tmp_path / "notes.mp4"
    text.write_text("not a video\n" * 50)
    result = cli("op", str(project), json.dumps({"op": "import_media", "asset": fake_asset(str(text))}))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Cannot use notes.mp4" in result.stderr
    # a real file is imported with what the probe measured, not what the caller claimed (10 s, 320x240)
    result = cli("op", str(project), json.dumps({"op": "import_media", "asset": fake_asset(str(av_file))}))
    assert result.returncode == 0, result.stderr
    asset = next(iter(Session.open(project).project.media.values()))
    assert (asset.width, asset.height) == (160, 90) and float(asset.duration) == pytest.approx(2, abs=0.1)


def test_thumbnail_never_fetches_a_url(tmp_path):
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        from editor_app.ui.media_cache import extract_thumbnail, load_peaks

        crafted = MediaAsset(id="m1", name="bait", path=f"http://127.0.0.1:{server.server_port}/bait.mp4", kind="video",
                             duration=5, fps=30, has_video=True, has_audio=True)
        with pytest.raises(RuntimeError, match="URL"):
            extract_thumbnail(crafted, tmp_path / "cache")
        with pytest.raises(RuntimeError, match="URL"):
            load_peaks(crafted, tmp_path / "cache")
    finally:
        server.shutdown()
    assert requests == []


def test_variable_frame_rate_source_is_announced_and_conformed(tmp_path, ffmpeg_make):
    slow = ffmpeg_make(tmp_path / "a.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=10:d=2", "-c:v", "libx264",
                       "-preset", "ultrafast")
    fast = ffmpeg_make(tmp_path / "b.mp4", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30:d=2", "-c:v", "libx264",
                       "-preset", "ultrafast")
    listing = tmp_path / "list.txt"
    listing.write_text(f"file '{slow}'\nfile '{fast}'\n")
    vfr = ffmpeg_make(tmp_path / "phone.mp4", "-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy")
    project = tmp_path / "p"
    Session.create(project)
    result = cli("import", str(project), str(vfr))
    assert result.returncode == 0, result.stderr
    assert "variable frame rate" in result.stderr and "editor-app conform" in result.stderr
    result = cli("conform", str(project), "m1")
    assert result.returncode == 0, result.stderr
    asset = Session.open(project).project.media["m1"]
    assert not asset.variable_frame_rate and asset.fps == 30 and Path(asset.path).parent == project / "media"
    assert not probe(asset.path).variable_frame_rate
