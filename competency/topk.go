package competency

import "slices"

// Match is one subject's result in a ranking.
type Match struct {
	// Subject is the profile's subject ID.
	Subject SubjectID `json:"subject"`
	// Score is the profile's score against the requirement set, in [0, 1].
	Score float64 `json:"score"`
	// RequiredMet is true when every required item is met.
	RequiredMet bool `json:"requiredMet"`
}

// entry is a heap entry: a score and the index it belongs to (a profile in
// subject order, or a requirement set).
type entry struct {
	score float64
	idx   int32
	met   bool
}

// worse reports whether a ranks below b: a lower score, or the same score
// and a larger index (indexes follow subject or set order, so ties go to the
// smaller ID).
func worse(a, b entry) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.idx > b.idx
}

// topK keeps the k best entries in a binary min-heap whose root is the worst
// kept: a typed heap, with no interface boxing.
type topK struct {
	k int
	h []entry
}

func newTopK(k int) topK { return topK{k: k, h: make([]entry, 0, k)} }

// accepts reports whether e would enter the heap.
func (t *topK) accepts(e entry) bool {
	return t.k > 0 && (len(t.h) < t.k || worse(t.h[0], e))
}

func (t *topK) push(e entry) {
	if !t.accepts(e) {
		return
	}
	if len(t.h) < t.k {
		t.h = append(t.h, e)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(t.h[i], t.h[p]) {
				break
			}
			t.h[i], t.h[p] = t.h[p], t.h[i]
			i = p
		}
		return
	}
	t.h[0] = e
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(t.h) && worse(t.h[l], t.h[m]) {
			m = l
		}
		if r < len(t.h) && worse(t.h[r], t.h[m]) {
			m = r
		}
		if m == i {
			return
		}
		t.h[i], t.h[m] = t.h[m], t.h[i]
		i = m
	}
}

// sorted returns the kept entries best first.
func (t *topK) sorted() []entry {
	out := slices.Clone(t.h)
	slices.SortFunc(out, func(a, b entry) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return 0
	})
	return out
}

// merge pushes every entry of other.
func (t *topK) merge(other *topK) {
	for _, e := range other.h {
		t.push(e)
	}
}
