def parse_int_csv(text: str) -> list[int]:
    # Character by character, building each number arithmetically.
    out = []
    if not text:
        return out
    val = 0
    neg = False
    for ch in text:
        if ch == ",":
            out.append(-val if neg else val)
            val = 0
            neg = False
        elif ch == "-":
            neg = True
        else:
            val = val * 10 + (ord(ch) - 48)
    out.append(-val if neg else val)
    return out
