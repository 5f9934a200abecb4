def disjoint_mask_pairs(masks: list[int]) -> int:
    # Sum over subsets (SOS): after the DP, sub[m] = number of masks that are submasks of m.
    # Each a then has sub[complement of a] partners (itself included when a == 0).
    if not masks:
        return 0
    width = max(masks).bit_length()
    size = 1 << width
    full = size - 1
    sub = [0] * size
    for a in masks:
        sub[a] += 1
    for b in range(width):
        bit = 1 << b
        for m in range(size):
            if m & bit:
                sub[m] += sub[m ^ bit]
    ordered = 0
    for a in masks:
        ordered += sub[full ^ a]
    zeros = sub[0]
    return (ordered - zeros) // 2
