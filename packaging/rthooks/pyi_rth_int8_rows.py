"""Bundle runtime hook: safetensors tensors stored as int8 rows read back as float32.

packaging/int8_rows.py stores WordLlama's token table as int8 rows (NAME) with a float32 scale
per row (NAME.row_scale). ``safetensors.safe_open`` is wrapped right after safetensors is first
imported (start-up imports nothing): ``get_tensor(NAME)`` gives ``int8 * scale`` as float32 and
the scale tensors are hidden from ``keys()``. Files without scales read as before.
"""

import sys

_SCALE = ".row_scale"


def _wrap(module) -> None:
    real = module.safe_open

    class _Rows:
        def __init__(self, *args, **kwargs) -> None:
            self._inner = real(*args, **kwargs)
            self._file = None

        def __enter__(self):
            self._file = self._inner.__enter__()
            return self

        def __exit__(self, *exc):
            return self._inner.__exit__(*exc)

        @property
        def _open(self):
            return self._file if self._file is not None else self._inner

        def keys(self):
            return [k for k in self._open.keys() if not k.endswith(_SCALE)]

        def get_tensor(self, name):
            tensor = self._open.get_tensor(name)
            if name + _SCALE in self._open.keys():
                import numpy as np

                tensor = tensor.astype(np.float32) * self._open.get_tensor(name + _SCALE).astype(np.float32)[:, None]
            return tensor

        def __getattr__(self, name):
            return getattr(self._open, name)

    module.safe_open = _Rows


class _Loader:
    def __init__(self, real) -> None:
        self._real = real

    def create_module(self, spec):
        return self._real.create_module(spec)

    def exec_module(self, module) -> None:
        self._real.exec_module(module)
        _wrap(module)

    def __getattr__(self, name):
        return getattr(self._real, name)


class _PatchSafetensors:
    """A meta path finder that only wraps the loader of ``safetensors`` itself, once."""

    def find_spec(self, name, path=None, target=None):
        if name != "safetensors":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None and spec.loader is not None:
                spec.loader = _Loader(spec.loader)
                return spec
        return None


sys.meta_path.insert(0, _PatchSafetensors())
