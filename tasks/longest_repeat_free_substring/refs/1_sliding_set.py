def longest_repeat_free_substring(text: str) -> int:
    window = set()
    best = 0
    left = 0
    for right, ch in enumerate(text):
        while ch in window:
            window.remove(text[left])
            left += 1
        window.add(ch)
        if right - left + 1 > best:
            best = right - left + 1
    return best
