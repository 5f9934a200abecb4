import doctest
def remove_all_spaces(s):
    """
    Remove all whitespaces from a string.
    >>> remove_all_spaces('python  program')
    'pythonprogram'
    >>> remove_all_spaces('  start  end  ')
    'startend'
    """
    return s.replace(' ', '')
