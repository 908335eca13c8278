"""Keyframe index: a video file's packet list (dts, pts, key flag), kept on disk beside the project's caches.

Why: smart render decides where a copy may start and end from every video packet of every
source (``render/smart_scan.py``). Listing them is one stream copy into ``framecrc`` (nothing
decoded), but for a 20-minute 720p talk that is about 1 s of one core at the start of every
export, before any encoder can start, with the other core idle. So the list is made when the
media is imported (in the background) and stored under ``cache/keyframes/``; an export reads
it in milliseconds.

An entry is keyed by the file's absolute path and checked against its size and mtime (ns)
and this module's version: a stale or unreadable entry is rebuilt by scanning (and written
again); with no cache folder, or a missing entry, the export scans as before and writes the
entry for the next one. Writes are atomic (temp file, rename), so a process ended mid-build
leaves no torn entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe

INDEX_VERSION = 1  # bump when what a scan records changes
FOLDER = "keyframes"


@dataclass(frozen=True)
class PacketList:
    """One scan of a file's first video stream: what ``smart_scan`` parses, without the ffmpeg run."""

    path: str
    size: int
    mtime_ns: int
    header: str            # framecrc's '#' lines (time base, codec, dimensions, sample aspect)
    info: str              # ffmpeg's description of the input (up to "Stream mapping:")
    dts: np.ndarray        # int64, decode order
    pts: np.ndarray        # int64, decode order
    key: np.ndarray        # bool, decode order
    from_cache: bool = False

    def packets(self) -> list[tuple[int, int, bool]]:
        """(dts, pts, key) per packet, decode order."""
        return list(zip(self.dts.tolist(), self.pts.tolist(), self.key.tolist()))


def _parse(text: str) -> tuple[str, list[int], list[int], list[bool]]:
    """framecrc text -> its header lines and the packets' dts, pts and key flags."""
    header, dts, pts, keys = [], [], [], []
    for line in text.splitlines():
        if not line:
            continue
        if line.startswith("#"):
            header.append(line)
            continue
        parts = line.split(",")  # int() takes the padding; only the flags need stripping
        if len(parts) < 6:
            continue
        key = True
        for flag in parts[6:]:
            flag = flag.strip()
            if flag.startswith("F=") and int(flag[2:], 16) & 1 == 0:
                key = False
        dts.append(int(parts[1]))
        pts.append(int(parts[2]))
        keys.append(key)
    return "\n".join(header), dts, pts, keys


def scan_packets(path: str | os.PathLike) -> PacketList:
    """Scan ``path`` now (one stream copy of its first video stream; nothing decoded).
    ValueError when ffmpeg cannot read its packets."""
    p = Path(path)
    st = p.stat()
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(p), "-map", "0:v:0", "-c", "copy", "-f", "framecrc", "-"]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if proc.returncode != 0:
        raise ValueError(f"cannot read the packets of {p.name}")
    header, dts, pts, keys = _parse(proc.stdout)
    return PacketList(str(p), st.st_size, st.st_mtime_ns, header, proc.stderr.split("Stream mapping:")[0],
                      np.asarray(dts, dtype=np.int64), np.asarray(pts, dtype=np.int64), np.asarray(keys, dtype=bool))


def entry_path(cache_dir: str | os.PathLike, path: str | os.PathLike) -> Path:
    """Where ``path``'s index lives under ``cache_dir`` (one file per source path)."""
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:24]
    return Path(cache_dir) / FOLDER / f"{digest}.npz"


