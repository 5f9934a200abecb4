def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    """Simulate a round-robin CPU scheduler and return when each process finishes.

    Processes 0 .. n-1 all arrive at time 0 and wait in one queue in index order. Process i
    needs bursts[i] >= 1 units of CPU time in total; quantum >= 1. Repeatedly, the process
    at the front of the queue leaves it and runs for `quantum` time units, or until it
    finishes if it needs less than that; if it still needs time afterwards it joins the back
    of the queue. Switching between processes takes no time and the CPU is never idle while
    the queue is not empty. Return the finishing time of every process, in index order (an
    empty list for no processes).

    >>> round_robin_finish([3, 1, 2], 2)
    [6, 3, 5]
    >>> round_robin_finish([5], 3)
    [5]
    """
