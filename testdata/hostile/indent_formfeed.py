if True:
    print('ff')
