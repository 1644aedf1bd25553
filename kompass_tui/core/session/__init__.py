"""The evaluation session: its model, its TOML form and the recovery file of unsaved work."""
