"""What every stage shares, and nothing else: the exception tree, exact money, the frozen
records a seed describes, writing files atomically, a graph's version, where the package's
data lies, the words for relations and money bases in Chinese and English, and how a long
command shows its progress.

Imports nothing of govkg outside this package.
"""
