def large_product(list1, list2, num_products):
    # Combine elements from both lists by creating pairs (a, b) where a is from list1 and b is from list2
    combined_products = [(a, b) for a in list1 for b in list2]

    # Compute the product of each pair and store it as a tuple (product, index)
    product_list = [(a * b, i) for i, (a, b) in enumerate(combined_products)]

    # Sort the list of products in descending order
    product_list.sort(reverse=True)

    # Extract the top num_products products from the sorted list
    largest_products = [product for product, _ in product_list[:num_products]]

    return largest_products