def read_index(cache_dir: str | os.PathLike, path: str | os.PathLike) -> PacketList | None:
    """The stored index of ``path`` if it is there and still describes the file (None: missing or stale)."""
    entry = entry_path(cache_dir, path)
    try:
        st = Path(path).stat()
        with np.load(entry, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if (meta.get("version") != INDEX_VERSION or meta.get("path") != str(Path(path).resolve())
                    or meta.get("size") != st.st_size or meta.get("mtime_ns") != st.st_mtime_ns):
                return None
            dts, pts, key = data["dts"], data["pts"], data["key"]
    except (OSError, ValueError, KeyError, json.JSONDecodeError):
        return None  # missing, torn or not ours: scan again
    if not (len(dts) == len(pts) == len(key)):
        return None
    return PacketList(str(path), st.st_size, st.st_mtime_ns, meta["header"], meta["info"], dts, pts, key,
                      from_cache=True)


def write_index(cache_dir: str | os.PathLike, scan: PacketList) -> Path:
    """Store ``scan`` atomically; returns the entry's path."""
    entry = entry_path(cache_dir, scan.path)
    entry.parent.mkdir(parents=True, exist_ok=True)
    meta = {"version": INDEX_VERSION, "path": str(Path(scan.path).resolve()), "size": scan.size,
            "mtime_ns": scan.mtime_ns, "header": scan.header, "info": scan.info}
    tmp = entry.with_name(f".{entry.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
    try:
        with open(tmp, "wb") as handle:
            np.savez(handle, meta=np.asarray(json.dumps(meta)), dts=scan.dts, pts=scan.pts, key=scan.key)
        os.replace(tmp, entry)
    finally:
        tmp.unlink(missing_ok=True)
    return entry


_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_builds: list[threading.Thread] = []


def _lock_for(path: str | os.PathLike) -> threading.Lock:
    key = str(Path(path).resolve())
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def packet_list(path: str | os.PathLike, cache_dir: str | os.PathLike | None = None) -> PacketList:
    """``path``'s packets: from ``cache_dir``'s index when it is current, else scanned now (and stored
    there for the next time). An import's background build of the same file is waited for, not
    repeated. ValueError when the file has no readable video packets."""
    if cache_dir is None:
        return scan_packets(path)
    with _lock_for(path):
        found = read_index(cache_dir, path)
        if found is not None:
            return found
        scan = scan_packets(path)
        try:
            write_index(cache_dir, scan)
        except OSError:
            pass  # a read-only cache folder: the scan still serves this export
        return scan


def sound_scan_command(path: str | os.PathLike, adts: Path) -> list[str]:
    """One stream copy of the first sound stream: its packets as ADTS frames (into ``adts``) and every
    packet's pts and duration (framecrc, on stdout): what smart render's sound copy reads."""
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-i", str(path), "-map", "0:a:0", "-c", "copy", "-f",
            "adts", str(adts), "-map", "0:a:0", "-c", "copy", "-f", "framecrc", "-"]


def _sound_files(cache_dir: str | os.PathLike, path: str | os.PathLike) -> tuple[Path, Path]:
    entry = entry_path(cache_dir, path)
    return entry.with_suffix(".aac"), entry.with_suffix(".sound.json")


def read_sound_scan(cache_dir: str | os.PathLike, path: str | os.PathLike) -> tuple[Path, str] | None:
    """The stored sound scan of ``path`` (its ADTS file and ffmpeg's text: framecrc and the input's
    description) if it still describes the file; None when missing or stale."""
    adts, meta_file = _sound_files(cache_dir, path)
    try:
        st = Path(path).stat()
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if (meta.get("version") != INDEX_VERSION or meta.get("path") != str(Path(path).resolve())
                or meta.get("size") != st.st_size or meta.get("mtime_ns") != st.st_mtime_ns
                or meta.get("adts_size") != adts.stat().st_size):
            return None
        return adts, str(meta["text"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_sound_scan(cache_dir: str | os.PathLike, path: str | os.PathLike) -> bool:
    """Scan ``path``'s sound into the cache (ADTS file first, then its description, each renamed into
    place); False when it has no sound ffmpeg can write as ADTS (not AAC: nothing to copy)."""
    adts, meta_file = _sound_files(cache_dir, path)
    adts.parent.mkdir(parents=True, exist_ok=True)
    st = Path(path).stat()
    tag = f"{os.getpid()}.{threading.get_ident()}"
    tmp_adts, tmp_meta = adts.with_name(f".{adts.name}.{tag}.tmp"), meta_file.with_name(f".{meta_file.name}.{tag}.tmp")
    try:
        proc = subprocess.run(sound_scan_command(path, tmp_adts), capture_output=True, text=True, errors="replace")
        if proc.returncode != 0:
            return False
        meta = {"version": INDEX_VERSION, "path": str(Path(path).resolve()), "size": st.st_size,
                "mtime_ns": st.st_mtime_ns, "adts_size": tmp_adts.stat().st_size, "text": proc.stdout + proc.stderr}
        tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
        os.replace(tmp_adts, adts)
        os.replace(tmp_meta, meta_file)
        return True
    finally:
        tmp_adts.unlink(missing_ok=True)
        tmp_meta.unlink(missing_ok=True)


def forget(cache_dir: str | os.PathLike, path: str | os.PathLike) -> None:
    """Remove ``path``'s stored packet list and sound scan (the next export or build scans again)."""
    for stored in (entry_path(cache_dir, path), *_sound_files(cache_dir, path)):
        stored.unlink(missing_ok=True)


def build_index(paths: list[str | os.PathLike], cache_dir: str | os.PathLike, sound: bool = True) -> int:
    """Make or refresh the index of each file (one at a time: import already keeps a core busy), and
    with ``sound`` its sound scan (smart render's sound copy). Returns how many files were scanned;
    a file ffmpeg cannot read is skipped (the export says why)."""
    scanned = 0
    for path in paths:
        with _lock_for(path):
            try:
                if read_index(cache_dir, path) is None:
                    write_index(cache_dir, scan_packets(path))
                    scanned += 1
                if sound and read_sound_scan(cache_dir, path) is None:
                    write_sound_scan(cache_dir, path)
            except (OSError, ValueError):
                continue
    return scanned


def sound_scan(path: str | os.PathLike, cache_dir: str | os.PathLike | None) -> tuple[Path, str] | None:
    """The import's sound scan of ``path`` when it is current (an import's build still running for
    it is waited for); None: the export scans the sound itself."""
    if cache_dir is None:
        return None
    with _lock_for(path):
        return read_sound_scan(cache_dir, path)


def build_in_background(paths: list[str | os.PathLike], cache_dir: str | os.PathLike) -> threading.Thread | None:
    """Start ``build_index`` on a daemon thread (import returns at once); None when there is nothing to do."""
    if not paths:
        return None
    thread = threading.Thread(target=build_index, args=(list(paths), cache_dir), name="keyframe-index", daemon=True)
    with _locks_guard:
        _builds[:] = [t for t in _builds if t.is_alive()]
        _builds.append(thread)
    thread.start()
    return thread


def build_for_media(media: dict, media_ids, cache_dir: str | os.PathLike) -> threading.Thread | None:
    """``build_in_background`` for the videos among ``media_ids`` (a project's ``media`` mapping): what an
    import calls, from the CLI and the window alike."""
    return build_in_background([media[i].path for i in media_ids if i in media and media[i].kind == "video"], cache_dir)


def wait_for_builds(timeout: float | None = None) -> bool:
    """Wait for this process's background builds (benchmarks, a CLI about to exit); True when all ended."""
    with _locks_guard:
        pending = list(_builds)
    for thread in pending:
        thread.join(timeout)
    return not any(t.is_alive() for t in pending)
