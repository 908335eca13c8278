"""Fixtures for render tests: shared tiny media made once with the bundled ffmpeg."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from render_helpers import make_audio, make_video  # noqa: E402


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory) -> Path:
    """Shared source media, made once per session."""
    d = tmp_path_factory.mktemp("media")
    make_video(d / "red.mp4", "red", 4, tone=440)
    make_video(d / "blue.mp4", "blue", 4, tone=660)
    make_video(d / "green.mp4", "green", 2, tone=None)
    make_audio(d / "music.wav", 4, "sine", 220, 0.3)
    make_audio(d / "speech.wav", 4, "noise", amp=0.3)
    return d


