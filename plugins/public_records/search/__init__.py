"""The static search index (docs/search.md): the character fold shared with the
browser, the index and its bounded delta, and a Python reference of the query that
search.js runs.

May import: the package root and common/. Never ingest/ or site/: the site hands it
plain search documents.
"""
