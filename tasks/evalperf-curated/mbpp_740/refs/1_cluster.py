def tuple_to_dict(t):
    if len(t) % 2 != 0:
        raise ValueError("The tuple length must be even.")
    
    result = {}
    for i in range(0, len(t), 2):
        key, value = t[i], t[i+1]
        result[key] = value
    return result
