def get_max_sum(n):
    # Using a lookup table for memoization
    sum_array = [0, 1]

    # Iterating over the range and filling up the lookup table
    for i in range(2, n+1):
        sum_array.append(max(sum_array[int(i/2)] + sum_array[int(i/3)] + sum_array[int(i/4)] + sum_array[int(i/5)], i))

    # Returning the maximum sum possible
    return sum_array[n]
