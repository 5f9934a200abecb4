def remove_kth_element(input_list, k):
    if k < 1 or k > len(input_list):
        raise IndexError("Index out of range")
    
    del input_list[k-1]
    return input_list
input_list = [1,1,2,3,4,4,5,1]
k = 3
