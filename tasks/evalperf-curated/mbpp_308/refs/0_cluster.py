def large_product(lst1, lst2, k):
    # Sort the first list in descending order
    lst1.sort(reverse=True)
    # Sort the second list in ascending order
    lst2.sort()
    # Use a set to store the products and avoid duplicates
    products = set()
    for num1 in lst1:
        for num2 in lst2:
            products.add(num1 * num2)
            # If the set has more than k elements, remove the smallest one
            if len(products) > k:
                products.remove(min(products))
    # Return a sorted list of the k largest products
    return sorted(products, reverse=True)[:k]
