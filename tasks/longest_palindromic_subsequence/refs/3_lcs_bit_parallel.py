def longest_palindromic_subsequence(s: str) -> int:
    # LCS(s, reversed s) with the bit-parallel row update (Allison-Dix / Hyyro):
    # the zero bits of `row` mark where the LCS length increases along s.
    n = len(s)
    if n == 0:
        return 0
    positions: dict[str, int] = {}
    for i, ch in enumerate(s):
        positions[ch] = positions.get(ch, 0) | (1 << i)
    mask = (1 << n) - 1
    row = mask
    for ch in reversed(s):
        u = row & positions[ch]
        row = ((row + u) | (row - u)) & mask
    return n - row.bit_count()
