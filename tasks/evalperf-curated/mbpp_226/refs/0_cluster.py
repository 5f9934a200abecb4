def odd_values_string(input_string):
    # initialize an empty string to store the result
    result_string = ''
    # iterate over each character in the input string using enumerate to get both index and character
    for index, char in enumerate(input_string):
        # check if the index is even (since index is 0-based, odd index means even number)
        if index % 2 == 0:
            # add the character to the result string
            result_string += char
    # return the result string
    return result_string
