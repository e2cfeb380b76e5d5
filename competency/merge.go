package competency

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/problem"
)

// TopList keeps the k best matches it is given, in the order of TopK: score
// descending, then subject ascending. Top lists of disjoint parts of a
// population merge into the top list of the whole, so a ranking can run on
// shards, on one machine or many, and be combined exactly: the k best of a
// union are among the k best of each part. Its binary and JSON encodings
// keep k and the matches. The zero TopList keeps nothing; NewTopList makes
// one that keeps k. A TopList is not safe for concurrent use.
type TopList struct {
	k int
	h []Match // a min-heap: h[0] is the worst kept
}

// NewTopList returns an empty TopList that keeps the k best matches; k ≤ 0
// keeps none.
func NewTopList(k int) *TopList {
	k = max(k, 0)
	return &TopList{k: k, h: make([]Match, 0, min(k, 1024))}
}

// TopListOf returns a TopList that keeps k and holds the matches of ms (the
// k best of them when there are more).
func TopListOf(k int, ms []Match) *TopList {
	t := NewTopList(k)
	for _, m := range ms {
		t.Add(m)
	}
	return t
}

// K returns how many matches the list keeps at most.
func (t *TopList) K() int { return t.k }

// Len returns how many matches the list holds.
func (t *TopList) Len() int { return len(t.h) }

// rankMatch orders matches best first: the higher score, then the smaller
// subject, then a met requirement set before an unmet one (so that the
// order is total even for a subject added twice). A NaN score ranks below
// every other.
func rankMatch(a, b Match) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Subject, b.Subject); c != 0 {
		return c
	}
	switch {
	case a.RequiredMet == b.RequiredMet:
		return 0
	case a.RequiredMet:
		return -1
	}
	return 1
}

// below reports whether a ranks below b.
func below(a, b Match) bool { return rankMatch(a, b) > 0 }

// Add offers m: it is kept when the list holds fewer than k matches or m
// ranks above the worst kept, which it then replaces. A subject added twice
// is kept twice; the parts that are merged should not overlap.
func (t *TopList) Add(m Match) {
	if t.k == 0 || (len(t.h) == t.k && !below(t.h[0], m)) {
		return
	}
	if len(t.h) < t.k {
		t.h = append(t.h, m)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !below(t.h[i], t.h[p]) {
				break
			}
			t.h[i], t.h[p] = t.h[p], t.h[i]
			i = p
		}
		return
	}
	t.h[0] = m
	for i := 0; ; {
		l, r, w := 2*i+1, 2*i+2, i
		if l < len(t.h) && below(t.h[l], t.h[w]) {
			w = l
		}
		if r < len(t.h) && below(t.h[r], t.h[w]) {
			w = r
		}
		if w == i {
			return
		}
		t.h[i], t.h[w] = t.h[w], t.h[i]
		i = w
	}
}

// Merge adds every match of other, and keeps the smaller of the two k: the
// k best of a union are exactly known only for a k that both parts kept. A
// nil other changes nothing.
func (t *TopList) Merge(other *TopList) {
	if other == nil {
		return
	}
	if other.k < t.k {
		kept := t.Results()
		t.k = other.k
		t.h = t.h[:0]
		for _, m := range kept {
			t.Add(m)
		}
	}
	for _, m := range other.h {
		t.Add(m)
	}
}

// Results returns the matches kept, best first, in a new slice.
func (t *TopList) Results() []Match {
	out := slices.Clone(t.h)
	slices.SortFunc(out, rankMatch)
	return out
}

// topListVersion is the first byte of the binary encoding.
const topListVersion = 1

// MarshalBinary encodes the list: a version byte (1), k and the number of
// matches as unsigned varints, then each match best first as its subject's
// length (an unsigned varint) and bytes, its score as 8 bytes (IEEE 754,
// big-endian) and 1 byte for RequiredMet (0 or 1).
func (t *TopList) MarshalBinary() ([]byte, error) {
	res := t.Results()
	b := []byte{topListVersion}
	b = binary.AppendUvarint(b, uint64(t.k))
	b = binary.AppendUvarint(b, uint64(len(res)))
	for _, m := range res {
		b = binary.AppendUvarint(b, uint64(len(m.Subject)))
		b = append(b, m.Subject...)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(m.Score))
		met := byte(0)
		if m.RequiredMet {
			met = 1
		}
		b = append(b, met)
	}
	return b, nil
}

// maxTopK bounds the k that a decoded list may keep, so that a corrupt
// encoding cannot ask for an absurd list.
const maxTopK = 1 << 30

