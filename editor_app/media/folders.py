"""A folder given to import stands for the media files in it (people point at the card's folder).

Subtitle files are left out (each media file finds its own sidecar), and so are hidden files
and anything that is not media by its name; the caller says which were skipped.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.media.probe import IMAGE_EXTENSIONS

VIDEO_EXTENSIONS = {".mp4", ".mov", ".m4v", ".mkv", ".avi", ".webm", ".mts", ".m2ts", ".3gp", ".mxf", ".mpg", ".mpeg"}
AUDIO_EXTENSIONS = {".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg", ".opus", ".aif", ".aiff", ".wma", ".caf"}
MEDIA_EXTENSIONS = VIDEO_EXTENSIONS | AUDIO_EXTENSIONS | IMAGE_EXTENSIONS


def expand_folders(paths: list[str]) -> tuple[list[str], list[str]]:
    """(files to import, names skipped): each folder becomes its media files, by name, not recursing."""
    files: list[str] = []
    skipped: list[str] = []
    for item in paths:
        folder = Path(item).expanduser()
        if not folder.is_dir():
            files.append(item)
            continue
        for entry in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
            if entry.name.startswith(".") or not entry.is_file():
                continue
            if entry.suffix.lower() in MEDIA_EXTENSIONS:
                files.append(str(entry))
            elif entry.suffix.lower() not in {".srt", ".vtt"}:
                skipped.append(entry.name)
    return files, skipped


def skipped_sentence(skipped: list[str]) -> str:
    """What the CLI prints and the window shows about files a folder held that are not media."""
    many = len(skipped) != 1
    return (f"skipped {len(skipped)} file{'s' if many else ''} that {'are' if many else 'is'} not media: "
            f"{', '.join(skipped)}")
