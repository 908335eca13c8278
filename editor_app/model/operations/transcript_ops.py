"""Set a media item's word-level transcript (speech to text, or a loaded transcript file).

A typed operation rather than a field of UpdateMedia: the words come with the language and
the model that made them, segments are derived from the words here (one place), and the
journal records which model wrote the transcript, so undo puts back exactly what was there.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from pydantic import Field

from editor_app.model.operations.base import Operation, OperationError, get_media
from editor_app.model.project import Project, TranscriptSegment, TranscriptWord
from editor_app.model.transcript import segments_from_words, word_problems


class SetTranscript(Operation):
    """Replace a media item's transcript with timed words (segments are derived from them)."""

    op: Literal["set_transcript"] = "set_transcript"
    media_id: str
    words: list[TranscriptWord] = Field(default_factory=list, description="Words in source seconds, in order.")
    language: str | None = None
    model: str | None = Field(None, description="What made it, e.g. 'faster-whisper tiny.en'.")
    segments: list[TranscriptSegment] | None = Field(
        None, description="Lines; derived from the words when omitted (give them for a transcript without words).")

    def validate(self, project: Project) -> None:
        asset = get_media(project, self.media_id)
        duration = float(Fraction(asset.duration)) if asset.duration is not None else None
        problems = word_problems(self.words, duration)
        if problems:
            raise OperationError(f"the transcript for {asset.name} is not usable: {'; '.join(problems)}")

    def apply(self, project: Project) -> Operation:
        old = project.media[self.media_id]
        # the inverse holds only this media's transcript, not a snapshot of every media (compact journal)
        inverse = SetTranscript(media_id=self.media_id, words=list(old.words), language=old.transcript_language,
                                model=old.transcript_model, segments=list(old.transcript))
        words = tuple(self.words)
        segments = tuple(self.segments) if self.segments is not None else segments_from_words(words)
        project.media[self.media_id] = project.media[self.media_id].model_copy(update={
            "words": words,
            "transcript": segments,
            "transcript_language": self.language,
            "transcript_model": self.model,  # set with no words: transcribed, and nobody speaks
        })
        return inverse

    def describe(self, project: Project | None = None) -> str:
        asset = project.media.get(self.media_id) if project is not None else None
        name = asset.name if asset is not None else self.media_id
        if not self.words and not self.segments:
            return f"Clear the transcript of '{name}'" if not self.model else f"Mark '{name}' as having no speech"
        count = f"{len(self.words)} words" if self.words else f"{len(self.segments or [])} lines"
        by = f" by {self.model}" if self.model else ""
        return f"Set the transcript of '{name}' ({count}{by})"
