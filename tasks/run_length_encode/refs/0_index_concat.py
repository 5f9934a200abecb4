def run_length_encode(text: str) -> str:
    # Scan every run with an inner index loop and grow the answer with +=.
    out = ""
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] == text[i]:
            j += 1
        out += str(j - i) + text[i]
        i = j
    return out
