def second_smallest(numbers):
    # check if the list has less than two elements
    if len(numbers) < 2:
        return None

    # initialize the smallest and second smallest numbers
    smallest = second_smallest_number = float('inf')

    for num in numbers:
        # skip the current number if it is larger than the second smallest number
        if num > second_smallest_number:
            continue
        # update the smallest number if a smaller number is found
        elif num < smallest:
            second_smallest_number = smallest
            smallest = num
        # otherwise update the second smallest number if a smaller number is found
        elif num < second_smallest_number and num != smallest:
            second_smallest_number = num
    
    return second_smallest_number if second_smallest_number != float('inf') else None
