"""Measurement of the bot, never a part of how it answers.

``questions`` scores a question set (``corpus/questions/*.jsonl``) through the same path as the
chat and ``policybot ask``. Nothing here may be imported by ``knowledge/``, ``handlers/``,
``scheduler/`` or ``bot/``: an answer that depended on the measurement would measure nothing.
"""
