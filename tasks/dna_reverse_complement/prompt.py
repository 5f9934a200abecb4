def reverse_complement(strand: str) -> str:
    """Return the reverse complement of a DNA strand.

    `strand` consists of the upper-case letters 'A', 'C', 'G', 'T' and 'N' (unknown base)
    and may be empty. The reverse complement is the strand read backwards with every base
    replaced by its partner: 'A' <-> 'T', 'C' <-> 'G'; 'N' stays 'N'.

    >>> reverse_complement("AACGN")
    'NCGTT'
    >>> reverse_complement("")
    ''
    """
