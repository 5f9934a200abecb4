import heapq


def assign_tellers(arrivals: list[int], durations: list[int], tellers: int) -> list[int]:
    # Idle tellers in a heap by number, busy ones in a heap by (end time, number).
    # Start times never decrease, so a teller moved to the idle heap stays idle for every
    # later customer until it is picked.
    idle = list(range(tellers))
    busy: list[tuple[int, int]] = []
    push, pop = heapq.heappush, heapq.heappop
    result = []
    start = 0
    for a, d in zip(arrivals, durations):
        if a > start:
            start = a
        while busy and busy[0][0] <= start:
            push(idle, pop(busy)[1])
        if not idle:
            start = busy[0][0]
            while busy and busy[0][0] <= start:
                push(idle, pop(busy)[1])
        j = pop(idle)
        push(busy, (start + d, j))
        result.append(j)
    return result
