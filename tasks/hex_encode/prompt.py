def hex_encode(data: list[int]) -> str:
    """Encode a sequence of bytes as a lower-case hexadecimal string.

    Every value in `data` is a byte, 0 <= value <= 255, and becomes exactly two characters
    from '0123456789abcdef' (high nibble first, with a leading zero when needed). The list may
    be empty, giving ''.

    >>> hex_encode([0, 15, 16, 255])
    '000f10ff'
    >>> hex_encode([171])
    'ab'
    """
