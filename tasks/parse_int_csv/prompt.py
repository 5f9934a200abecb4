def parse_int_csv(text: str) -> list[int]:
    """Parse a line of comma-separated integers.

    `text` holds integers separated by single commas, with no spaces; each integer is
    written exactly as str() writes it (an optional '-' then digits, no leading zeros, no
    '+', no '-0'). An empty string holds no integers. Return them as a list in order.

    >>> parse_int_csv("12,-5,0")
    [12, -5, 0]
    >>> parse_int_csv("")
    []
    """
