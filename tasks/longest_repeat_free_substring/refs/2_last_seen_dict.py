def longest_repeat_free_substring(text: str) -> int:
    last: dict[str, int] = {}
    best = 0
    left = 0
    for right, ch in enumerate(text):
        previous = last.get(ch, -1)
        if previous >= left:
            left = previous + 1
        last[ch] = right
        if right - left >= best:
            best = right - left + 1
    return best
