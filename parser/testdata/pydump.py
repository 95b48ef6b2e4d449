# pydump.py renders CPython's ast in the s-expression format of parser.Dump,
# so that expected outputs of parser tests can be produced with CPython 3.13:
#   python3.13 parser/testdata/pydump.py file.py
import ast, sys

OPS = {ast.Add:'+',ast.Sub:'-',ast.Mult:'*',ast.MatMult:'@',ast.Div:'/',ast.Mod:'%',ast.Pow:'**',
       ast.LShift:'<<',ast.RShift:'>>',ast.BitOr:'|',ast.BitXor:'^',ast.BitAnd:'&',ast.FloorDiv:'//'}
UOPS = {ast.Invert:'~',ast.Not:'not',ast.UAdd:'+',ast.USub:'-'}
CMPS = {ast.Eq:'==',ast.NotEq:'!=',ast.Lt:'<',ast.LtE:'<=',ast.Gt:'>',ast.GtE:'>=',ast.Is:'is',
        ast.IsNot:'is not',ast.In:'in',ast.NotIn:'not in'}

def gostr(s):
    out = '"'
    for c in s:
        o = ord(c)
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c == '\n': out += '\\n'
        elif c == '\t': out += '\\t'
        elif c == '\r': out += '\\r'
        elif c == '\a': out += '\\a'
        elif c == '\b': out += '\\b'
        elif c == '\f': out += '\\f'
        elif c == '\v': out += '\\v'
        elif o < 0x20 or o == 0x7f: out += '\\x%02x' % o
        elif c.isprintable(): out += c
        elif o < 0x10000: out += '\\u%04x' % o
        else: out += '\\U%08x' % o
    return out + '"'

def gofloat(f):
    r = repr(f)
    if r == 'inf': return '+Inf'
    if r.endswith('.0'): r = r[:-2]
    if 'e' in r:
        m, e = r.split('e')
        if m.endswith('.0'): m = m[:-2]
        sign = '-' if e.startswith('-') else '+'
        e = e.lstrip('+-').lstrip('0') or '0'
        if len(e) < 2: e = '0' + e
        r = m + 'e' + sign + e
    return r

def const(v):
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if v is Ellipsis: return '...'
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return repr(v)
    if isinstance(v, complex): return repr(v.imag) + 'j'
    if isinstance(v, str): return gostr(v)
    if isinstance(v, bytes): return 'b' + gostr(v.decode('latin-1'))
    return repr(v)

def ctx(c):
    if isinstance(c, ast.Store): return ' Store'
    if isinstance(c, ast.Del): return ' Del'
    return ''

def lst(name, xs):
    if not xs: return ''
    return ' ' + (name + '=' if name else '') + '[' + ' '.join(d(x) for x in xs) + ']'

def opt(name, x):
    if x is None: return ''
    return ' ' + (name + '=' if name else '') + d(x)

def args(a):
    s = ' (arguments' + lst('posonly', a.posonlyargs) + lst('', a.args) + opt('vararg', a.vararg) + lst('kwonly', a.kwonlyargs)
    if a.kw_defaults:
        s += ' kwdefaults=[' + ' '.join('_' if x is None else d(x) for x in a.kw_defaults) + ']'
    return s + opt('kwarg', a.kwarg) + lst('defaults', a.defaults) + ')'

