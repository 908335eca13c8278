"""Packaging tests. The real build (marked ``packaging``) runs only with EDITOR_APP_BUILD_TESTS=1:
it takes 1-2 minutes on 2 cores and writes a ~575 MB folder, so CI runs it in its own step."""
