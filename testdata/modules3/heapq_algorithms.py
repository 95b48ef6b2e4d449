import heapq
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(dijkstra(g, "a"))
def heapsort(it):
    h = list(it)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5, 2, 9, 1, 5, 6, -3]))
def kth_largest(nums, k):
    h = nums[:k]; heapq.heapify(h)
    for n in nums[k:]:
        if n > h[0]: heapq.heapreplace(h, n)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2), heapq.nlargest(3, range(10), key=lambda x: -x))
maxh = []
for x in [3, 1, 4, 1, 5]: heapq.heappush(maxh, -x)
print([-heapq.heappop(maxh) for _ in range(3)])
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
