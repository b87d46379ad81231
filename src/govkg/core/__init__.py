"""What every stage shares, and nothing else: the exception tree, exact money, the frozen
records a seed describes, writing files atomically, where the package's data lies.

Imports nothing of govkg outside this package.
"""
