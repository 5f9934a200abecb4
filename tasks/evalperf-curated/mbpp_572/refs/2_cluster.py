def two_unique_nums(nums):
    """
    Write a python function to remove duplicate numbers from a given number of lists.
    assert two_unique_nums([1,2,3,2,3,4,5]) == [1, 4, 5]
    """
    seen = set()
    result = []
    for num in nums:
        if num not in seen:
            seen.add(num)
            result.append(num)
    
    #To get only the numbers that appear exactly once.  The original prompt was ambiguous
    counts = {}
    for x in nums:
        counts[x] = counts.get(x,0) + 1
    
    final_result = [x for x in result if counts[x] == 1]


    return final_result
