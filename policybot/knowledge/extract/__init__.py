"""Turn the text of a plan into structured facts (see ``records`` for the output types)."""
