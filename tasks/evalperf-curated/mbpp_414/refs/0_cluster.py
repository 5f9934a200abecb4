def overlapping(sequence1, sequence2):
    for i in sequence1:
        for j in sequence2:
            if i == j:
                return True
    return False
