"""Fixtures for media tests: small files generated with the bundled ffmpeg, no downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.media.demo_media import generate_demo_media
from editor_app.media.ffmpeg import run_ffmpeg


def _ffmpeg_make(out: Path, *args: str) -> Path:
    """Run ffmpeg with ``args`` writing ``out``; return the path."""
    run_ffmpeg(["-y", *args, str(out)], timeout=120)
    return out


@pytest.fixture(scope="session")
def ffmpeg_make():
    """``ffmpeg_make(out_path, *ffmpeg_args)`` writes a file with the bundled ffmpeg."""
    return _ffmpeg_make


@pytest.fixture
def av_file(tmp_path: Path) -> Path:
    """2 s of 160x90 video at 29.97 fps with a 440 Hz mono tone (H.264 + AAC)."""
    return _ffmpeg_make(
        tmp_path / "clip.mp4",
        "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30000/1001:d=2",
        "-f", "lavfi", "-i", "sine=f=440:d=2",
        "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest",
    )


@pytest.fixture
def gaps_wav(tmp_path: Path) -> Path:
    """6 s of 440 Hz at -6 dBFS with digital silence at 1-2 s, 3.5-4.2 s and 5-6 s."""
    expr = "if(between(t,1,2)+between(t,3.5,4.2)+gt(t,5),0,0.5*sin(2*PI*440*t))"
    return _ffmpeg_make(tmp_path / "gaps.wav", "-f", "lavfi", "-i", f"aevalsrc='{expr}':d=6:s=44100")


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory):
    """The demo media, generated once per test session (about 10 s on 2 cores)."""
    folder = tmp_path_factory.mktemp("demo")
    items = generate_demo_media(folder)
    return folder, items
