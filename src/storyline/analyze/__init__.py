"""Analyze: pure functions from a `Document` to an `Analysis`. No store, no tracking, no screen."""
