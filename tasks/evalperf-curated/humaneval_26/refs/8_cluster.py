from typing import List
from collections import Counter
def remove_duplicates(numbers: List[int]) -> List[int]:
    count_map = Counter(numbers)
    non_duplicate_nums = [num for num, count in count_map.items() if count == 1]
    return non_duplicate_nums
