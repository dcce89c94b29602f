"""Benchmarks: `python -m bench NAME` or `python -m bench all`; one JSON line per figure."""
