from typing import Counter
def same_chars(s0: str, s1: str) -> bool:
    """
    Check if two words have the same characters.
    
    Args:
    s0 (str): The first string.
    s1 (str): The second string.
    
    Returns:
    bool: True if both strings have the same characters, False otherwise.
    
    Examples:
    >>> same_chars('eabcdzzzz', 'dddzzzzzzzddeddabc')
    True
    >>> same_chars('abcd', 'dddddddabc')
    True
    >>> same_chars('dddddddabc', 'abcd')
    True
    >>> same_chars('eabcd', 'dddddddabc')
    False
    >>> same_chars('abcd', 'dddddddabce')
    False
    >>> same_chars('eabcdzzzz', 'dddzzzzzzzddddabc')
    False
    """
    counter0 = Counter(s0)
    counter1 = Counter(s1)
    return set(counter0.keys()) == set(counter1.keys())
