"""One sound encoder fed the segments' PCM in timeline order while the segments still render.

Why: the segmented render used to join the segments' PCM and encode the sound (AAC) in one
more ffmpeg after the last segment finished: 2 s of CPU for 50 s of output and a process
start, all on the critical path (7.5 s of a 30 s render of 500 clips at load 12). Here the
encoder starts with the segments and reads raw PCM from a pipe; each segment's samples are
written as soon as it and every segment before it are done, so the sound is encoded beside
the picture and the join only copies streams. The samples are exactly the timeline's count
(padded with silence or cut), and it is still one continuous encode: no priming gap or click
at a segment join.
"""

from __future__ import annotations

import subprocess
import threading
import wave
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.render.child import die_with_parent
from editor_app.render.errors import RenderError, explain_ffmpeg_failure

_BLOCK = 1 << 16  # frames per read


class SoundEncoder:
    """Encode ``count`` WAV files (s16 stereo, in order) into ``out`` as they become ready."""

    def __init__(self, files: list[Path], n_samples: int, rate: int, codec_args: list[str], fmt: str, out: Path,
                 log: Path, procs: list[subprocess.Popen], lock: threading.Lock):
        self.files, self.n_samples, self.out, self.log = files, n_samples, out, log
        self.ready = [threading.Event() for _ in files]
        self.stop = threading.Event()
        self.error: BaseException | None = None
        cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-f", "s16le", "-ar", str(rate),
               "-ac", "2", "-i", "pipe:0", *codec_args, "-ar", str(rate), "-ac", "2", "-f", fmt, str(out)]
        with lock, open(log, "wb") as err:
            self.proc = subprocess.Popen(die_with_parent(cmd), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=err)
            procs.append(self.proc)
        self.thread = threading.Thread(target=self._feed, name="sound-join", daemon=True)
        self.thread.start()

    def done(self, index: int) -> None:
        """Segment ``index`` has finished (or will never run): its PCM may be fed."""
        self.ready[index].set()

    def abandon(self) -> None:
        """Stop feeding (a segment failed or the render was cancelled); the caller kills the encoder."""
        self.stop.set()
        for event in self.ready:
            event.set()

    def _feed(self) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        left = self.n_samples * 4  # s16 stereo
        try:
            for path, ready in zip(self.files, self.ready):
                ready.wait()
                if self.stop.is_set():
                    return
                with wave.open(str(path), "rb") as pcm:
                    if pcm.getnchannels() != 2 or pcm.getsampwidth() != 2:
                        raise RenderError(f"segment sound {path.name} is not 16-bit stereo")
                    while left > 0:
                        block = pcm.readframes(_BLOCK)[:left]
                        if not block:
                            break
                        stdin.write(block)
                        left -= len(block)
            zeros = bytes(4 * _BLOCK)
            while left > 0:  # the timeline's exact sample count, whatever the segments held
                stdin.write(zeros[:left])
                left -= min(left, len(zeros))
        except (OSError, EOFError, wave.Error, RenderError) as exc:
            self.error = exc
        finally:
            try:
                stdin.close()
            except OSError:
                pass

    def finish(self) -> None:
        """Wait for the encoder; raise RenderError if the sound could not be written."""
        self.thread.join()
        code = self.proc.wait()
        if self.error is not None and not isinstance(self.error, BrokenPipeError):
            raise RenderError(f"joining the segments' sound failed: {self.error}")
        if code != 0 or not self.out.exists():
            raise RenderError(explain_ffmpeg_failure(self.log.read_text(errors="replace"), code))
