"""The web: pages, GraphQL and SPARQL over HTTP, exports, embeds, admin, and the middleware
that bounds every request. Stage 5 of the flow; ``govkg.app`` lists its routes.
"""
