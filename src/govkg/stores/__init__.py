"""Where a graph comes from: a seed directory or RDF file (replaced atomically on reload or
``--watch``), or a remote SPARQL 1.1 store.

Beside the API at stage 4. May import the stages below it (core, seed, graph, answers).
"""
