def extract_rear(tup):
    # initialize an empty list
    result = []
    # for each string in the tuple
    for string in tup:
        # if the string has more than one character (to avoid IndexErrors)
        if len(string) > 1:
            # append the last character to the result
            result.append(string[-1])
        # if the string has only one character, append it to the result
        else:
            result.append(string)
    # return the final result
    return result
