"""The graph: RDF minted from a seed, the Oxigraph store, the catalog that reads it back as
records, networkx views, the SHACL shapes and the one decision whether a seed is valid.

Stage 2 of the flow. May import ``govkg.core`` and ``govkg.seed``.
"""
