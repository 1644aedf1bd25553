"""The evaluation session: its model, its TOML form, the recovery file of unsaved work, and
the consensus of several evaluators' sessions."""
