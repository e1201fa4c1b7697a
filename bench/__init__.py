"""Benchmarks: each measures a product path against a bare baseline in the same run."""
