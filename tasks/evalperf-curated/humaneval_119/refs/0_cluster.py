def match_parens(lst):
    '''
    Checks if it's possible to concatenate two strings of parentheses in some order 
    to form a balanced (good) string.

    Args:
    lst (list): A list of two strings, each consisting of '(' or ')' only.

    Returns:
    str: 'Yes' if a balanced string can be formed, 'No' otherwise.
    '''
    def is_balanced(s):
        """Helper function to check if a single string is balanced."""
        return s.count('(') == s.count(')') and all(s[:i+1].count('(') >= s[:i+1].count(')') for i in range(len(s)))

    # Check all permutations of concatenating the two strings
    for s1, s2 in [lst, lst[::-1]]:  # lst and its reverse to cover both orders
        if is_balanced(s1 + s2):
            return 'Yes'
    return 'No'
