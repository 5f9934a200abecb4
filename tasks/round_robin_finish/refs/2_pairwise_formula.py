def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    # Process i finishes in round k_i = ceil(b_i / q). Before that round every process j has
    # run min(b_j, (k_i - 1) q); in round k_i the earlier-indexed processes still alive run
    # their slice first. Sum these contributions over all j for every i.
    q = quantum
    rounds = [(b + q - 1) // q for b in bursts]
    n = len(bursts)
    finish = []
    for i in range(n):
        k = rounds[i]
        done = (k - 1) * q
        t = bursts[i] - done
        for j in range(n):
            b = bursts[j]
            if b <= done:
                t += b
            else:
                t += done
                if j < i:
                    rest = b - done
                    t += rest if rest < q else q
        finish.append(t)
    return finish
