def large_product(list1, list2, num):
    # Combine the two lists and find the product of all unique combinations
    products = set()
    for i in list1:
        for j in list2:
            products.add(i * j)
    
    # Convert to list and sort in descending order
    products = sorted(list(products), reverse=True)
    
    # Return the first 'num' elements from the sorted list
    return products[:num]
list1 = [1, 2, 3, 4, 5, 6]
list2 = [3, 6, 8, 9, 10, 6]
num = 5
