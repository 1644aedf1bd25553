"""The pure core: instruments, sessions, scoring, persistence. Never imports Textual."""
