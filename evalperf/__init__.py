"""evalperf: measure how efficient the code written by language models is."""

__version__ = "0.1.0"
