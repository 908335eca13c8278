"""Media: probing, import, subtitles, audio analysis, demo media (no Qt)."""
