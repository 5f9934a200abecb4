def tuple_to_dict(t):
    it = iter(t)
    return {k: v for k, v in zip(it, it)}
