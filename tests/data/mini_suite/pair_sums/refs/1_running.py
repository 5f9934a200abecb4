def pair_sums(values: list[int]) -> int:
    prefixes = [0]
    for v in values:
        prefixes.append(prefixes[-1] + v)
    total = 0
    for i in range(len(values)):
        total = total + prefixes[i] * values[i]
    return total
