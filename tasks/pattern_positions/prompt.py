def pattern_positions(text: str, pattern: str) -> list[int]:
    """Return, in increasing order, every index i with text[i:i + len(pattern)] == pattern.

    Occurrences may overlap, and all of them are reported. pattern is non-empty;
    the comparison is exact (case-sensitive). Return [] when there is no occurrence.

    >>> pattern_positions("abababa", "aba")
    [0, 2, 4]
    >>> pattern_positions("hello", "xyz")
    []
    """
