def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        left = i
        diag = prev[0]
        for j, cb in enumerate(b):
            up = prev[j + 1]
            if ca == cb:
                val = diag
            else:
                val = diag
                if up < val:
                    val = up
                if left < val:
                    val = left
                val += 1
            cur.append(val)
            left = val
            diag = up
        prev = cur
    return prev[-1]
