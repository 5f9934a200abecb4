def longest_repeat_free_substring(text: str) -> int:
    """Return the length of the longest contiguous substring of text with no character twice.

    Characters are compared exactly (case-sensitive; any Unicode character may
    occur). The empty string gives 0.

    >>> longest_repeat_free_substring("abcabcbb")
    3
    >>> longest_repeat_free_substring("aaaa")
    1
    """
