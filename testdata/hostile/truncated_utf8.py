print('ok')
x = 'â‚'
