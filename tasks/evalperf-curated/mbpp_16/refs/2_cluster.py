def text_lowercase_underscore(input_string):
    if not isinstance(input_string, str):
        return False
    parts = input_string.split('_')
    for part in parts:
        if not part.islower():
            return False
    return True
