def reverse_complement(strand: str) -> str:
    # Dictionary lookup per character, collected in a list and joined once.
    partner = {"A": "T", "T": "A", "C": "G", "G": "C", "N": "N"}
    parts = []
    for c in reversed(strand):
        parts.append(partner[c])
    return "".join(parts)
