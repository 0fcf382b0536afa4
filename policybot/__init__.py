"""policybot: a Telegram assistant for the staff who carry out local-government quality plans."""

__version__ = "0.1.0"
