def replace_specialchar(input_string):
    # Define the characters to replace and the replacement character
    special_chars = ' ,.'
    replacement = ':'
    
    # Replace each occurrence of special characters with the replacement character
    result_string = ''.join([char if char not in special_chars else replacement for char in input_string])
    
    return result_string
