"""Speech-to-text engines: local faster-whisper (the default) and an OpenAI-compatible server.

Both take 16 kHz mono samples and give the same ``Recognized`` result (timed words, language,
the model's name), so refinement, caching and the project see one shape whatever made it.
Engines are small frozen dataclasses: they pickle into the worker process as they are.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.media.speech.models import CATALOG, DEFAULT_MODEL, ModelUnavailable, local_path, model_info

Progress = Callable[[float], None]  # fraction done, 0..1
Cancelled = Callable[[], bool]

# Whisper writes "um"/"uh" only when the prompt shows them (README of testdata/speech).
FILLER_PROMPTS = {
    "en": "So, um, I was, uh, thinking that, um, we could, uh, go.",
    "de": "Also, ähm, ich habe, äh, gedacht, dass wir, ähm, gehen.",
    "fr": "Alors, euh, je pensais, euh, qu'on pourrait, hum, y aller.",
    "es": "Bueno, eh, estaba, este, pensando que, eh, podríamos ir.",
    "nl": "Dus, eh, ik dacht, uhm, dat we, eh, konden gaan.",
}


class TranscriptionCancelled(RuntimeError):
    """The user cancelled; nothing was stored."""


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass
class Recognized:
    """What an engine heard: words in source seconds, the language and who made it."""

    words: list[Word]
    language: str | None
    model: str
    segments: list[tuple[float, float, str]] = field(default_factory=list)  # only when there are no words


@dataclass(frozen=True)
class LocalEngine:
    """faster-whisper on the CPU (CTranslate2, int8), from a packaged or downloaded model; never downloads."""

    model: str = DEFAULT_MODEL
    threads: int = 2
    compute_type: str = "int8"
    beam_size: int = 5

    @property
    def name(self) -> str:
        return f"faster-whisper {self.model}"

    def check(self) -> None:
        """Raise ModelUnavailable (one sentence) when the model is not on this computer."""
        model_info(self.model)
        if local_path(self.model) is None:
            raise ModelUnavailable(f"the {self.model} speech model is not downloaded yet; run "
                                   f"`editor-app transcribe --download {self.model}` (needs the network once) "
                                   f"or use the built-in {DEFAULT_MODEL}")

    def load(self):
        from faster_whisper import WhisperModel

        self.check()
        return WhisperModel(str(local_path(self.model)), device="cpu", compute_type=self.compute_type,
                            cpu_threads=self.threads, local_files_only=True)

    def recognize(self, samples: np.ndarray, progress: Progress | None = None, cancelled: Cancelled | None = None,
                  language: str | None = None, loaded=None) -> Recognized:
        model = loaded if loaded is not None else self.load()
        duration = len(samples) / 16000 or 1.0
        if CATALOG[self.model].english_only:
            language = "en"
        elif language is None:
            language = model.detect_language(samples)[0]
        segments, info = model.transcribe(
            samples, language=language, word_timestamps=True, beam_size=self.beam_size,
            initial_prompt=FILLER_PROMPTS.get(language or "", None), condition_on_previous_text=False,
            vad_filter=False)
        words: list[Word] = []
        for segment in segments:  # a generator: decoding happens as we iterate
            if cancelled is not None and cancelled():
                raise TranscriptionCancelled("transcription was cancelled")
            for w in segment.words or ():
                text = w.word.strip()
                if text:
                    words.append(Word(float(w.start), float(max(w.start, w.end)), text, float(w.probability)))
            if progress is not None:
                progress(min(1.0, segment.end / duration))
        return Recognized(words, info.language, self.name)


@dataclass(frozen=True)
class ApiEngine:
    """An OpenAI-compatible ``/v1/audio/transcriptions`` server (verbose_json with word times).

    The caller (CLI, app service) resolves the URL and key from the provider settings; this
    layer only speaks the protocol. Servers that give no word times still give segments.
    """

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    timeout: float = 300.0
    max_retries: int = 2

    @property
    def name(self) -> str:
        return f"api {self.model}"

    def check(self) -> None:
        if not self.base_url or not self.model:
            raise ModelUnavailable("transcription through a server needs its URL and a transcription model "
                                   "(provider settings)")

    def load(self):
        return None

    def recognize(self, samples: np.ndarray, progress: Progress | None = None, cancelled: Cancelled | None = None,
                  language: str | None = None, loaded=None) -> Recognized:
        import openai

        self.check()
        client = openai.OpenAI(base_url=self.base_url, api_key=self.api_key or "not-needed",
                               timeout=self.timeout, max_retries=self.max_retries)
        extra = {"language": language} if language else {}
        try:
            resp = client.audio.transcriptions.create(
                model=self.model, file=("speech.mp3", _upload_bytes(samples)), response_format="verbose_json",
                timestamp_granularities=["word", "segment"], **extra)
        except openai.APIConnectionError as exc:
            raise ModelUnavailable(f"could not reach the transcription server at {self.base_url} ({exc})") from None
        except openai.APIStatusError as exc:
            raise ModelUnavailable(f"the transcription server at {self.base_url} answered {exc.status_code}: "
                                   f"{exc.message}") from None
        finally:
            client.close()
        if progress is not None:
            progress(1.0)
        return _from_verbose_json(resp, self.name)


def _get(obj, key, default=None):
    return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)


def _from_verbose_json(resp, name: str) -> Recognized:
    words = [Word(float(_get(w, "start", 0.0)), float(max(_get(w, "start", 0.0), _get(w, "end", 0.0))),
                  str(_get(w, "word", "")).strip()) for w in (_get(resp, "words") or [])]
    words = [w for w in words if w.text]
    segments = [(float(_get(s, "start", 0.0)), float(_get(s, "end", 0.0)), str(_get(s, "text", "")).strip())
                for s in (_get(resp, "segments") or [])]
    if not segments and not words and _get(resp, "text"):
        segments = [(0.0, float(_get(resp, "duration", 0.0) or 0.0), str(_get(resp, "text")).strip())]
    language = _get(resp, "language")
    return Recognized(words, _language_code(language), name, [s for s in segments if s[2]] if not words else [])


_LANGUAGE_NAMES = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "dutch": "nl", "italian": "it"}


def _language_code(language: str | None) -> str | None:
    if not language:
        return None
    return _LANGUAGE_NAMES.get(language.lower(), language.lower())


MAX_UPLOAD_BYTES = 25 * 1024 * 1024  # OpenAI's cap; a 48 kbit/s mono MP3 holds about 70 minutes


def _upload_bytes(samples: np.ndarray) -> bytes:
    """Mono 16 kHz 48 kbit/s MP3 of the samples: small enough to upload, plenty for speech."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-f", "f32le", "-ar", "16000", "-ac", "1", "-i", "pipe:0",
           "-c:a", "libmp3lame", "-b:a", "48k", "-f", "mp3", "pipe:1"]
    result = subprocess.run(cmd, input=samples.astype("<f4").tobytes(), capture_output=True, check=False)
    if result.returncode != 0 or not result.stdout:
        tail = (result.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        raise ModelUnavailable(f"could not compress the audio for upload: {tail}")
    if len(result.stdout) > MAX_UPLOAD_BYTES:
        minutes = len(samples) / 16000 / 60
        raise ModelUnavailable(f"the audio ({minutes:.0f} min) is too long to send to a transcription server in one "
                               f"request (the limit is 25 MB); use the local model instead")
    return result.stdout


Engine = LocalEngine | ApiEngine
