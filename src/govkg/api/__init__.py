"""The GraphQL API: strawberry types of the contract, the root query, and execution with
its cost limits and document cache. Thin: every answer comes from ``govkg.answers``.

Stage 4 of the flow. May import the stages below it (core, seed, graph, answers).
"""
