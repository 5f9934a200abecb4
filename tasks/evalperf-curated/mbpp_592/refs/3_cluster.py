def sum_Of_product(n):
    binomial_coefficients = [0]*(n+1)
    binomial_coefficients[0] = 1
    for i in range(1, n+1):
        for j in range(i, 0, -1):
            binomial_coefficients[j] = binomial_coefficients[j] + binomial_coefficients[j-1]
            
    sum_of_products = 0
    for i in range(1, n+1):
        sum_of_products += binomial_coefficients[i-1]*binomial_coefficients[i]

    return sum_of_products
