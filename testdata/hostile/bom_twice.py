﻿print('x')
