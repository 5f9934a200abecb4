from collections import Counter


def disjoint_mask_pairs(masks: list[int]) -> int:
    # A partner of a must be a submask of its complement: enumerate those submasks with the
    # (s - 1) & comp trick. Over all masks of B bits this is O(3^B) work in total.
    if not masks:
        return 0
    size = 1 << max(masks).bit_length()
    full = size - 1
    cnt = [0] * size
    for a in masks:
        cnt[a] += 1
    ordered = 0
    for a, ca in Counter(masks).items():
        comp = full ^ a
        s = comp
        hits = cnt[0]
        while s:
            hits += cnt[s]
            s = (s - 1) & comp
        ordered += ca * hits
    # Ordered pairs counted every disjoint pair twice, plus each zero paired with itself.
    return (ordered - cnt[0]) // 2
