"""Benchmarks print figures and are run by hand (see the README); pytest skips them."""

collect_ignore_glob = ["bench_*.py"]
