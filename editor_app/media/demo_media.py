"""Generate the demo project's media with the bundled ffmpeg: no downloads, deterministic.

A 60 s "talking head" with a transcript whose sentence gaps are real silences, three
B-roll clips told apart by their dominant colour (tests decode a frame to check), and a
70 s music bed. Stills are drawn with numpy, animated by ffmpeg (pan, overlays).
"""

from __future__ import annotations

import functools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from editor_app.media import demo_audio
from editor_app.media.ffmpeg import run_ffmpeg

TALK_SEGMENTS: list[tuple[float, float, str]] = [
    (0.0, 8.5, "Hi everyone, welcome back to the channel. Today I want to tell you about my summer."),
    (10.0, 19.0, "First we spent a week at the beach, swimming in the sea and lying on the sand in the sun."),
    (20.5, 30.0, "The food was amazing: fresh fish, grilled vegetables and the best pasta I have ever eaten."),
    (31.5, 41.0, "Then we drove up into the mountains and went hiking on a trail to a glacier lake."),
    (42.2, 50.0, "Getting there was not easy; the train was late and we missed our connection."),
    (51.2, 58.5, "Thanks for watching, subscribe for more travel videos, and see you next week."),
]
TALK_DURATION = 60.0
MUSIC_DURATION = 70.0
BROLL_DURATIONS = {"beach": 8.0, "food": 6.0, "mountains": 7.0}

# Encoder settings fixed so the same inputs give the same bytes (no timestamps, fixed threads).
_X264 = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-g", "60", "-threads", "2"]
_EXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]


@dataclass(frozen=True)
class DemoItem:
    """One generated file with the words an importer would attach to it."""

    path: Path
    name: str
    description: str
    tags: tuple[str, ...]


