def most_frequent_kgram(text: str, k: int) -> str:
    """Return the substring of length k that occurs most often in text.

    Occurrences are counted at every start position, so they may overlap. If several
    substrings are equally frequent, return the smallest of them in ordinary string
    order (code point by code point). k >= 1; if k > len(text), return "".

    >>> most_frequent_kgram("abababc", 2)
    'ab'
    >>> most_frequent_kgram("zzyy", 2)
    'yy'
    """
