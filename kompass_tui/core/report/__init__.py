"""Reports of a session: the report model and its Markdown form. Never imports Rich or Textual."""
