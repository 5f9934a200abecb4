def extract_quotation(s):
    """
    This function takes a string as input and returns a list of values 
    that are enclosed within quotation marks.
    
    Parameters:
    s (str): The input string to extract values from.
    
    Returns:
    list: A list of extracted values between quotation marks.
    """
    # Initialize an empty list to store the extracted values
    extracted_values = []
    
    # Use a flag to track whether we are currently inside a quotation mark
    in_quotation = False
    
    # Initialize an empty string to build the current value
    current_value = ""
    
    # Iterate over each character in the string
    for char in s:
        # If the character is a quotation mark and we are not inside a quotation mark
        if char == '"' and not in_quotation:
            # Set the flag to True
            in_quotation = True
        # If the character is a quotation mark and we are inside a quotation mark
        elif char == '"' and in_quotation:
            # Set the flag to False and append the current value to the list
            in_quotation = False
            extracted_values.append(current_value)
            current_value = ""
        # If we are inside a quotation mark
        elif in_quotation:
            # Add the character to the current value
            current_value += char
    
    return extracted_values
