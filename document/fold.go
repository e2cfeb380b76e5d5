package document

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Keys of one object are compared under Unicode simple case folding, the
// folding encoding/json uses to match keys to struct fields: two keys that
// bytes.EqualFold calls equal ("id" and "ID", "s" and "ſ", "σ" and "ς", "k"
// and the Kelvin sign) are one key spelled twice, which a strict decoder
// refuses because encoding/json would silently let the last one win.

// foldKey returns the canonical folding of key: every rune replaced by the
// smallest rune of its simple folding orbit, so that foldKey(a) == foldKey(b)
// exactly when bytes.EqualFold(a, b).
func foldKey(key []byte) string {
	b := make([]byte, 0, len(key))
	for i := 0; i < len(key); {
		c := key[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(key[i:])
		b = utf8.AppendRune(b, foldRune(r))
		i += n
	}
	return string(b)
}

// foldRune returns the smallest rune of r's simple folding orbit.
func foldRune(r rune) rune {
	for {
		r2 := unicode.SimpleFold(r)
		if r2 <= r {
			return r2
		}
		r = r2
	}
}

// keySet holds the keys seen so far in one object. Small objects are
// searched linearly without allocating; large ones switch to a map.
type keySet struct {
	small  [][]byte
	folded map[string][]byte
}

const keySetSmall = 16

func (k *keySet) reset() {
	k.small = k.small[:0]
	k.folded = nil
}

// add records key and reports an error when the object already has it,
// exactly or in another case.
func (k *keySet) add(key []byte) error {
	var prev []byte
	found := false
	if k.folded != nil {
		prev, found = k.folded[foldKey(key)]
	} else {
		for _, p := range k.small {
			if bytes.EqualFold(p, key) {
				prev, found = p, true
				break
			}
		}
	}
	if found {
		if bytes.Equal(prev, key) {
			return fmt.Errorf("duplicate key %q", key)
		}
		return fmt.Errorf("key %q repeats key %q in another case", key, prev)
	}
	if k.folded == nil && len(k.small) < keySetSmall {
		k.small = append(k.small, key)
		return nil
	}
	if k.folded == nil {
		k.folded = make(map[string][]byte, 2*keySetSmall)
		for _, p := range k.small {
			k.folded[foldKey(p)] = p
		}
	}
	k.folded[foldKey(key)] = key
	return nil
}
