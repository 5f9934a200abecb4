from itertools import accumulate


def subarrays_with_sum(values: list[int], target: int) -> int:
    prefix = [0]
    prefix.extend(accumulate(values))
    count = 0
    # slice i..j-1 sums to prefix[j] - prefix[i]
    for j in range(1, len(prefix)):
        count += prefix[:j].count(prefix[j] - target)
    return count
