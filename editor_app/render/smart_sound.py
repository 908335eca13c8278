"""Smart render's sound: copy the source's AAC between joins, encode only a short bridge at each join.

Why: encoding the whole sound was a fifth of a smart render's CPU (AAC at 160k costs about
20 ms per second of sound here, 23 CPU s for a 16-minute cut talk), more than anything but
the edges. When the timeline's sound is plain cuts of AAC-LC stereo sources at the project's
sample rate (one audible track, no transition, effect, gain or envelope), the packets between
joins are the source's own and are copied; only a few packets around each join are encoded.

How, and what it costs in exactness: AAC packets are 1024 samples on a fixed grid, so a copied
run can only start where a source packet lands on the output's grid. Each piece's sound is
therefore shifted by at most half a packet (512 samples, 10.7 ms at 48 kHz, against the
picture; lip sync is noticed from about 45 ms) so that its packets fall on the grid, and the
cut between two pieces moves with it. A bridge is encoded from the decoded source samples
(shifted the same way, with the 5 ms join fades the full render applies) plus two packets of
pre-roll and one of post-roll taken from the neighbouring runs' own signal, which are dropped:
the packets either side of a copy/bridge boundary then encode the same waveform, so their
overlapping halves add up with no gap and no click. The first packet of the output is the
encoder's own priming packet; the last packet's duration trims the sound to the exact length.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import IO, Protocol

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.media.keyframe_index import sound_scan
from editor_app.model.project import Project
from editor_app.render.audio import JOIN_FADE_S
from editor_app.render.filters import samples
from editor_app.render.pieces import has_sound, media_of, track_runs
from editor_app.render.smart_sound_scan import FRAME, AudioScan, adts_frames, read_scan, scan_command

PRE, POST = 2, 1  # packets of pre-roll and post-roll an encoded bridge is given, then dropped
MIN_RUN = 4     # a copied run shorter than this is encoded with its bridges


@dataclass(frozen=True)
class SoundPiece:
    """Output samples [out_a, out_b) play ``path`` from stream sample ``src_a`` on (unshifted)."""

    out_a: int
    out_b: int
    path: str
    src_a: int
    fade_in: bool
    fade_out: bool


@dataclass
class SoundPlan:
    pieces: list[SoundPiece]
    total: int            # samples of the timeline
    rate: int

    @property
    def packets(self) -> int:
        """Output packets: the priming packet, then enough to cover every sample."""
        return -(-self.total // FRAME) + 1


def plan_sound(project: Project) -> SoundPlan | str:
    """The timeline's sound as plain pieces of sources (a reason string when it is not plain)."""
    fps, sr = project.fps, project.settings.sample_rate
    audible = [t for t in project.tracks if not t.muted
               and any(c.enabled and has_sound(media_of(project, c)) for c in t.clips)]
    if len(audible) != 1:
        return "more than one track has sound" if audible else "the timeline has no sound"
    track = audible[0]
    if track.volume_db:
        return "the sound track has a gain"
    pieces: list[SoundPiece] = []
    cursor = 0
    for run in track_runs(track):
        if len(run.clips) != 1:
            return "clips are joined by a transition"
        clip = run.clips[0]
        media = media_of(project, clip)
        if media is None or not has_sound(media) or media.kind != "video":
            return "a clip has no sound of a video source"
        if clip.start != cursor:
            return "the sound has a gap"
        if Fraction(clip.speed) != 1 or clip.volume_db or clip.envelope or clip.effects:
            return f"{clip.name or clip.id} changes its sound"
        if media.sample_rate != sr or (media.channels or 2) != 2:
            return f"{media.name}'s sound is not stereo at {sr} Hz"
        total = media.length_frames(fps)
        a, b = samples(clip.start, fps, sr), samples(clip.end, fps, sr)
        pieces.append(SoundPiece(a, b, str(Path(media.path)), int(round(Fraction(clip.source_in) * sr / fps)),
                                 Fraction(clip.source_in) > 0, total is None or clip.source_out < total))
        cursor = clip.end
    if cursor != project.duration or not pieces:
        return "the sound ends before the picture"
    return SoundPlan(pieces, samples(project.duration, fps, sr), sr)


