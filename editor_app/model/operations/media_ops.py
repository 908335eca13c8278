"""Swap the file behind a media item, keeping its id (clips keep pointing at it).

Why: a variable-frame-rate recording drifts at cut points; the fix is a constant-rate
copy that every clip should use instead. The media layer makes and probes the copy;
this operation only records the swap, undoably.
"""

from __future__ import annotations

from typing import Literal

from editor_app.model.media_paths import media_path_problem
from editor_app.model.operations.base import Operation, OperationError, capture, get_media
from editor_app.model.project import MediaAsset, Project


class ReplaceMediaFile(Operation):
    """Point a media item at another (probed) file of the same kind: a constant-rate copy, a relinked file."""

    op: Literal["replace_media_file"] = "replace_media_file"
    media_id: str
    asset: MediaAsset

    def validate(self, project: Project) -> None:
        current = get_media(project, self.media_id)
        problem = media_path_problem(self.asset.path)
        if problem:
            raise OperationError(problem)
        if self.asset.kind != current.kind:
            raise OperationError(f"media {self.media_id} is {current.kind}; the new file is {self.asset.kind}")

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        current = project.media[self.media_id]
        keep = {"id": current.id, "name": current.name, "description": current.description, "tags": current.tags,
                "transcript": current.transcript}
        project.media[self.media_id] = self.asset.model_copy(update=keep)
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Use {self.asset.path} for media {self.media_id}"
