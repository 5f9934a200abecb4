from collections import Counter


def zero_sum_triples(values: list[int]) -> int:
    counts = Counter(values)
    keys = sorted(counts)
    total = 0
    # enumerate value triples a <= b <= c with a + b + c == 0
    for ai, a in enumerate(keys):
        if a > 0:
            break
        ca = counts[a]
        for b in keys[ai:]:
            c = -a - b
            if c < b:
                break
            cc = counts.get(c, 0)
            if not cc:
                continue
            if a == b == c:
                total += ca * (ca - 1) * (ca - 2) // 6
            elif a == b:
                total += ca * (ca - 1) // 2 * cc
            elif b == c:
                total += ca * cc * (cc - 1) // 2
            else:
                total += ca * counts[b] * cc
    return total