@dataclass(frozen=True)
class Layout:
    """Where each output packet comes from: copied runs and encoded bridges, in order."""

    shifts: list[int]                          # samples each piece's sound is moved (|shift| <= 512)
    cuts: list[int]                            # output sample where piece i ends (moved with its shift)
    copies: list[tuple[int, int, int, str]]    # (j0, j1, k0, path): output packets j0.. are source packets k0..
    bridges: list[tuple[int, int]]             # output packets [j0, j1) encoded


def layout(plan: SoundPlan, scans: dict[str, AudioScan]) -> Layout:
    """Shift each piece onto the packet grid and find the packets it can copy."""
    fade = int(round(JOIN_FADE_S * plan.rate))
    shifts = []
    for p in plan.pieces:
        r = (scans[p.path].first_pts + p.out_a - p.src_a) % FRAME
        shifts.append(-r if r <= FRAME // 2 else FRAME - r)
    cuts = [p.out_b + s for p, s in zip(plan.pieces, shifts)]
    cuts[-1] = plan.total
    copies: list[tuple[int, int, int, str]] = []
    start = 0
    for i, (p, shift) in enumerate(zip(plan.pieces, shifts)):
        scan = scans[p.path]
        lo = start + (fade if p.fade_in else 0)
        hi = cuts[i] - (fade if p.fade_out else 0)
        start = cuts[i]
        # output packet j's window spans [(j - 1) * FRAME, (j + 1) * FRAME); it must lie in [lo, hi)
        ja, jb = -(-lo // FRAME) + 1, hi // FRAME - 1
        offset = p.src_a - p.out_a - shift - scan.first_pts  # stream sample - output sample - first pts
        assert offset % FRAME == 0
        ka = ((ja - 1) * FRAME + offset) // FRAME
        if ka < 1:  # never the stream's first packet: it has no packet before it to overlap
            ja += 1 - ka
            ka = 1
        jb = min(jb, ja + (scan.packets - 1 - ka))  # never the last regular packet either
        if jb - ja >= MIN_RUN:
            copies.append((ja, jb, ka, p.path))
    bridges, cursor = [], 0
    for j0, j1, _k, _p in copies:
        if j0 > cursor:
            bridges.append((cursor, j0))
        cursor = j1
    if cursor < plan.packets:
        bridges.append((cursor, plan.packets))
    return Layout(shifts, cuts, copies, bridges)


def _feeds(plan: SoundPlan, lay: Layout) -> list[tuple[int, int]]:
    """Output samples [x0, x1) fed to the encoder for each bridge: pre-roll, the bridge, post-roll."""
    return [(max(0, (j0 - 1 - PRE) * FRAME), (j1 + POST) * FRAME) for j0, j1 in lay.bridges]


def source_windows(plan: SoundPlan, lay: Layout) -> dict[str, list[tuple[int, int]]]:
    """Stream sample ranges of each source the bridges read (sorted, merged)."""
    wanted: dict[str, list[tuple[int, int]]] = {}
    for x0, x1 in _feeds(plan, lay):
        for i, (a, b) in enumerate(_regions(plan, lay, x0, x1)):
            p, shift = plan.pieces[i], lay.shifts[i]
            if a < b:
                off = p.src_a - p.out_a - shift
                wanted.setdefault(p.path, []).append((max(0, a + off), max(0, b + off)))
    for path, ranges in wanted.items():
        ranges.sort()
        merged = [ranges[0]]
        for a, b in ranges[1:]:
            if a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        wanted[path] = merged
    return wanted


def _regions(plan: SoundPlan, lay: Layout, x0: int, x1: int) -> list[tuple[int, int]]:
    """For each piece, the part of output [x0, x1) it sounds in (empty ranges for the others)."""
    out, start = [], 0
    for cut in lay.cuts:
        out.append((max(x0, start), min(x1, cut)))
        start = cut
    return out


def packet_chains(scan: AudioScan, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Source packets [k0, k1) to decode for ``windows`` (stream samples): each window's packets
    and two before it (the decoder's overlap and a packet to settle), merged where they touch."""
    chains: list[tuple[int, int]] = []
    for a, b in windows:
        k0 = max(0, (a - scan.first_pts) // FRAME - 2)
        k1 = min(scan.packets, -(-(b - scan.first_pts) // FRAME))
        if k1 <= k0:
            continue
        if chains and k0 <= chains[-1][1]:
            chains[-1] = (chains[-1][0], max(chains[-1][1], k1))
        else:
            chains.append((k0, k1))
    return chains


def decode_command(chain: Path, out: Path, rate: int) -> list[str]:
    """Decode an ADTS file of packet chains, float stereo: 1024 samples per packet, none skipped."""
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "aac", "-i", str(chain),
            "-f", "f32le", "-ar", str(rate), "-ac", "2", str(out)]


def decoded_windows(scan: AudioScan, chains: list[tuple[int, int]], pcm: np.ndarray) -> dict[tuple[int, int], np.ndarray]:
    """Stream-sample windows from the decoded chains (each chain's first packet left out: it had
    no packet before it to overlap)."""
    out: dict[tuple[int, int], np.ndarray] = {}
    at = 0
    for k0, k1 in chains:
        n = (k1 - k0) * FRAME
        part = pcm[at:at + n]
        at += n
        keep = 1 if k0 > 0 else 0
        a = scan.first_pts + (k0 + keep) * FRAME
        out[(a, a + len(part) - keep * FRAME)] = part[keep * FRAME:]
    return out


def bridge_pcm(plan: SoundPlan, lay: Layout, windows: dict[str, dict[tuple[int, int], np.ndarray]]) -> bytes:
    """Every bridge's feed laid end to end, f32 stereo: each piece's shifted source with its join fades."""
    fade = int(round(JOIN_FADE_S * plan.rate))
    chunks = []
    for x0, x1 in _feeds(plan, lay):
        buf = np.zeros((x1 - x0, 2), np.float32)
        start = 0
        for i, (a, b) in enumerate(_regions(plan, lay, x0, x1)):
            p, shift = plan.pieces[i], lay.shifts[i]
            region_a, region_b = start, lay.cuts[i]
            start = lay.cuts[i]
            if a >= b:
                continue
            off = p.src_a - p.out_a - shift
            piece = _slice(windows[p.path], a + off, b + off)
            length = region_b - region_a
            f = min(fade, length // 4)
            x = np.arange(a, b)
            gain = np.ones(b - a, np.float32)
            if p.fade_in and f > 0:
                gain = np.minimum(gain, np.clip((x - region_a) / f, 0, 1))
            if p.fade_out and f > 0:
                gain = np.minimum(gain, np.clip((region_b - x) / f, 0, 1))
            buf[a - x0:b - x0] = piece * gain[:, None]
        chunks.append(buf.tobytes())
    return b"".join(chunks)


def _slice(windows: dict[tuple[int, int], np.ndarray], a: int, b: int) -> np.ndarray:
    """Stream samples [a, b) from the decoded windows (zeros before the stream's start)."""
    out = np.zeros((b - a, 2), np.float32)
    for (wa, wb), arr in windows.items():
        lo, hi = max(a, wa), min(b, wb)
        if lo < hi:
            out[lo - a:hi - a] = arr[lo - wa:hi - wa]
    return out


def encode_command(rate: int, codec_args: list[str] | tuple[str, ...], out: Path) -> list[str]:
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "f32le", "-ar", str(rate), "-ac", "2",
            "-i", "pipe:0", *codec_args, "-ar", str(rate), "-ac", "2", "-f", "adts", str(out)]


def assemble(plan: SoundPlan, lay: Layout, frames: dict[str, list[bytes]], encoded: list[bytes], out: Path) -> None:
    """Write the output's packets in order: copied source frames and the bridges' own."""
    packets: list[bytes] = [b""] * plan.packets
    for j0, j1, k0, path in lay.copies:
        packets[j0:j1] = frames[path][k0:k0 + (j1 - j0)]
    fed = 0
    for (j0, j1), (x0, x1) in zip(lay.bridges, _feeds(plan, lay)):
        first = (fed - x0) // FRAME  # encoder packet m' = (fed - x0) / FRAME + j
        packets[j0:j1] = encoded[first + j0:first + j1]
        fed += x1 - x0
    if any(not p for p in packets):
        raise ValueError("the sound's encoder returned fewer packets than the bridges need")
    out.write_bytes(b"".join(packets))


def join_audio_args(plan: SoundPlan) -> list[str]:
    """Bitstream filter for the join: the first packet is priming (pts -1024) and the last one
    ends the sound at the timeline's exact sample count."""
    last = plan.total - (plan.packets - 2) * FRAME
    return ["-bsf:a", f"setts=time_base=1/{plan.rate}:prescale=1:ts=TS-{FRAME}"
                      f":duration=if(eq(N\\,{plan.packets - 1})\\,{last}\\,DURATION)"]


class Runner(Protocol):
    """What render_sound needs of smart render's process runner (CPU recorded per step)."""

    def run(self, kind: str, cmd: list[str], capture: bool = False) -> str: ...

    def stream(self, kind: str, cmd: list[str], feed: bytes | None = None,
               consume: Callable[[IO[bytes]], object] | None = None) -> object: ...


def render_sound(plan: SoundPlan, codec_args: list[str] | tuple[str, ...], work: Path, runner: Runner,
                 cache_dir: str | os.PathLike | None = None) -> Path | str:
    """Copy-and-bridge the sound into ``work``/sound.aac; a reason string when a source cannot be copied.
    ``cache_dir``: the project's cache, where the import stored each source's sound scan (else scanned here)."""
    scans: dict[str, AudioScan] = {}
    for n, path in enumerate(dict.fromkeys(p.path for p in plan.pieces)):
        stored = sound_scan(path, cache_dir)
        if stored is not None:
            adts, text = stored
        else:
            adts = work / f"s{n:04d}.aac"
            text = runner.run("sound scan", scan_command(path, adts), capture=True)
        scan = read_scan(path, adts, text, plan.rate)
        if isinstance(scan, str):
            return scan
        scans[path] = scan
    lay = layout(plan, scans)
    frames = {path: adts_frames(scan.adts) for path, scan in scans.items()}
    windows: dict[str, dict[tuple[int, int], np.ndarray]] = {}
    for n, (path, wanted) in enumerate(source_windows(plan, lay).items()):
        scan = scans[path]
        chains = packet_chains(scan, wanted)
        chain, pcm = work / f"chain{n:04d}.aac", work / f"chain{n:04d}.f32"
        chain.write_bytes(b"".join(f for k0, k1 in chains for f in frames[path][k0:k1]))
        runner.run("sound decode", decode_command(chain, pcm, plan.rate))
        windows[path] = decoded_windows(scan, chains, np.fromfile(pcm, np.float32).reshape(-1, 2))
    bridges = work / "bridges.aac"
    runner.stream("encode bridges", encode_command(plan.rate, codec_args, bridges), feed=bridge_pcm(plan, lay, windows))
    out = work / "sound.aac"
    assemble(plan, lay, frames, adts_frames(bridges), out)
    return out


__all__ = ["SoundPlan", "plan_sound", "render_sound", "join_audio_args", "layout"]
