def interleave_lists(*args):
    interleave_list = []
    for i in range(max(len(arg) for arg in args)):
        for arg in args:
            try:
                interleave_list.append(arg[i])
            except IndexError:
                pass
    return interleave_list
