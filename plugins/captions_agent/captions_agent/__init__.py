"""An editor-app plugin agent: timed captions from the transcript of the main track's media."""

__version__ = "0.1.0"
