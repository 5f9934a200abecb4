def xor_target_subarrays(values: list[int], target: int) -> int:
    # Same identity, with a dict of how often each prefix XOR has been seen so far.
    seen = {0: 1}
    acc = 0
    count = 0
    for v in values:
        acc ^= v
        count += seen.get(acc ^ target, 0)
        seen[acc] = seen.get(acc, 0) + 1
    return count
