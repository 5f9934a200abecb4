def edit_distance(a: str, b: str) -> int:
    """Return the Levenshtein distance between the strings a and b.

    This is the smallest number of single-character edits that turns a into b, where
    an edit is inserting one character, deleting one character, or replacing one
    character by another. Every edit costs 1. Either string may be empty; characters
    are compared exactly (case-sensitive).

    >>> edit_distance("parcel", "parley")
    2
    >>> edit_distance("", "abc")
    3
    """
