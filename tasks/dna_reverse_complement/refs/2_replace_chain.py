def reverse_complement(strand: str) -> str:
    # Reverse with a slice, then swap the pairs with C-level str.replace passes, using
    # lower case as the temporary marker, and restore upper case at the end.
    s = strand[::-1]
    s = s.replace("A", "t").replace("T", "a").replace("C", "g").replace("G", "c")
    return s.upper()
