"""The demo media: one generation per session (session-scoped fixture), many checks."""

from pathlib import Path

import numpy as np
import pytest

from editor_app.media.analysis import detect_silences, loudness
from editor_app.media.demo_media import TALK_SEGMENTS
from editor_app.media.ffmpeg import run_ffmpeg_bytes
from editor_app.media.importer import build_asset
from editor_app.media.probe import probe


def _frame(path: Path, at: float) -> np.ndarray:
    code, data, err = run_ffmpeg_bytes(
        ["-ss", str(at), "-i", str(path), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
    )
    assert code == 0, err
    info = probe(path)
    return np.frombuffer(data, np.uint8).reshape(info.height, info.width, 3).astype(float)


def test_files_and_durations(demo_folder) -> None:
    folder, items = demo_folder
    assert set(items) == {"talk", "beach", "food", "mountains", "music"}
    expected = {"talk": 60, "beach": 8, "food": 6, "mountains": 7, "music": 70}
    for key, item in items.items():
        assert item.path.parent == folder and item.path.exists()
        assert item.description.endswith(".") and item.tags
        assert abs(float(probe(item.path).duration) - expected[key]) < 0.1, key
    talk = probe(items["talk"].path)
    assert (talk.width, talk.height, talk.fps, talk.codec) == (640, 360, 30, "h264")
    assert talk.has_audio and probe(items["music"].path).kind == "audio"
    assert not probe(items["food"].path).has_audio


def test_talk_transcript_sidecar(demo_folder) -> None:
    _, items = demo_folder
    asset = build_asset(items["talk"].path)
    assert [(s.start, s.end) for s in asset.transcript] == [(s, e) for s, e, _ in TALK_SEGMENTS]
    assert asset.transcript[1].text.startswith("First we spent a week at the beach")


def test_silences_match_transcript_gaps(demo_folder) -> None:
    _, items = demo_folder
    found = detect_silences(items["talk"].path, threshold_db=-35, min_silence=0.5)
    gaps = [(a[1], b[0]) for a, b in zip(TALK_SEGMENTS, TALK_SEGMENTS[1:])] + [(58.5, 60.0)]
    assert len(found) == len(gaps), found
    for (s, e), (gs, ge) in zip(found, gaps):
        assert abs(s - gs) < 0.15 and abs(e - ge) < 0.15
    assert sum(1 for s, e in found if e - s >= 1.2 - 0.05) >= 4


def test_talk_and_music_levels(demo_folder) -> None:
    _, items = demo_folder
    talk, music = loudness(items["talk"].path), loudness(items["music"].path)
    assert -26 < talk["integrated_lufs"] < -12
    assert -26 < music["integrated_lufs"] < -10
    assert music["true_peak_db"] < -0.5


def test_broll_dominant_colours(demo_folder) -> None:
    _, items = demo_folder
    beach = _frame(items["beach"].path, 4.0)
    sky, sand = beach[: beach.shape[0] // 2].mean(axis=(0, 1)), beach[beach.shape[0] // 2 :].mean(axis=(0, 1))
    assert sky[2] > sky[0] + 60 and sky[2] > sky[1] + 20  # blue
    assert sand[0] > sand[2] + 50 and sand[1] > sand[2] + 30  # sand yellow
    r, g, b = _frame(items["food"].path, 3.0).mean(axis=(0, 1))
    assert r > 150 and r > g + 50 and g > b  # warm red/orange
    r, g, b = _frame(items["mountains"].path, 3.0).mean(axis=(0, 1))
    assert g > r + 10 and g > b + 5  # green with grey
    talk = _frame(items["talk"].path, 3.0).mean(axis=(0, 1))
    assert talk.max() < 90  # dark studio


def test_broll_moves(demo_folder) -> None:
    _, items = demo_folder
    for key in ("beach", "food", "mountains"):
        a, b = _frame(items[key].path, 0.5), _frame(items[key].path, 5.0)
        assert np.abs(a - b).mean() > 2.0, key


@pytest.mark.parametrize("name", ["talk.mp4", "talk.srt", "music.m4a"])
def test_outputs_are_nonempty(demo_folder, name: str) -> None:
    folder, _ = demo_folder
    assert (folder / name).stat().st_size > 100
