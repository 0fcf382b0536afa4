"""Telegram handlers (thin: parse, call the query service, reply) and reply formatting."""
