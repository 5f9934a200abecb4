def index_minimum(list_of_tuples):
    return list_of_tuples[min(range(len(list_of_tuples)), key=lambda i: list_of_tuples[i][1])][0]
