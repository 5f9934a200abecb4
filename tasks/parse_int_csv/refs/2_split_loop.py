def parse_int_csv(text: str) -> list[int]:
    # str.split does the scanning in C; a Python loop converts the pieces.
    out = []
    if not text:
        return out
    for token in text.split(","):
        out.append(int(token))
    return out
