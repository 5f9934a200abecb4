def get_total_number_of_sequences(m, n):
    from functools import lru_cache

    @lru_cache(maxsize=None)
    def count_sequences(current_length, previous):
        if current_length == n:
            # If we've reached the desired length, count this as a valid sequence
            return 1
        total = 0
        # The next number must be at least twice the previous and <= m
        next_min = 2 * previous
        for next_num in range(next_min, m + 1):
            total += count_sequences(current_length + 1, next_num)
        return total

    total_sequences = 0
    # Start the sequence with any number from 1 to m
    for start in range(1, m + 1):
        total_sequences += count_sequences(1, start)
    return total_sequences
