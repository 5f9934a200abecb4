def index_minimum(tuples):
    min_value = min(t[1] for t in tuples)
    for t in tuples:
        if t[1] == min_value:
            return t[0]
