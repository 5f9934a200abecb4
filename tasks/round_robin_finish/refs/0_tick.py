from collections import deque


def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    # Advance the clock one time unit at a time.
    left = list(bursts)
    finish = [0] * len(bursts)
    queue = deque(range(len(bursts)))
    t = 0
    used = 0
    while queue:
        p = queue[0]
        left[p] -= 1
        used += 1
        t += 1
        if left[p] == 0:
            finish[p] = t
            queue.popleft()
            used = 0
        elif used == quantum:
            queue.append(queue.popleft())
            used = 0
    return finish
