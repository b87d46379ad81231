"""The GraphQL API: strawberry types of the contract, the root query, and execution with
its cost limits and document cache. Thin: every answer comes from ``govkg.answers``.

Stage 4 of the flow. May import the stages below it (core, seed, graph, answers).

base          what every type module shares: enums, Citation, Money, the object budget
node          the Node interface
links         feeds with their costs, cited relations
entities      units, platforms, projects, people, publications
facts         funding lines, indicators, events, documents
nodes         every node type by kind, for ``to_node`` and the schema
moneytypes, spendingtypes, corpustypes   money figures, spending across years, coverage
root, connections, findingtypes   the root Query, its lists' connections, findings
browsetypes, buildruntypes, moneyflowtypes   list filters and facets, build vs run, money flow
cost, documentcache, execute   a document measured, cached, and run
shapes, tokens, rebuild   a new text of a known shape: checked without the rules, built
              from its shape's template instead of parsed
"""
