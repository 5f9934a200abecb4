def longest_palindrome_substring(text: str) -> str:
    """Return the longest contiguous substring of text that reads the same backwards.

    If several substrings share the maximum length, return the one that starts
    first (leftmost). Characters are compared exactly (case-sensitive). The empty
    string gives "".

    >>> longest_palindrome_substring("xabacdcx")
    'aba'
    >>> longest_palindrome_substring("abccbd")
    'bccb'
    """
