"""Runtime hook of the frozen app: a stand-in for PyAV, which the bundle leaves out (~100 MB).

Why: faster-whisper imports ``av`` at import time for its own ``decode_audio``, which this app
never calls: editor_app.media.speech decodes with the bundled ffmpeg and hands the model 16 kHz
samples. The stand-in lets the import succeed and turns any real use into a clear error.
"""

import sys
import types


def _install() -> None:
    if "av" in sys.modules:
        return
    try:
        import importlib.util

        if importlib.util.find_spec("av") is not None:
            return  # a build that does ship PyAV uses it
    except (ImportError, ValueError):
        pass
    module = types.ModuleType("av", "Stand-in: PyAV is not part of this build.")

    def __getattr__(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PyAV (av.{name}) is not part of the editor-app bundle; "
                          "audio is decoded with the bundled ffmpeg instead")

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    module.__path__ = []  # a package to the import system, so `import av.x` fails cleanly
    sys.modules["av"] = module


_install()
