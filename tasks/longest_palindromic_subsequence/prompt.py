def longest_palindromic_subsequence(s: str) -> int:
    """Return the length of the longest subsequence of s that is a palindrome.

    A subsequence keeps the original order of characters but may skip any of them;
    a palindrome reads the same forwards and backwards. Characters are compared
    exactly (case-sensitive). The empty string has answer 0.

    >>> longest_palindromic_subsequence("character")
    5
    >>> longest_palindromic_subsequence("xyz")
    1
    """
