from bisect import bisect_right


def knapsack_max_value(weights: list[int], values: list[int], capacity: int) -> int:
    # Keep only the non-dominated (weight, value) pairs of the subsets seen so far
    # (Nemhauser-Ullmann): weights strictly increasing and values strictly increasing.
    # Typically far fewer pairs than capacity + 1 cells.
    fw = [0]
    fv = [0]
    for w, v in zip(weights, values):
        if w > capacity:
            continue
        n1 = len(fw)
        n2 = bisect_right(fw, capacity - w)  # old pairs that can still take this item
        new_w: list[int] = []
        new_v: list[int] = []
        best = -1
        i = j = 0
        while i < n1 or j < n2:
            if j >= n2:
                cw = fw[i]
                cv = fv[i]
                i += 1
            else:
                sw = fw[j] + w
                if i < n1 and fw[i] < sw:
                    cw = fw[i]
                    cv = fv[i]
                    i += 1
                elif i < n1 and fw[i] == sw:
                    cw = sw
                    cv = fv[i]
                    if fv[j] + v > cv:
                        cv = fv[j] + v
                    i += 1
                    j += 1
                else:
                    cw = sw
                    cv = fv[j] + v
                    j += 1
            if cv > best:
                new_w.append(cw)
                new_v.append(cv)
                best = cv
        fw = new_w
        fv = new_v
    return fv[-1]
