def find_Rotations(s):
    # Initialize the number of rotations
    rotations = 1
    
    # Loop until the string is rotated back to its original form
    while rotations < len(s):
        # Rotate the string by one position
        rotated_s = s[rotations:] + s[:rotations]
        
        # Check if the rotated string matches the original string
        if rotated_s == s:
            return rotations
        
        # Increment the number of rotations
        rotations += 1
    
    # If no valid rotation found, return the length of the string
    return len(s)
