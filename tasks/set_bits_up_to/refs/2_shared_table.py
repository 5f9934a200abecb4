from itertools import accumulate


def set_bits_up_to(limits: list[int]) -> list[int]:
    # One prefix-sum table up to the largest limit serves every query: O(max + q).
    if not limits:
        return []
    table = list(accumulate(map(int.bit_count, range(max(limits) + 1))))
    return [table[limit] for limit in limits]
