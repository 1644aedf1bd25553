"""Instruments as data: areas, questions and maxima, and where instrument files are found."""