def _srt_time(seconds: float) -> str:
    millis = int(round(seconds * 1000))
    h, rem = divmod(millis, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def write_srt(path: Path, segments: list[tuple[float, float, str]]) -> None:
    lines = []
    for index, (start, end, text) in enumerate(segments, 1):
        lines += [str(index), f"{_srt_time(start)} --> {_srt_time(end)}", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


# --- stills (numpy, RGB uint8) -------------------------------------------------------


def _gradient(h: int, w: int, top: tuple, bottom: tuple) -> np.ndarray:
    ramp = np.linspace(0.0, 1.0, h)[:, None, None]
    img = (1 - ramp) * np.array(top, float) + ramp * np.array(bottom, float)
    return np.repeat(img, w, axis=1)


def _disc(img: np.ndarray, cx: float, cy: float, rx: float, ry: float, color: tuple) -> None:
    yy, xx = np.ogrid[: img.shape[0], : img.shape[1]]
    img[((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1.0] = color


def _peak(img: np.ndarray, cx: float, top: float, base: float, half_width: float, color: tuple) -> None:
    yy, xx = np.ogrid[: img.shape[0], : img.shape[1]]
    ridge = top + (base - top) * np.abs(xx - cx) / half_width
    img[(yy >= ridge) & (yy <= base)] = color


def _talk_still(w: int, h: int) -> np.ndarray:
    img = _gradient(h, w, (44, 50, 64), (18, 20, 28))
    _disc(img, w * 0.5, h * 1.02, w * 0.2, h * 0.32, (58, 62, 80))  # shoulders
    _disc(img, w * 0.5, h * 0.45, w * 0.075, h * 0.17, (170, 132, 110))  # face
    _disc(img, w * 0.5, h * 0.33, w * 0.08, h * 0.08, (40, 30, 26))  # hair
    return img


def _beach_still(w: int, h: int) -> np.ndarray:
    img = np.zeros((h, w, 3))
    half = h // 2
    img[:half] = _gradient(half, w, (40, 110, 215), (120, 180, 235))  # sky
    img[int(half * 0.82) : half] = (20, 90, 170)  # sea at the horizon
    img[half:] = _gradient(h - half, w, (222, 196, 130), (236, 208, 150))  # sand
    _disc(img, w * 0.2, h * 0.16, h * 0.07, h * 0.07, (255, 236, 150))  # sun
    for cx in (0.45, 0.8, 1.15):
        _disc(img, w * cx, h * 0.2, w * 0.07, h * 0.035, (235, 242, 250))  # clouds
    return img


def _food_still(w: int, h: int) -> np.ndarray:
    img = _gradient(h, w, (190, 60, 30), (150, 40, 25))  # red-orange tablecloth
    for gx in range(0, w, max(8, w // 12)):
        img[:, gx : gx + max(2, w // 100)] = (210, 90, 40)
    _disc(img, w * 0.42, h * 0.52, w * 0.17, h * 0.3, (235, 200, 160))  # plate
    _disc(img, w * 0.42, h * 0.52, w * 0.13, h * 0.23, (225, 110, 30))  # pasta with tomato
    _disc(img, w * 0.78, h * 0.3, w * 0.06, h * 0.1, (240, 150, 40))  # orange
    return img


def _mountains_still(w: int, h: int) -> np.ndarray:
    img = _gradient(h, w, (150, 160, 170), (185, 190, 195))  # overcast sky
    for cx, top, hw in ((0.25, 0.18, 0.3), (0.6, 0.1, 0.35), (0.95, 0.22, 0.3)):
        _peak(img, w * cx, h * top, h * 0.65, w * hw, (110, 115, 120))  # grey rock
        _peak(img, w * cx, h * top, h * (top + 0.08), w * hw * (0.08 / (0.65 - top)), (240, 244, 248))  # snow
    img[int(h * 0.55) :] = _gradient(h - int(h * 0.55), w, (70, 140, 60), (40, 110, 40))  # meadow
    _disc(img, w * 0.7, h * 0.8, w * 0.08, h * 0.04, (90, 150, 190))  # glacier lake
    return img


# --- encoding ------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def drawtext_available() -> bool:
    """drawtext needs a font through fontconfig; some builds or systems lack one."""
    result = run_ffmpeg(
        ["-f", "lavfi", "-i", "color=s=64x32:d=0.04", "-vf", "drawtext=font=Sans:text=T", "-f", "null", "-"],
        check=False,
        timeout=30,
    )
    return result.returncode == 0


def _raw_input(tmp: Path, name: str, img: np.ndarray, fps: int) -> list[str]:
    raw = tmp / f"{name}.rgb"
    raw.write_bytes(np.clip(img, 0, 255).astype(np.uint8).tobytes())
    h, w = img.shape[:2]
    return ["-stream_loop", "-1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-video_size", f"{w}x{h}", "-framerate", str(fps), "-i", str(raw)]


def _speaking(segments: list[tuple[float, float, str]]) -> str:
    return "+".join(f"between(t,{s},{e})" for s, e, _ in segments)


def _make_talk(folder: Path, tmp: Path, w: int, h: int, fps: int) -> None:
    wav = tmp / "talk.wav"
    demo_audio.write_wav(wav, demo_audio.speech_like(TALK_DURATION, [(s, e) for s, e, _ in TALK_SEGMENTS]))
    mouth_w, mouth_h = max(2, w // 24) // 2 * 2, max(2, h // 40) // 2 * 2
    light = max(4, w // 40) // 2 * 2
    graph = (
        f"color=c=black:s={mouth_w}x{mouth_h}:r={fps}[mouth];"
        f"color=c=0xd04040:s={light}x{light}:r={fps}[light];"
        f"[0:v][mouth]overlay=x={(w - mouth_w) // 2}:y='{int(h * 0.53)}+{max(1, h // 90)}*abs(sin(t*9))'"
        f":shortest=1:enable='{_speaking(TALK_SEGMENTS)}'[v1];"
        f"[v1][light]overlay=x='{int(w * 0.82)}+{w // 16}*sin(t*0.8)':y={int(h * 0.12)}:shortest=1"
    )
    if drawtext_available():
        graph += f",drawtext=font=Sans:text=TALK:x={w // 26}:y={h // 18}:fontsize={max(10, h // 13)}:fontcolor=white@0.85"
    graph += "[v]"
    run_ffmpeg(
        ["-y", *_raw_input(tmp, "talk", _talk_still(w, h), fps), "-i", str(wav), "-filter_complex", graph,
         "-map", "[v]", "-map", "1:a", "-t", str(TALK_DURATION), *_X264, "-c:a", "aac", "-b:a", "128k",
         *_EXACT, "-movflags", "+faststart", str(folder / "talk.mp4")],
        timeout=300,
    )
    write_srt(folder / "talk.srt", TALK_SEGMENTS)


def _make_broll(folder: Path, tmp: Path, name: str, img: np.ndarray, w: int, h: int, fps: int, audio: np.ndarray | None) -> None:
    duration = BROLL_DURATIONS[name]
    big_w = img.shape[1]
    speed = (big_w - w) / duration  # pan across the extra width exactly once
    args = ["-y", *_raw_input(tmp, name, img, fps)]
    maps = ["-map", "0:v"]
    if audio is not None:
        wav = tmp / f"{name}.wav"
        demo_audio.write_wav(wav, audio)
        args += ["-i", str(wav)]
        maps += ["-map", "1:a", "-c:a", "aac", "-b:a", "96k"]
    args += ["-vf", f"crop={w}:{h}:x='min({big_w - w},t*{speed:.4f})':y=0", *maps, "-t", str(duration),
             *_X264, *_EXACT, "-movflags", "+faststart", str(folder / f"{name}.mp4")]
    run_ffmpeg(args, timeout=300)


def generate_demo_media(folder: Path, size: tuple[int, int] = (640, 360), fps: int = 30) -> dict[str, DemoItem]:
    """Write talk.mp4 (+ talk.srt), beach.mp4, food.mp4, mountains.mp4 and music.m4a into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    w, h = (int(size[0]) // 2 * 2, int(size[1]) // 2 * 2)
    big_w = (w * 5 // 4) // 2 * 2
    with tempfile.TemporaryDirectory(prefix="demo-media-") as tmp_name:
        tmp = Path(tmp_name)
        _make_talk(folder, tmp, w, h, fps)
        _make_broll(folder, tmp, "beach", _beach_still(big_w, h), w, h, fps, demo_audio.waves_ambience(BROLL_DURATIONS["beach"]))
        _make_broll(folder, tmp, "food", _food_still(big_w, h), w, h, fps, None)
        _make_broll(folder, tmp, "mountains", _mountains_still(big_w, h), w, h, fps, None)
        wav = tmp / "music.wav"
        demo_audio.write_wav(wav, demo_audio.music(MUSIC_DURATION))
        run_ffmpeg(["-y", "-i", str(wav), "-c:a", "aac", "-b:a", "160k", *_EXACT, "-movflags", "+faststart",
                    str(folder / "music.m4a")], timeout=300)
    return {
        "talk": DemoItem(folder / "talk.mp4", "talk", "A person talking to the camera about their summer holiday, with a transcript.", ("talk", "voice", "main", "vlog")),
        "beach": DemoItem(folder / "beach.mp4", "beach", "Sunny beach with blue sea and sand, summer holiday.", ("broll", "beach", "sea", "summer")),
        "food": DemoItem(folder / "food.mp4", "food", "A plate of pasta on a red tablecloth, holiday food.", ("broll", "food", "pasta", "restaurant")),
        "mountains": DemoItem(folder / "mountains.mp4", "mountains", "Grey mountain peaks with snow above a green meadow and a glacier lake.", ("broll", "mountains", "hiking", "nature")),
        "music": DemoItem(folder / "music.m4a", "music", "Calm, upbeat background music with a steady beat and warm chords.", ("music", "background", "calm")),
    }
