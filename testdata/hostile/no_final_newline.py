if True:
    print('no newline')