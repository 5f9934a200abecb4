def set_bits_up_to(limits: list[int]) -> list[int]:
    # Still every number of every query, but popcounts via int.bit_count inside C-level map/sum.
    return [sum(map(int.bit_count, range(limit + 1))) for limit in limits]
