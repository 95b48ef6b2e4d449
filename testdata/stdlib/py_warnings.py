import sys
import warnings

sys.stderr = sys.stdout


def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1


warnings.warn('plain warning')
warnings.warn('plain warning')
for i in range(2):
    warnings.warn('in a loop', RuntimeWarning)
old()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    old()
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip me please')
warnings.warn('shown', FutureWarning)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1'), end='')
