"""The competency benchmark's top-k query with numpy and scipy.sparse.

Reads the arrays that `go run ./bench -o DIR` writes and, for each
requirement set, computes the default score (the weighted mean of linear
credit, min(have/need, 1) on the 1-5 framework scale, where positions equal
values) for every profile with scipy's sparse column slicing, and takes the
best 10 (score descending, then profile index). Prints the time per query:

    python3 bench/numpy_topk.py DIR [--check]

--check compares the first query's top 10 with a plain Python loop.
"""
import sys
import time

import numpy as np
import scipy.sparse as sp


def load(d):
    rows = np.fromfile(f"{d}/rows.i32", dtype="<i4")
    cols = np.fromfile(f"{d}/cols.i32", dtype="<i4")
    levels = np.fromfile(f"{d}/levels.i8", dtype="i1").astype(np.float32)
    req = np.fromfile(f"{d}/sets.i32", dtype="<i4").reshape(-1, 5)
    n, c = rows.max() + 1, max(cols.max(), req[:, 1].max()) + 1
    x = sp.csc_matrix((levels, (rows, cols)), shape=(n, c))
    sets = [req[req[:, 0] == s] for s in np.unique(req[:, 0])]
    return x, sets


def query_dense(x, s, k=10):
    """Slices the set's columns into a dense block and scores it."""
    comps, need, w = s[:, 1], s[:, 2].astype(np.float32), s[:, 3].astype(np.float32)
    have = x[:, comps].toarray()
    credit = np.minimum(have / need, 1.0)
    score = credit @ w / w.sum()
    return best(score, k)


def query_sparse(x, s, k=10):
    """Adds each column's nonzeros into a score vector (CSC slices)."""
    score = np.zeros(x.shape[0], dtype=np.float32)
    for _, c, nd, wt, _ in s:
        lo, hi = x.indptr[c], x.indptr[c + 1]
        score[x.indices[lo:hi]] += wt * np.minimum(x.data[lo:hi] / nd, 1.0)
    score /= s[:, 3].sum()
    return best(score, k)


def best(score, k):
    top = np.argpartition(-score, k)[:k]
    order = np.lexsort((top, -score[top]))
    return top[order], score[top[order]]


def main():
    d = sys.argv[1]
    x, sets = load(d)
    for name, query in (("dense block", query_dense), ("sparse columns", query_sparse)):
        query(x, sets[0])  # warm up
        times = []
        for rep in range(5):
            t0 = time.perf_counter()
            for s in sets:
                query(x, s)
            times.append((time.perf_counter() - t0) / len(sets))
        times.sort()
        print(f"numpy/scipy ({name}): {x.shape[0]} profiles, {len(sets)} sets: "
              f"min {times[0] * 1e3:.3f} ms, median {times[len(times) // 2] * 1e3:.3f} ms per query")
    if "--check" in sys.argv:
        xr = x.tocsr()
        s = sets[0]
        scores = []
        for p in range(x.shape[0]):
            row = dict(zip(xr.indices[xr.indptr[p]:xr.indptr[p + 1]], xr.data[xr.indptr[p]:xr.indptr[p + 1]]))
            tot = sum(wt * min(row.get(c, 0) / nd, 1) for _, c, nd, wt, _ in s)
            scores.append((-tot / s[:, 3].sum(), p))
        scores.sort()
        want = [p for _, p in scores[:10]]
        for query in (query_dense, query_sparse):
            got, _ = query(x, s)
            print(f"check ({query.__name__}):", "same top 10" if list(got) == want else f"differs: {list(got)} vs {want}")


if __name__ == "__main__":
    main()
