"""Export presets: output size and encoder settings.

Presets are data so the CLI, the UI and the benchmarks name the same settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Preset:
    name: str
    height: int | None  # output height; None keeps the project height
    video: bool
    vcodec_args: tuple[str, ...] = ()
    acodec_args: tuple[str, ...] = ()
    container: str = "mp4"
    cap_to_project: bool = False  # never upscale (draft previews stay small)

    def output_size(self, width: int, height: int) -> tuple[int, int]:
        """Output size keeping the project aspect; even numbers for yuv420p."""
        target = height if self.height is None else self.height
        if self.cap_to_project:
            target = min(target, height)
        out_w = max(2, round(width * target / height / 2) * 2)
        out_h = max(2, round(target / 2) * 2)
        return out_w, out_h


_H264 = ("-c:v", "libx264", "-pix_fmt", "yuv420p")
_AAC = ("-c:a", "aac", "-b:a", "160k")

PRESETS: dict[str, Preset] = {
    "draft": Preset(
        "draft", 480, True,
        _H264 + ("-preset", "ultrafast", "-crf", "30"),
        ("-c:a", "aac", "-b:a", "96k"),
        cap_to_project=True,
    ),
    "720p": Preset("720p", 720, True, _H264 + ("-preset", "veryfast", "-crf", "23"), _AAC),
    "1080p": Preset("1080p", 1080, True, _H264 + ("-preset", "fast", "-crf", "21"), _AAC),
    "wav": Preset("wav", None, False, (), ("-c:a", "pcm_s16le"), container="wav"),
}


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") from None


_CONTAINERS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mp4", ".wav": "wav"}


def preset_for_path(out_path: str, preset: str | None = None) -> str:
    """The preset for ``out_path``: its suffix picks the format unless ``preset`` names one.

    A preset whose container does not match the file name is refused (a WAV inside out.mp4
    helps nobody); raises ValueError with the sentence to show."""
    suffix = Path(out_path).suffix.lower()
    container = _CONTAINERS.get(suffix)
    if container is None:
        raise ValueError(f"cannot tell the format from {suffix or 'a name without extension'!r}: "
                         "name the file .mp4 (video) or .wav (sound only)")
    if preset is None:
        return "wav" if container == "wav" else "draft"
    chosen = get_preset(preset)
    if chosen.container != container:
        want = "a .wav file" if chosen.container == "wav" else "an .mp4 file"
        raise ValueError(f"--preset {preset} writes {want}, but the output is named {Path(out_path).name}; "
                         f"rename the output or choose another preset")
    return preset
