def amicable_numbers_sum(limit):
    def sum_divisors(n) :
        result = 1
        i = 2
        while i <= n**0.5 :
            if (n % i == 0) :
                if (i == (n/i)) :
                    result = result + i
                else :
                    result = result + (i + n//i)
            i = i + 1
        return result
    
    total = 0
    for i in range(1, limit+1):
        divisor_sum = sum_divisors(i)
        if sum_divisors(divisor_sum) == i and divisor_sum != i:
            total += i
            
    return total
