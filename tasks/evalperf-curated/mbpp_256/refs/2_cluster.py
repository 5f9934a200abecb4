def count_Primes_nums(n):
    count = 0
    for i in range(2, n):
        if all(i % j != 0 for j in range(2, int(i**0.5)+1)):
            count += 1
    return count
