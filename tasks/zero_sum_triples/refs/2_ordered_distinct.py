from collections import Counter


def zero_sum_triples(values: list[int]) -> int:
    counts = Counter(values)
    # ordered position triples (repeats allowed) whose values sum to zero
    any_positions = 0
    for a, ca in counts.items():
        for b, cb in counts.items():
            any_positions += ca * cb * counts.get(-a - b, 0)
    # triples reusing one position twice: value a twice and -2a once
    doubled = 0
    for a, ca in counts.items():
        doubled += ca * counts.get(-2 * a, 0)
    same = counts.get(0, 0)
    # inclusion-exclusion: subtract the 3 ways two slots coincide, add back the
    # all-equal triples counted three times, keep only distinct positions
    distinct_ordered = any_positions - 3 * doubled + 2 * same
    return distinct_ordered // 6
