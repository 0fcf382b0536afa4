"""The knowledge store: models, ingestion, extraction, search and the query service.

Nothing in this package imports Telegram; it can be used from a notebook or the CLI.
"""
