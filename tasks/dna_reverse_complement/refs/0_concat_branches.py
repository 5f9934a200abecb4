def reverse_complement(strand: str) -> str:
    # Walk backwards by index, choose the partner with an if/elif chain, grow a string.
    out = ""
    for i in range(len(strand) - 1, -1, -1):
        c = strand[i]
        if c == "A":
            out += "T"
        elif c == "T":
            out += "A"
        elif c == "C":
            out += "G"
        elif c == "G":
            out += "C"
        else:
            out += c
    return out
