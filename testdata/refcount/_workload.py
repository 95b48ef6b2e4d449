# Workload for TestShowRefCount (cmd/pyg): everything work() creates is freed when it returns.
import sys
def work(n):
    class Node:
        def __init__(self, v, nxt=None):
            self.v = v
            self.nxt = nxt
    head = None
    for i in range(n):
        head = Node(i, head)
    d = {i: [i, str(i), (i, i), {"k": i}] for i in range(n)}
    s = set(range(n))
    g = (x * 2 for x in range(n))
    l = sorted(g, reverse=True)
    try:
        raise ValueError(n)
    except ValueError as e:
        msg = str(e)
    # Objects Go code makes and drops: swallowed AttributeErrors, bound
    # methods, iterators and generators left unfinished.
    import io
    out = io.StringIO()
    for i in range(n):
        node = Node(i)
        hasattr(node, "missing"), getattr(node, "missing", None), hasattr([], "append")
        try:
            node.missing
        except AttributeError:
            pass
        any([node]), any(x for x in [node, node])
        gen = (x for x in [node, node])
        next(gen)
        print(node.v, file=out, flush=True)
        with out:
            pass
        out = io.StringIO()
    return len(d) + len(s) + len(l)
if len(sys.argv) > 1:
    work(int(sys.argv[1]))
