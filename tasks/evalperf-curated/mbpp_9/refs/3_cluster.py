def find_Rotations(s):
    # Concatenate the string with itself
    temp = s + s
    
    # Start with a rotation count of 1
    n = 1
    
    # Loop to find the minimum number of rotations to get the same string
    for i in range(1, len(s)):
        # Extract substring from temp to check if it matches the original string
        substring = temp[i:i+len(s)]
        
        # If the substring matches the original string, return the rotation count
        if s == substring:
            return n
        # Increment the rotation count
        n += 1
    
    # If no rotation gives the original string, return the length of the string
    return len(s)
