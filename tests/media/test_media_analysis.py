from pathlib import Path

import numpy as np
import pytest

from editor_app.media.analysis import detect_silences, loudness, speech_from_silences, speech_segments, waveform_peaks
from editor_app.media.errors import MediaError


def test_detect_silences_finds_gaps(gaps_wav: Path) -> None:
    found = detect_silences(gaps_wav, threshold_db=-35, min_silence=0.5)
    expected = [(1.0, 2.0), (3.5, 4.2), (5.0, 6.0)]
    assert len(found) == len(expected)
    for (s, e), (xs, xe) in zip(found, expected):
        assert abs(s - xs) < 0.1 and abs(e - xe) < 0.1


def test_min_silence_filters_short_gaps(gaps_wav: Path) -> None:
    found = detect_silences(gaps_wav, min_silence=0.8)
    assert [round(s) for s, _ in found] == [1, 5]


def test_speech_segments_complement(gaps_wav: Path) -> None:
    segs = speech_segments(gaps_wav, pad=0.1)
    assert len(segs) == 3
    assert segs[0][0] == 0.0 and abs(segs[0][1] - 1.1) < 0.1
    assert abs(segs[1][0] - 1.9) < 0.1 and abs(segs[1][1] - 3.6) < 0.1
    assert abs(segs[2][0] - 4.1) < 0.1 and abs(segs[2][1] - 5.1) < 0.1


def test_speech_from_silences_merges_and_drops() -> None:
    silences = [(1.0, 1.6), (1.65, 3.0), (3.05, 4.0)]
    # 1.6-1.65 is a 50 ms blip: dropped; padding joins nothing else
    assert speech_from_silences(silences, 5.0, pad=0.1, min_speech=0.15) == [(0.0, 1.1), (3.9, 5.0)]
    assert speech_from_silences([(0.0, 5.0)], 5.0) == []
    assert speech_from_silences([], 2.0) == [(0.0, 2.0)]
    # padding that makes neighbours touch merges them
    assert speech_from_silences([(1.0, 1.5)], 3.0, pad=0.3) == [(0.0, 3.0)]


def test_loudness_of_tone(tmp_path: Path, ffmpeg_make) -> None:
    # A 1 kHz sine at half scale: peak -6.02 dBFS; a mono 1 kHz sine reads 3.01 dB below its peak.
    path = ffmpeg_make(tmp_path / "tone.wav", "-f", "lavfi", "-i", "aevalsrc='0.5*sin(2*PI*1000*t)':d=4:s=48000")
    result = loudness(path)
    assert result["integrated_lufs"] == pytest.approx(-9.0, abs=0.5)
    assert result["true_peak_db"] == pytest.approx(-6.0, abs=0.3)
    assert result["lra"] == pytest.approx(0.0, abs=1.0)


def test_loudness_of_silence(tmp_path: Path, ffmpeg_make) -> None:
    path = ffmpeg_make(tmp_path / "quiet.wav", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", "2")
    result = loudness(path)
    assert result["true_peak_db"] is None
    assert result["integrated_lufs"] <= -70


def test_no_audio_is_a_media_error(tmp_path: Path, ffmpeg_make) -> None:
    path = ffmpeg_make(tmp_path / "mute.mp4", "-f", "lavfi", "-i", "color=blue:s=64x36:d=1", "-c:v", "libx264")
    with pytest.raises(MediaError, match="mute.mp4: it has no audio"):
        detect_silences(path)
    with pytest.raises(MediaError, match="no audio"):
        waveform_peaks(path)


def test_waveform_peaks_and_cache(gaps_wav: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    peaks = waveform_peaks(gaps_wav, buckets_per_second=50, cache_dir=cache)
    assert peaks.shape == (300, 2)
    assert peaks.dtype == np.float32
    assert peaks[10, 1] == pytest.approx(0.5, abs=0.02) and peaks[10, 0] == pytest.approx(-0.5, abs=0.02)
    assert np.all(np.abs(peaks[60:95]) < 1e-3)  # 1.2-1.9 s is silent
    files = list(cache.glob("waveform-*.npy"))
    assert len(files) == 1
    # The cached copy is what a second call returns (prove it by altering the cache).
    np.save(files[0], np.full((3, 2), 0.25, dtype=np.float32))
    assert waveform_peaks(gaps_wav, 50, cache_dir=cache).shape == (3, 2)
    # A different bucket rate is a different entry.
    assert waveform_peaks(gaps_wav, 10, cache_dir=cache).shape == (60, 2)
    assert len(list(cache.glob("waveform-*.npy"))) == 2
