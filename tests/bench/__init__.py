"""Benchmarks run by hand (`uv run python -m tests.bench.pipeline`), never collected by pytest."""
