def longest_repeat_free_substring(text: str) -> int:
    best = 0
    n = len(text)
    for start in range(n):
        seen = set()
        end = start
        while end < n and text[end] not in seen:
            seen.add(text[end])
            end += 1
        if end - start > best:
            best = end - start
    return best
