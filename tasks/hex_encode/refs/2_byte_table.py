_PAIRS = [format(i, "02x") for i in range(256)]


def hex_encode(data: list[int]) -> str:
    # A precomputed table of all 256 two-character strings: one lookup per byte.
    table = _PAIRS
    return "".join([table[b] for b in data])
