"""Sessions kept in git: the merge driver's file merge, its set-up, the history of a file."""
