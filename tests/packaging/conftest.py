"""Packaging tests. The real build (marked ``packaging``) runs only with EDITOR_APP_BUILD_TESTS=1:
it takes 5-10 minutes on 2 cores and writes a ~570 MB folder, so CI runs it in its own step.
EDITOR_APP_BUNDLE=dist/editor-app runs the same tests against a build you already have."""
