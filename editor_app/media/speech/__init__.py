"""Speech to text with word timings (filled in below)."""
