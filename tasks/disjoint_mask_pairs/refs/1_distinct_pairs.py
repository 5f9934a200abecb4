from collections import Counter


def disjoint_mask_pairs(masks: list[int]) -> int:
    # Group equal masks: O(n + D^2) over the D distinct values instead of O(n^2).
    freq = sorted(Counter(masks).items())
    count = 0
    for i, (a, ca) in enumerate(freq):
        if a == 0:
            count += ca * (ca - 1) // 2
        for b, cb in freq[i + 1:]:
            if a & b == 0:
                count += ca * cb
    return count
