def knapsack_max_value(weights: list[int], values: list[int], capacity: int) -> int:
    n = len(weights)
    memo: dict[tuple[int, int], int] = {}

    def best(i: int, room: int) -> int:
        # best value using items i.. with `room` weight left
        if i == n:
            return 0
        key = (i, room)
        if key in memo:
            return memo[key]
        result = best(i + 1, room)
        if weights[i] <= room:
            take = values[i] + best(i + 1, room - weights[i])
            if take > result:
                result = take
        memo[key] = result
        return result

    return best(0, capacity)
