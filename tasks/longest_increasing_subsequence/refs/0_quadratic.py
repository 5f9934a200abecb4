def longest_increasing_subsequence(values: list[int]) -> int:
    n = len(values)
    # ending[i] = length of the longest increasing subsequence that ends at index i
    ending = [1] * n
    for i in range(n):
        for j in range(i):
            if values[j] < values[i] and ending[j] + 1 > ending[i]:
                ending[i] = ending[j] + 1
    return max(ending, default=0)
