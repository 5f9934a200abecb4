from collections import deque


def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    # One queue operation per time slice instead of per time unit.
    finish = [0] * len(bursts)
    queue = deque(enumerate(bursts))
    t = 0
    while queue:
        p, need = queue.popleft()
        if need <= quantum:
            t += need
            finish[p] = t
        else:
            t += quantum
            queue.append((p, need - quantum))
    return finish
