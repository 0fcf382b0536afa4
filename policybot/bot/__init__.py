"""Wiring: configuration, the CLI, the Application builder and the offline Bot API emulator."""