// UnmarshalBinary decodes what MarshalBinary wrote, replacing the list. It
// checks what it reads as the JSON decoding does, and reports a truncated
// or malformed encoding, or bytes after its end, as an error naming the
// field and, for a match, its position.
func (t *TopList) UnmarshalBinary(data []byte) error {
	const subject = "competency: invalid TopList encoding"
	var errs problem.Errors
	if len(data) == 0 || data[0] != topListVersion {
		errs.AddErr(problem.ErrInvalid, "version", "version", "the encoding does not start with version byte %d", topListVersion)
		return errs.Err(subject)
	}
	r := bytes.NewReader(data[1:])
	k, err := binary.ReadUvarint(r)
	if err != nil || k > maxTopK {
		errs.AddErr(problem.ErrInvalid, "k", "uvarint", "k is not an unsigned varint of at most %d", maxTopK)
		return errs.Err(subject)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > k {
		errs.AddErr(problem.ErrInvalid, "results", "max", "the number of matches is not an unsigned varint of at most k (%d)", k)
		return errs.Err(subject)
	}
	ms := make([]Match, 0, min(int(n), r.Len()/10)) // a match takes at least 10 bytes
	for i := range int(n) {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > uint64(r.Len()) {
			errs.AddErr(problem.ErrInvalid, problem.Path("results", i, "subject"), "length", "the subject's length is missing or runs past the end")
			return errs.Err(subject)
		}
		buf := make([]byte, int(l)+9)
		if _, err := io.ReadFull(r, buf); err != nil {
			errs.AddErr(problem.ErrInvalid, problem.Path("results", i), "truncated", "the match is cut short")
			return errs.Err(subject)
		}
		m := Match{Subject: SubjectID(buf[:l]), Score: math.Float64frombits(binary.BigEndian.Uint64(buf[l : l+8]))}
		switch buf[l+8] {
		case 0:
		case 1:
			m.RequiredMet = true
		default:
			errs.AddErr(problem.ErrInvalid, problem.Path("results", i, "requiredMet"), "bool", "the byte is %d, not 0 or 1", buf[l+8])
		}
		ms = append(ms, m)
	}
	if r.Len() > 0 {
		errs.AddErr(problem.ErrInvalid, "", "end", "%d bytes follow the last match", r.Len())
	}
	checkMatches(ms, &errs)
	if err := errs.Err(subject); err != nil {
		return err
	}
	*t = *TopListOf(int(k), ms)
	return nil
}

// checkMatches records the matches that no ranking returns: a subject that
// is not an ID, a score outside [0, 1].
func checkMatches(ms []Match, errs *problem.Errors) {
	for i, m := range ms {
		if !validate.IsSlug(string(m.Subject)) {
			errs.AddErr(problem.ErrInvalid, problem.Path("results", i, "subject"), "slug", "%q is not a subject ID", m.Subject)
		}
		if !(m.Score >= 0 && m.Score <= 1) {
			errs.AddErr(problem.ErrInvalid, problem.Path("results", i, "score"), "range", "score %v is not in [0, 1]", m.Score)
		}
	}
}

// topListJSON is the JSON form of a TopList.
type topListJSON struct {
	K       int     `json:"k"`
	Results []Match `json:"results"`
}

// MarshalJSON encodes the list as {"k": K, "results": [match, …]}, the
// matches best first as TopK's Match encodes them; scores are written so
// that they decode to the same float64.
func (t *TopList) MarshalJSON() ([]byte, error) {
	res := t.Results()
	if res == nil {
		res = []Match{}
	}
	return json.Marshal(topListJSON{K: t.k, Results: res})
}

// UnmarshalJSON decodes what MarshalJSON wrote, replacing the list. Unknown
// fields, a negative k, more matches than k, a subject that is not an ID and
// a score outside [0, 1] are errors naming the field.
func (t *TopList) UnmarshalJSON(data []byte) error {
	const subject = "competency: invalid TopList"
	var v topListJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("%s: %w: %w", subject, problem.ErrInvalid, err)
	}
	var errs problem.Errors
	if v.K < 0 || v.K > maxTopK {
		errs.AddErr(problem.ErrInvalid, "k", "range", "k %d is not in [0, %d]", v.K, maxTopK)
	}
	if len(v.Results) > max(v.K, 0) {
		errs.AddErr(problem.ErrInvalid, "results", "max", "%d matches are more than k (%d)", len(v.Results), v.K)
	}
	checkMatches(v.Results, &errs)
	if err := errs.Err(subject); err != nil {
		return err
	}
	*t = *TopListOf(v.K, v.Results)
	return nil
}
