"""The exit codes of `kompass`, one table for every command."""

EXIT_OK = 0
"""Success."""
EXIT_INVALID = 1
"""Invalid input: a file that does not load, a refused action. No file was changed."""
EXIT_USAGE = 2
"""A usage error: unknown option, missing argument, no terminal for the workbench."""
EXIT_CRASHED = 3
"""The workbench ended on an unexpected error; the unsaved work is in the recovery file."""
EXIT_INTERRUPTED = 130
"""Stopped with ctrl+c."""
