# Word-frequency counter over an embedded text: normalising, counting, ranking, reporting.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""

STOP_WORDS = {"the", "of", "it", "was", "we", "to", "in", "a", "or", "for", "on", "so", "that", "its"}


def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def histogram(pairs, width=30):
    biggest = max(c for _, c in pairs)
    lines = []
    for word, c in pairs:
        bar = "#" * max(1, c * width // biggest)
        lines.append(f"{word:>12} {c:3d} {bar}")
    return "\n".join(lines)


words = tokenize(TEXT)
print("total words:", len(words))
freq = count(words)
print("distinct words:", len(freq))
print("top 10 overall:")
print(histogram(top(freq, 10)))
content = {w: c for w, c in freq.items() if w not in STOP_WORDS}
print("top 8 content words:")
for rank, (w, c) in enumerate(top(content, 8), 1):
    print(f"  {rank}. {w} ({c})")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    ws = sorted(by_len[length])
    print(f"len {length:2d}: {len(ws):2d} words, e.g. {', '.join(ws[:4])}")
longest = max(freq, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = count(ch for ch in TEXT.lower() if ch.isalpha())
print("letters:", "".join(k for k, _ in top(letters, 12)))
once = sorted(w for w, c in freq.items() if c == 1)
print("hapax legomena:", len(once), once[:6])
pairs = count(f"{a} {b}" for a, b in zip(words, words[1:]))
print("top bigrams:", top(pairs, 4))
