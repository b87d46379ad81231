"""The seed: YAML files read with their lines, fields and records checked, loaded whole.

Stage 1 of the flow (seed → graph → answers → API). May import ``govkg.core`` only.
"""
