def covered_at_least_k(intervals: list[list[int]], k: int) -> int:
    # Events as single ints (start at x -> 2x + 1, end at x -> 2x) so one plain int sort
    # orders them; then only the moments where the depth crosses k matter.
    events = []
    push = events.append
    for s, e in intervals:
        push(s << 1 | 1)
        push(e << 1)
    events.sort()
    total = 0
    depth = 0
    opened = 0
    for v in events:
        if v & 1:
            depth += 1
            if depth == k:
                opened = v >> 1
        else:
            if depth == k:
                total += (v >> 1) - opened
            depth -= 1
    return total
