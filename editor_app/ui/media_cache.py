"""Thumbnails and waveforms for the timeline and the media bin, loaded off the UI thread.

Each is computed once per media file in a worker (ffmpeg), kept in memory, and also on
disk under the project's cache folder so reopening a project draws at once. Until a
picture is ready the clip is drawn without it; ``updated`` asks the views to repaint.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from editor_app.media.ffmpeg import run_ffmpeg_bytes
from editor_app.model.project import MediaAsset
from editor_app.ui import workers

log = logging.getLogger(__name__)

THUMB_HEIGHT = 90


def _thumb_file(cache_dir: Path, media: MediaAsset) -> Path:
    try:
        st = os.stat(media.path)
        stamp = f"{st.st_mtime_ns}|{st.st_size}"
    except OSError:
        stamp = "missing"
    key = hashlib.sha1(f"{media.path}|{stamp}|{THUMB_HEIGHT}".encode()).hexdigest()[:20]
    return cache_dir / f"thumb-{key}.png"


def extract_thumbnail(media: MediaAsset, cache_dir: Path | None) -> QImage:
    """One frame a little into the file as a QImage (PNG cached on disk). Runs in a worker."""
    target = _thumb_file(cache_dir, media) if cache_dir is not None else None
    if target is not None and target.exists():
        image = QImage(str(target))
        if not image.isNull():
            return image
    at = 0.0
    if media.kind == "video" and media.duration:
        at = min(1.0, float(media.duration) * 0.1)
    _local_only(media)
    args = ["-v", "error", "-protocol_whitelist", "file", "-ss", f"{at:.3f}", "-i", media.path, "-frames:v", "1",
            "-vf", f"scale=-2:{THUMB_HEIGHT}", "-f", "image2pipe", "-vcodec", "png", "pipe:1"]
    code, data, stderr = run_ffmpeg_bytes(args, timeout=60)
    image = QImage.fromData(data, "PNG") if code == 0 and data else QImage()
    if image.isNull():
        raise RuntimeError(f"no thumbnail for {media.name}: {stderr.strip().splitlines()[-1:] or 'no picture'}")
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp.png")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        except OSError:
            pass
    return image


def _local_only(media: MediaAsset) -> None:
    """A crafted project must not make ffmpeg fetch a URL or read a device for a thumbnail."""
    from editor_app.model.media_paths import media_path_problem

    problem = media_path_problem(media.path)
    if problem:
        raise RuntimeError(f"no picture for {media.name}: {problem}")


def load_peaks(media: MediaAsset, cache_dir: Path | None) -> np.ndarray:
    from editor_app.media.analysis import waveform_peaks

    _local_only(media)

    return waveform_peaks(media.path, buckets_per_second=PEAKS_PER_SECOND, cache_dir=cache_dir)


PEAKS_PER_SECOND = 50


class MediaCache(QObject):
    """Per-media thumbnails (QPixmap) and waveform peaks (numpy), requested lazily."""

    updated = Signal(str)  # media id

    def __init__(self, cache_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self._thumbs: dict[str, QPixmap | None] = {}
        self._peaks: dict[str, np.ndarray | None] = {}
        self._loading: set[tuple[str, str]] = set()

    def thumbnail(self, media: MediaAsset) -> QPixmap | None:
        """The cached picture, or None (and a request in flight) while it loads or when there is none."""
        key = media.id + "|" + media.path
        if key in self._thumbs:
            return self._thumbs[key]
        if media.kind in ("video", "image") and ("thumb", key) not in self._loading:
            self._loading.add(("thumb", key))
            workers.submit(extract_thumbnail, media, self.cache_dir,
                           on_done=lambda img, k=key, mid=media.id: self._thumb_ready(k, mid, img),
                           on_error=lambda exc, k=key, mid=media.id: self._thumb_ready(k, mid, None, exc))
        return None

    def peaks(self, media: MediaAsset) -> np.ndarray | None:
        key = media.id + "|" + media.path
        if key in self._peaks:
            return self._peaks[key]
        if media.has_audio and ("peaks", key) not in self._loading:
            self._loading.add(("peaks", key))
            workers.submit(load_peaks, media, self.cache_dir,
                           on_done=lambda p, k=key, mid=media.id: self._peaks_ready(k, mid, p),
                           on_error=lambda exc, k=key, mid=media.id: self._peaks_ready(k, mid, None, exc))
        return None

    def _thumb_ready(self, key: str, media_id: str, image: QImage | None, error: BaseException | None = None) -> None:
        self._loading.discard(("thumb", key))
        if error is not None:
            log.info("thumbnail failed: %s", error)
        self._thumbs[key] = QPixmap.fromImage(image) if image is not None else None
        self.updated.emit(media_id)

    def _peaks_ready(self, key: str, media_id: str, peaks: np.ndarray | None, error: BaseException | None = None) -> None:
        self._loading.discard(("peaks", key))
        if error is not None:
            log.info("waveform failed: %s", error)
        self._peaks[key] = peaks
        self.updated.emit(media_id)
