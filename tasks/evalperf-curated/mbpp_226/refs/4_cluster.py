def odd_values_string(input_str):
    return ''.join([input_str[i] for i in range(0, len(input_str), 2)])
