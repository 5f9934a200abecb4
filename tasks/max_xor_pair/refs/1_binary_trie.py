def max_xor_pair(values: list[int]) -> int:
    # Binary trie over the bits (most significant first). Before inserting x, walk the trie
    # preferring the opposite bit at every level to find the best partner among earlier values.
    if len(values) < 2:
        return 0
    width = max(values).bit_length()
    root: list = [None, None]
    best = 0
    for idx, x in enumerate(values):
        if idx:
            node = root
            cur = 0
            for b in range(width - 1, -1, -1):
                want = (x >> b & 1) ^ 1
                if node[want] is not None:
                    cur |= 1 << b
                    node = node[want]
                else:
                    node = node[want ^ 1]
            if cur > best:
                best = cur
        node = root
        for b in range(width - 1, -1, -1):
            bit = x >> b & 1
            if node[bit] is None:
                node[bit] = [None, None]
            node = node[bit]
    return best
