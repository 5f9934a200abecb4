def run_length_encode(text: str) -> str:
    """Run-length encode a string of lower-case letters.

    `text` consists of the letters 'a' to 'z' only and may be empty. Split it into maximal
    runs of one repeated letter; write each run as its length in decimal followed by the
    letter, and concatenate these pieces in order.

    >>> run_length_encode("aaabcc")
    '3a1b2c'
    >>> run_length_encode("zzzzzzzzzzzz")
    '12z'
    """
