import os
import os.path
import os.path as osp
import a.b.c as d
from sys import argv, path as p
from . import sibling
from ..pkg.mod import thing
from math import *
import x, y as z
