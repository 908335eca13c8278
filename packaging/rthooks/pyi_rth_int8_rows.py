"""Bundle runtime hook: safetensors tensors stored as int8 rows read back as float32.

packaging/int8_rows.py stores WordLlama's token table as int8 rows (NAME) with a float32 scale
per row (NAME.row_scale). ``safetensors.safe_open`` is wrapped at start-up (importing safetensors
costs a few ms; a lazy import hook broke PyInstaller's frozen importer): ``get_tensor(NAME)``
gives ``int8 * scale`` as float32 and the scale tensors are hidden from ``keys()``. Files
without scales read as before.
"""

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


try:  # the package and its Rust extension only (no numpy): about 10 ms at start-up
    import safetensors
except ImportError:  # a bundle without safetensors has nothing to read back
    pass
else:
    _wrap(safetensors)
