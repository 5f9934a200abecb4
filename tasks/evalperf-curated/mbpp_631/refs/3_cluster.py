def replace_spaces(input_string: str) -> str:
    # Initialize an empty list to store the transformed characters
    result = []

    # Iterate over each character in the input string
    for char in input_string:
        if char == ' ':
            # Replace space with underscore
            result.append('_')
        elif char == '_':
            # Replace underscore with space
            result.append(' ')
        else:
            # Keep the original character
            result.append(char)

    # Join the list back into a string and return it
    return ''.join(result)
