"""Render: export through one ffmpeg filter graph, preview frames, OTIO interchange.

Public API::

    render(project, out_path, preset="draft", progress=None, cancel=None) -> RenderResult
    await render_async(...)
    build_command(project, out_path, preset) -> list[str]
    preview_frame(project, frame, size=(w, h), fmt="rgb") -> numpy array or PNG bytes
"""

from editor_app.render.errors import RenderCancelled, RenderError
from editor_app.render.export import Progress, RenderResult, build_command, render, render_async
from editor_app.render.presets import PRESETS

__all__ = ["PRESETS", "Progress", "RenderCancelled", "RenderError", "RenderResult", "build_command",
           "render", "render_async", "preview_frame"]


def __getattr__(name: str):
    if name == "preview_frame":
        from editor_app.render.preview import preview_frame

        return preview_frame
    raise AttributeError(name)
