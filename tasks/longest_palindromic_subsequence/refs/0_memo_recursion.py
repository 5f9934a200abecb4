def longest_palindromic_subsequence(s: str) -> int:
    memo: dict[tuple[int, int], int] = {}

    def best(i: int, j: int) -> int:
        # answer for the slice s[i..j] inclusive
        if i > j:
            return 0
        if i == j:
            return 1
        key = (i, j)
        if key in memo:
            return memo[key]
        if s[i] == s[j]:
            result = 2 + best(i + 1, j - 1)
        else:
            result = max(best(i + 1, j), best(i, j - 1))
        memo[key] = result
        return result

    return best(0, len(s) - 1)
