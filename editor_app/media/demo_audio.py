"""Deterministic synthetic audio for the demo project: speech-like voice, music, ambience.

Everything is numpy with a fixed seed, written as 16-bit WAV with the standard library,
so the demo needs no downloads and sounds the same on every machine.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 48000


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    """Float samples in [-1, 1], shape (n,) or (n, channels), to a 16-bit PCM WAV."""
    data = np.clip(samples, -1.0, 1.0)
    if data.ndim == 1:
        data = data[:, None]
    pcm = (data * 32767.0).round().astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(pcm.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def _ramp_envelope(n: int, attack: int, release: int) -> np.ndarray:
    env = np.ones(n)
    a, r = min(attack, n // 2), min(release, n // 2)
    if a:
        env[:a] = np.linspace(0.0, 1.0, a)
    if r:
        env[n - r :] = np.linspace(1.0, 0.0, r)
    return env


def speech_like(duration: float, segments: list[tuple[float, float]], seed: int = 7, rate: int = RATE) -> np.ndarray:
    """A voice-like signal inside ``segments`` (seconds) and room tone (~-60 dBFS) elsewhere.

    A gliding fundamental (110-170 Hz) with falling harmonics and two vowel-like formant
    bumps, chopped into syllables of 0.12-0.3 s (about 4-5 per second) with short word
    pauses (< 0.3 s, so a silence detector with min 0.5 s never splits a sentence).
    """
    rng = np.random.default_rng(seed)
    n = int(round(duration * rate))
    out = rng.normal(0.0, 0.001, n)  # room tone, far below a -35 dB threshold
    for start, end in segments:
        i0, i1 = int(round(start * rate)), int(round(end * rate))
        length = i1 - i0
        t = np.arange(length) / rate
        f0 = 140 + 25 * np.sin(2 * np.pi * 0.35 * t + rng.uniform(0, 6)) + 10 * np.sin(2 * np.pi * 1.7 * t)
        phase = 2 * np.pi * np.cumsum(f0) / rate
        formant_a, formant_b = rng.uniform(500, 800), rng.uniform(1100, 1900)
        voice = np.zeros(length)
        for k in range(1, 16):
            freq = k * 140
            weight = (1.0 / k) * (1 + 1.5 * np.exp(-((freq - formant_a) / 250) ** 2) + np.exp(-((freq - formant_b) / 350) ** 2))
            voice += weight * np.sin(k * phase)
        voice += rng.normal(0.0, 0.08, length)  # breath
        env = np.zeros(length)
        pos = 0
        while pos < length:
            syllable = int(rng.uniform(0.12, 0.3) * rate)
            piece = min(syllable, length - pos)
            env[pos : pos + piece] = rng.uniform(0.55, 1.0) * _ramp_envelope(piece, int(0.02 * rate), int(0.04 * rate))
            pos += piece
            if rng.random() < 0.18:  # a pause between words
                pos += int(rng.uniform(0.08, 0.25) * rate)
            else:
                pos += int(0.015 * rate)
        env = np.maximum(env, 0.12 * _ramp_envelope(length, int(0.02 * rate), int(0.02 * rate)))
        voice *= env * _ramp_envelope(length, int(0.01 * rate), int(0.01 * rate))
        out[i0:i1] += 0.5 * voice / np.max(np.abs(voice))
    return out


def _note(freq: float, t: np.ndarray) -> np.ndarray:
    return np.sin(2 * np.pi * freq * t) + 0.3 * np.sin(4 * np.pi * freq * t) + 0.1 * np.sin(6 * np.pi * freq * t)


def music(duration: float = 70.0, bpm: int = 96, seed: int = 11, rate: int = RATE) -> np.ndarray:
    """A calm four-chord loop (C - Am - F - G) with bass, kick, hats and an arpeggio; stereo."""
    rng = np.random.default_rng(seed)
    n = int(round(duration * rate))
    left, right = np.zeros(n), np.zeros(n)
    beat = 60.0 / bpm
    chords = [(261.63, 329.63, 392.00), (220.00, 261.63, 329.63), (174.61, 220.00, 261.63), (196.00, 246.94, 293.66)]
    bar = int(round(4 * beat * rate))
    for index, start in enumerate(range(0, n, bar)):
        length = min(bar, n - start)
        t = np.arange(length) / rate
        chord = chords[index % 4]
        pad_env = _ramp_envelope(length, int(0.4 * rate), int(0.3 * rate))
        pad = sum(_note(f, t) for f in chord) * pad_env * 0.06
        bass = np.zeros(length)
        arp_l, arp_r = np.zeros(length), np.zeros(length)
        for b in range(8):  # eighth notes
            s = int(b * beat / 2 * rate)
            if s >= length:
                break
            e = min(length, s + int(beat / 2 * rate))
            tt = np.arange(e - s) / rate
            pluck = np.exp(-tt * 6)
            if b % 2 == 0:
                bass[s:e] += 0.22 * np.sin(2 * np.pi * chord[0] / 2 * tt) * pluck
            note = chord[b % 3] * (2 if b >= 4 else 1)
            tone = 0.07 * _note(note, tt) * np.exp(-tt * 9)
            (arp_l if b % 2 else arp_r)[s:e] += tone
            (arp_r if b % 2 else arp_l)[s:e] += 0.4 * tone
        drums = np.zeros(length)
        for b in range(4):
            s = int(b * beat * rate)
            if s >= length:
                break
            k = min(length - s, int(0.25 * rate))
            tk = np.arange(k) / rate
            if b in (0, 2):
                drums[s : s + k] += 0.45 * np.sin(2 * np.pi * (50 + 90 * np.exp(-tk * 30)) * tk) * np.exp(-tk * 14)
            h0 = s + int(beat / 2 * rate)
            h = min(length - h0, int(0.05 * rate))
            if h > 0:
                noise = rng.normal(0, 1, h + 1)
                drums[h0 : h0 + h] += 0.05 * np.diff(noise) * np.exp(-np.arange(h) / rate * 80)
        left[start : start + length] += pad + bass + drums + arp_l
        right[start : start + length] += pad + bass + drums + arp_r
    stereo = np.stack([left, right], axis=1)
    stereo *= _ramp_envelope(n, int(1.0 * rate), int(3.0 * rate))[:, None]
    return 0.7 * stereo / np.max(np.abs(stereo))


def waves_ambience(duration: float, seed: int = 5, rate: int = RATE) -> np.ndarray:
    """Quiet surf: brown-ish noise swelling every ~6 s, around -30 dBFS."""
    rng = np.random.default_rng(seed)
    n = int(round(duration * rate))
    noise = rng.normal(0, 1, n)
    smooth = np.convolve(noise, np.ones(24) / 24, mode="same")
    t = np.arange(n) / rate
    swell = 0.5 + 0.5 * np.sin(2 * np.pi * t / 6.0) ** 2
    signal = smooth * swell * _ramp_envelope(n, int(0.3 * rate), int(0.3 * rate))
    return 0.03 * signal / np.max(np.abs(signal))
