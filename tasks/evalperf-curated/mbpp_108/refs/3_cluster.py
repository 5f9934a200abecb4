import heapq
def merge_sorted_list(list1, list2, list3):
    # First, sort each input list
    sorted_list1 = sorted(list1)
    sorted_list2 = sorted(list2)
    sorted_list3 = sorted(list3)
    
    # Use heapq.merge to efficiently merge the sorted lists
    merged_list = list(heapq.merge(sorted_list1, sorted_list2, sorted_list3))
    return merged_list
