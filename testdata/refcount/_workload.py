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
    return len(d) + len(s) + len(l)
if len(sys.argv) > 1:
    work(int(sys.argv[1]))
