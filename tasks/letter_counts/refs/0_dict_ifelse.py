def letter_counts(text: str) -> list[int]:
    # Per character: lower-case it, test the range, count in a dict with an if/else.
    counts = {}
    for ch in text:
        c = ch.lower()
        if "a" <= c <= "z":
            if c in counts:
                counts[c] += 1
            else:
                counts[c] = 1
    return [counts.get(c, 0) for c in "abcdefghijklmnopqrstuvwxyz"]
