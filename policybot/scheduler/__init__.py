"""Deadline reminders: what is due comes from the database; APScheduler only wakes us up."""
