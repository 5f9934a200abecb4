def anagram_window_count(text: str, pattern: str) -> int:
    """Count the positions i where text[i:i + len(pattern)] is a rearrangement of pattern.

    A window matches when it holds exactly the same characters as pattern, each the
    same number of times (case-sensitive). Overlapping windows are all counted.
    pattern is non-empty; if it is longer than text the answer is 0.

    >>> anagram_window_count("cbaebabacd", "abc")
    2
    >>> anagram_window_count("aaaa", "aa")
    3
    """
