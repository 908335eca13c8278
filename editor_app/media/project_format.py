"""A project format that matches a person's footage, and a note when the first clip does not.

Why: `editor-app new` without settings makes 1920x1080 at 30 fps. A phone clip at 29.97 or a
camera clip at 25 in such a project gets frames repeated or dropped at every second, and a
portrait clip is boxed into a landscape frame; people notice only after the export.
"""

from __future__ import annotations

import shlex
from fractions import Fraction
from pathlib import Path

from editor_app.media.probe import ProbeResult, probe
from editor_app.model.project import MediaAsset

# The rates cameras and phones record at: a variable-rate clip's average snaps to the nearest.
STANDARD_RATES = (Fraction(24000, 1001), Fraction(24), Fraction(25), Fraction(30000, 1001), Fraction(30),
                  Fraction(50), Fraction(60000, 1001), Fraction(60))


def _even(value: int) -> int:
    return max(16, value - value % 2)


def format_like(path: str | Path) -> tuple[Fraction, int, int]:
    """(fps, width, height) of a project made for the video at ``path`` (size as shown, even numbers).

    Raises MediaError for unusable files and ValueError for a file with no picture that moves."""
    info: ProbeResult = probe(path)
    if info.kind != "video" or not info.fps or not info.width or not info.height:
        raise ValueError(f"{Path(path).name} is not a video ({info.kind}); a project made like a clip needs a video clip")
    fps = (info.base_rate or info.fps) if info.variable_frame_rate else info.fps
    if fps not in STANDARD_RATES:
        fps = min(STANDARD_RATES, key=lambda rate: abs(rate - fps))
    return fps, _even(info.width), _even(info.height)


class FormatError(ValueError):
    """A new project's format that cannot be made; ``option`` names what was wrong ("like" or "size")."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.option = option


DEFAULT_FPS = "30"
DEFAULT_SIZE = "1920x1080"


def new_project_format(fps: str | Fraction | None = None, size: str | None = None,
                       like: str | Path | None = None) -> tuple[str | Fraction, int, int]:
    """(fps, width, height) of a new project: given values win, then the ``like`` clip's, then 30 fps 1920x1080.

    The one definition behind `editor-app new --like CLIP` and the window's New project "like this
    clip". Raises FormatError with a sentence for the person (a clip that is not a video, a size
    that is not WIDTHxHEIGHT); the fps is checked when the project's settings are made."""
    from editor_app.media.errors import MediaError

    if like:
        try:
            like_fps, like_w, like_h = format_like(like)
        except (MediaError, ValueError) as exc:
            raise FormatError(str(exc), "like") from None
        fps, size = fps or like_fps, size or f"{like_w}x{like_h}"
    fps, size = fps or DEFAULT_FPS, size or DEFAULT_SIZE
    try:
        width, height = (int(v) for v in str(size).lower().split("x"))
    except ValueError:
        raise FormatError(f"the size must look like 1920x1080, not {size!r}", "size") from None
    return fps, width, height


def _rate_words(fps: Fraction) -> str:
    return f"{float(fps):.3f}".rstrip("0").rstrip(".")


def mismatch_note(asset: MediaAsset, fps: Fraction, width: int, height: int, folder: Path | None = None) -> str | None:
    """A sentence when the first video of a project differs from its rate or shape (None when it fits).
    ``folder``: the project folder, against which a relative media path is read."""
    if asset.kind != "video" or not asset.fps or not asset.width or not asset.height:
        return None
    problems = []
    if asset.fps != fps and not asset.variable_frame_rate:
        problems.append(f"frames will be repeated or dropped ({_rate_words(asset.fps)} fps footage, "
                        f"a {_rate_words(fps)} fps project)")
    if (asset.width > asset.height) != (width > height):
        shape = "portrait" if asset.height > asset.width else "landscape"
        problems.append(f"the {shape} picture will be boxed into a {width}x{height} frame")
    if not problems:
        return None
    source = Path(asset.path) if folder is None else Path(folder) / asset.path
    return (f"{asset.name} does not match this project: {' and '.join(problems)}. A project made for it: "
            f"`editor-app new NEW_FOLDER --like {shlex.quote(str(source))}`")
