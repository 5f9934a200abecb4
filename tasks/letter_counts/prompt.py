def letter_counts(text: str) -> list[int]:
    """Count how often each letter of the English alphabet occurs in a text, ignoring case.

    `text` consists of printable ASCII characters and whitespace and may be empty. Return a
    list of 26 counts: element 0 is the number of 'a' or 'A' characters, element 1 the number
    of 'b' or 'B', ..., element 25 the number of 'z' or 'Z'. Other characters are ignored.

    >>> letter_counts("Abba!")
    [2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    >>> letter_counts("Zz 9")[25]
    2
    """