def d(n):
    t = type(n).__name__
    if isinstance(n, ast.Module): return '(Module' + ''.join(' ' + d(s) for s in n.body) + ')'
    if isinstance(n, ast.Name): return '(Name %s%s)' % (n.id, ctx(n.ctx))
    if isinstance(n, ast.Constant): return '(Constant %s)' % const(n.value)
    if isinstance(n, ast.BoolOp): s = 'BoolOp ' + ('and' if isinstance(n.op, ast.And) else 'or') + lst('', n.values)
    elif isinstance(n, ast.NamedExpr): s = 'NamedExpr' + opt('', n.target) + opt('', n.value)
    elif isinstance(n, ast.BinOp): s = 'BinOp %s %s %s' % (d(n.left), OPS[type(n.op)], d(n.right))
    elif isinstance(n, ast.UnaryOp): s = 'UnaryOp %s %s' % (UOPS[type(n.op)], d(n.operand))
    elif isinstance(n, ast.Lambda): s = 'Lambda' + args(n.args) + opt('', n.body)
    elif isinstance(n, ast.IfExp): s = 'IfExp' + opt('', n.test) + opt('', n.body) + opt('', n.orelse)
    elif isinstance(n, ast.Dict):
        s = 'Dict' + ''.join(' ' + ('**' if k is None else d(k) + ':') + d(v) for k, v in zip(n.keys, n.values))
    elif isinstance(n, ast.Set): s = 'Set' + lst('', n.elts)
    elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)): s = t + opt('', n.elt) + lst('', n.generators)
    elif isinstance(n, ast.DictComp): s = t + opt('', n.key) + opt('', n.value) + lst('', n.generators)
    elif isinstance(n, ast.comprehension):
        s = 'comprehension' + (' async' if n.is_async else '') + opt('', n.target) + opt('', n.iter) + lst('ifs', n.ifs)
    elif isinstance(n, (ast.Await, ast.Yield, ast.YieldFrom)): s = t + opt('', n.value)
    elif isinstance(n, ast.Compare):
        s = 'Compare ' + d(n.left) + ''.join(' %s %s' % (CMPS[type(o)], d(c)) for o, c in zip(n.ops, n.comparators))
    elif isinstance(n, ast.Call): s = 'Call' + opt('', n.func) + lst('', n.args) + lst('', n.keywords)
    elif isinstance(n, ast.keyword): s = 'keyword ' + (n.arg if n.arg else '**') + opt('', n.value)
    elif isinstance(n, ast.FormattedValue):
        s = 'FormattedValue' + opt('', n.value) + (' !' + chr(n.conversion) if n.conversion != -1 else '') + opt('spec', n.format_spec)
    elif isinstance(n, ast.JoinedStr): s = 'JoinedStr' + lst('', n.values)
    elif isinstance(n, ast.Attribute): s = 'Attribute' + opt('', n.value) + ' ' + n.attr + ctx(n.ctx)
    elif isinstance(n, ast.Subscript): s = 'Subscript' + opt('', n.value) + opt('', n.slice) + ctx(n.ctx)
    elif isinstance(n, ast.Starred): s = 'Starred' + opt('', n.value) + ctx(n.ctx)
    elif isinstance(n, (ast.List, ast.Tuple)): s = t + lst('', n.elts) + ctx(n.ctx)
    elif isinstance(n, ast.Slice): s = 'Slice' + ''.join(' _' if x is None else ' ' + d(x) for x in (n.lower, n.upper, n.step))
    elif isinstance(n, ast.arg): s = 'arg ' + n.arg + opt('', n.annotation)
    elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
        s = t + ' ' + n.name + args(n.args) + lst('', n.body) + lst('decorators', n.decorator_list) + opt('returns', n.returns)
    elif isinstance(n, ast.ClassDef):
        s = 'ClassDef ' + n.name + lst('bases', n.bases) + lst('keywords', n.keywords) + lst('', n.body) + lst('decorators', n.decorator_list)
    elif isinstance(n, ast.Return): s = 'Return' + opt('', n.value)
    elif isinstance(n, ast.Delete): s = 'Delete' + lst('', n.targets)
    elif isinstance(n, ast.Assign): s = 'Assign' + lst('', n.targets) + opt('', n.value)
    elif isinstance(n, ast.AugAssign): s = 'AugAssign' + opt('', n.target) + ' ' + OPS[type(n.op)] + '=' + opt('', n.value)
    elif isinstance(n, ast.AnnAssign):
        s = 'AnnAssign' + opt('', n.target) + opt('', n.annotation) + opt('', n.value) + (' simple' if n.simple else '')
    elif isinstance(n, (ast.For, ast.AsyncFor)): s = t + opt('', n.target) + opt('', n.iter) + lst('', n.body) + lst('else', n.orelse)
    elif isinstance(n, (ast.While, ast.If)): s = t + opt('', n.test) + lst('', n.body) + lst('else', n.orelse)
    elif isinstance(n, (ast.With, ast.AsyncWith)):
        s = t + ''.join(' (withitem ' + d(i.context_expr) + opt('', i.optional_vars) + ')' for i in n.items) + lst('', n.body)
    elif isinstance(n, ast.Raise): s = 'Raise' + opt('', n.exc) + opt('from', n.cause)
    elif isinstance(n, (ast.Try, ast.TryStar)):
        s = 'Try' + lst('', n.body) + lst('', n.handlers) + lst('else', n.orelse) + lst('finally', n.finalbody)
    elif isinstance(n, ast.ExceptHandler): s = 'ExceptHandler' + opt('', n.type) + (' as ' + n.name if n.name else '') + lst('', n.body)
    elif isinstance(n, ast.Assert): s = 'Assert' + opt('', n.test) + opt('', n.msg)
    elif isinstance(n, ast.Import): s = 'Import' + lst('', n.names)
    elif isinstance(n, ast.ImportFrom): s = 'ImportFrom ' + '.' * n.level + (n.module or '') + lst('', n.names)
    elif isinstance(n, ast.alias): s = 'alias ' + n.name + (' as ' + n.asname if n.asname else '')
    elif isinstance(n, ast.Global): s = 'Global ' + ' '.join(n.names)
    elif isinstance(n, ast.Nonlocal): s = 'Nonlocal ' + ' '.join(n.names)
    elif isinstance(n, ast.Expr): s = 'Expr' + opt('', n.value)
    elif isinstance(n, (ast.Pass, ast.Break, ast.Continue)): s = t
    else: s = t
    return '(' + s + ')'

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '-e':
        print(d(ast.parse(sys.argv[2], mode='eval').body))
    else:
        src = open(sys.argv[1]).read() if len(sys.argv) > 1 else sys.stdin.read()
        print(d(ast.parse(src)))
