def odd_values_string(input_string):
    output_string = ''
    for i in range(0, len(input_string), 2):
        output_string += input_string[i]
    return output_string
