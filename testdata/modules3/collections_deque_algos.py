from collections import deque
def sliding_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n: dq.pop()
        dq.append(i)
        if dq[0] <= i - k: dq.popleft()
        if i >= k - 1: out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def bfs(grid, start):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist
grid = ["..#.", "..#.", "....", "#.#."]
d = bfs(grid, (0, 0))
print(d[(0, 3)], len(d), max(d.values()))
last = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last.append(line)
print(list(last), last[0], last[-1])
r = deque(range(5)); r.rotate(1)
print(r, deque(reversed(r)), r.count(0), len(r))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], str(deque()), repr(deque([], maxlen=2)))
