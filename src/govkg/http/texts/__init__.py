"""The pages' words, one module per area of the site, each a table in Chinese and English.

Data only; :mod:`govkg.http.i18n` merges them into ``MESSAGES`` and chooses the language.
"""
