"""Media timings beside their budgets: demo generation, probe, analysis, waveform peaks.

    .venv/bin/python benchmarks/media_bench.py

Budgets (the baseline column) come from the design: probe < 200 ms for a normal file,
demo media < 20 s on 2 cores. Analysis is compared with real time (60 s of audio).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from editor_app.media.analysis import detect_silences, loudness, waveform_peaks
from editor_app.media.demo_media import generate_demo_media
from editor_app.media.probe import probe


def timed(func, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [("generate_demo_media (640x360)", timed(lambda: generate_demo_media(folder)), 20.0)]
        talk, music = folder / "talk.mp4", folder / "music.m4a"
        rows += [
            ("probe talk.mp4 (60 s, H.264+AAC)", timed(lambda: probe(talk), 5), 0.2),
            ("probe music.m4a (70 s AAC)", timed(lambda: probe(music), 5), 0.2),
            ("detect_silences talk (60 s)", timed(lambda: detect_silences(talk), 3), 60.0),
            ("loudness talk (60 s)", timed(lambda: loudness(talk), 3), 60.0),
            ("waveform_peaks music, no cache", timed(lambda: waveform_peaks(music), 3), 70.0),
            ("waveform_peaks music, cached", timed(lambda: waveform_peaks(music, cache_dir=folder / "c"), 3), 70.0),
        ]
    print(f"{'measure':40} {'seconds':>9} {'budget':>9} {'ratio':>7}")
    for name, seconds, budget in rows:
        print(f"{name:40} {seconds:9.3f} {budget:9.1f} {seconds / budget:7.3f}")


if __name__ == "__main__":
    main()
