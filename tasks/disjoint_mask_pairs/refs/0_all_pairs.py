def disjoint_mask_pairs(masks: list[int]) -> int:
    count = 0
    n = len(masks)
    for i in range(n):
        a = masks[i]
        for j in range(i + 1, n):
            if a & masks[j] == 0:
                count += 1
    return count
