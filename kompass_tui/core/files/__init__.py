"""Files on disk: atomic writes, bounded TOML reading, output targets, names and locks."""
