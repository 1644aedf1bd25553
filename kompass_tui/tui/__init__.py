"""The workbench: a Textual interface over the core. Imported only when the UI starts."""
