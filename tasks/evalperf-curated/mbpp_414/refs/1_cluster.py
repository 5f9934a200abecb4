def overlapping(seq1, seq2):
    # Check if any element of seq1 is in seq2
    if any(elem in seq2 for elem in seq1):
        return True
    # Check if any element of seq2 is in seq1
    elif any(elem in seq1 for elem in seq2):
        return True
    else:
        return False
