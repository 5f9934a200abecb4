_TABLE = str.maketrans("ACGT", "TGCA")


def reverse_complement(strand: str) -> str:
    # One C-level pass with str.translate and one reversing slice.
    return strand.translate(_TABLE)[::-1]
