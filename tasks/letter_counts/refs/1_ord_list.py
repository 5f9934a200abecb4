def letter_counts(text: str) -> list[int]:
    # Per character: ord() and two range tests, counting into a 26-slot list.
    counts = [0] * 26
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            counts[o - 97] += 1
        elif 65 <= o <= 90:
            counts[o - 65] += 1
    return counts
