def tuple_to_dict(tup):
    # Check if the input is a tuple
    if not isinstance(tup, tuple) or len(tup) % 2 != 0:
        raise ValueError("Input must be a tuple of even length")

    return dict(zip(tup[::2], tup[1::2]))
