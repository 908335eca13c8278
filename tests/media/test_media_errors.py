from pathlib import Path

import pytest

from editor_app.media import errors
from editor_app.media.errors import MediaError, reason_from_ffmpeg
from editor_app.media.importer import build_asset
from editor_app.media.probe import probe


def _error(path: Path) -> MediaError:
    with pytest.raises(MediaError) as info:
        probe(path)
    err = info.value
    assert str(err).startswith(f"Cannot use {path.name}: ")
    assert err.path.name == path.name
    return err


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp4"
    path.write_bytes(b"")
    assert _error(path).reason == errors.EMPTY


def test_truncated_mp4(tmp_path: Path, av_file: Path) -> None:
    data = av_file.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    err = _error(cut)
    assert err.reason == errors.INCOMPLETE_MP4
    assert "incomplete or damaged" in str(err)


def test_text_renamed_mp4(tmp_path: Path) -> None:
    path = tmp_path / "notes.mp4"
    path.write_text("these are my notes, not a video\n" * 10)
    assert _error(path).reason == errors.NOT_MEDIA


def test_missing_path(tmp_path: Path) -> None:
    assert _error(tmp_path / "nowhere.mov").reason == errors.MISSING


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.mp4"
    folder.mkdir()
    assert _error(folder).reason == errors.DIRECTORY


def test_no_streams(tmp_path: Path) -> None:
    # An ffmetadata file parses as a container with no streams.
    path = tmp_path / "meta.txt"
    path.write_text(";FFMETADATA1\ntitle=nothing here\n")
    assert _error(path).reason == errors.NO_STREAMS


def test_build_asset_raises_media_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.mp4"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(MediaError, match=r"^Cannot use bad\.mp4: "):
        build_asset(path)


@pytest.mark.parametrize(
    ("stderr", "expected"),
    [
        ("[in#0] moov atom not found\nError opening input: Invalid data found when processing input", errors.INCOMPLETE_MP4),
        ("Error opening input: Invalid data found when processing input", errors.NOT_MEDIA),
        ("[vist#0:0] Decoder (codec av2) not found for input stream #0:0", "its codec (av2) is not supported by the bundled ffmpeg"),
        ("Error opening input: Permission denied", errors.PERMISSION),
        ("something nobody has seen before", None),
    ],
)
def test_reason_mapping(stderr: str, expected: str | None) -> None:
    assert reason_from_ffmpeg(stderr) == expected
