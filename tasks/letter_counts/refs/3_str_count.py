def letter_counts(text: str) -> list[int]:
    # 26 C-level str.count scans of the lower-cased text.
    low = text.lower()
    return [low.count(c) for c in "abcdefghijklmnopqrstuvwxyz"]
