"""Every word kompass says itself, in one catalog: `text(lang, key, **values)`."""
