"""Answers: the analyst questions over one graph version (feeds, costs, spending, findings,
review counts, coverage) and ``KnowledgeGraph``, the version with everything built on it.

Stage 3 of the flow. May import ``govkg.core``, ``govkg.seed`` and ``govkg.graph``.
"""
