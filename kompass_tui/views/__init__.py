"""Rich renderables of reports, comparisons and the profile chart, for the terminal."""
