def count_divisors(n):
    count = 0
    i = 1
    while i * i <= n:
        if n % i == 0:
            if n // i == i:  # square root is an integer, so the divisor is unique, thus count ++
                count += 1
            else:  # divisor pairs that multiply to form the number, so count += 2
                count += 2
        i += 1
    return count % 2 == 0
