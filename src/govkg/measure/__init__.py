"""Measuring a running server: a bounded load test and a ``/health`` probe in a process of
its own. Used by ``benchmarks/`` and the tests; imports nothing else of govkg.
"""
