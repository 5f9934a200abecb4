def pairwise_hamming_total(values: list[int]) -> int:
    total = 0
    n = len(values)
    for i in range(n):
        for j in range(i + 1, n):
            total += bin(values[i] ^ values[j]).count("1")
    return total
