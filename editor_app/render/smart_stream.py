"""Start the join while the edges still encode: each edge piece reaches it through a named pipe.

Why: the join (the concat demuxer reading every piece in timeline order, about 4 CPU s on the
cut 20-minute talk, most of it opening and probing 260 entries) used to start only after the
last edge batch ended, with one core idle the whole time. The concat demuxer opens each file
only when it reaches it, so the join can start as soon as the copies and the sound exist: a
copied stretch is read from the picture copy as before, and an edge piece's entry names a FIFO
that blocks the join's open until the piece is finished and written into it. With the edge
batches encoded in timeline order, the join copies the first batches' stretches while the later
ones encode, and after the last edge only the stretches after it are left to join.

The packets are the same: the pieces are the same MP4s, written with their index first
(``movflags=+faststart``) so the MP4 demuxer reads them front to back without seeking, and
ffmpeg orders its muxing by timestamps, not by when a packet arrives
(``tests/render/test_smart_stream.py`` compares a streamed render with the serial join byte for
byte). Without named pipes (Windows) the join runs after the edges, as before.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["PieceWriter", "can_stream"]


def can_stream() -> bool:
    """Whether this system has named pipes (POSIX)."""
    return hasattr(os, "mkfifo")


class PieceWriter:
    """Writes each finished edge piece into its named pipe, in timeline order, as the join opens it.

    ``pieces``: (pipe, file, the batch that writes it, the batch's next piece or None) in the
    join's order; ``ready(batch, next)`` blocks until the file is finished (its batch is done, or
    the batch has started its next piece; False: it failed or the render stopped); ``failed`` is called
    when a piece cannot be written (the join, waiting in its pipe, must then be stopped)."""

    def __init__(self, pieces: list[tuple[Path, Path, int, Path | None]], ready: Callable[[int, Path | None], bool],
                 stop: threading.Event,
                 failed: Callable[[], None] = lambda: None):
        self.pieces, self.ready, self.stop, self.failed = pieces, ready, stop, failed
        self.current: Path | None = None
        self.error: BaseException | None = None
        for pipe, *_rest in pieces:
            os.mkfifo(pipe)
        self.thread = threading.Thread(target=self._run, name="smart-pieces", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            for pipe, file, batch, after in self.pieces:
                if not self.ready(batch, after) or self.stop.is_set():
                    return
                self.current = pipe
                fd = os.open(pipe, os.O_WRONLY)  # blocks until the join opens it (or release() does)
                try:
                    if self.stop.is_set():
                        return
                    _send(fd, file)
                finally:
                    os.close(fd)
        except OSError as exc:  # the join ended early (EPIPE): its own failure says why
            if not self.stop.is_set() and exc.errno != errno.EPIPE:
                self.error = exc
                self.stop.set()
                self.failed()
        finally:
            self.current = None

    def release(self) -> None:
        """Unblock a write waiting for a join that is gone (the render has stopped or ended), and
        wait for the thread."""
        while self.thread.is_alive():
            pipe = self.current
            if pipe is not None:
                try:  # a reader, however brief, lets the blocked open return; the write then fails
                    os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
                except OSError:
                    pass
            self.thread.join(0.02)


def _send(fd: int, file: Path) -> None:
    """Copy ``file`` into the pipe ``fd`` (in the kernel where it can)."""
    with open(file, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        sent = 0
        try:
            while sent < size:
                sent += os.sendfile(fd, src.fileno(), sent, size - sent)
            return
        except AttributeError:
            pass  # no sendfile here
        except OSError as exc:  # sendfile only to sockets on this system
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSOCK, errno.EOPNOTSUPP):
                raise
        src.seek(sent)
        while chunk := src.read(1 << 20):
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
