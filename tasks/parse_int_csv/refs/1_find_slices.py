def parse_int_csv(text: str) -> list[int]:
    # Jump from comma to comma with str.find and convert each slice with int().
    out = []
    if not text:
        return out
    start = 0
    while True:
        end = text.find(",", start)
        if end < 0:
            out.append(int(text[start:]))
            return out
        out.append(int(text[start:end]))
        start = end + 1
