package competency

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRatOf(t *testing.T) {
	for _, c := range []struct {
		x        float64
		num, den int64
		ok       bool
	}{
		{0, 0, 1, true},
		{3, 3, 1, true},
		{0.5, 1, 2, true},
		{1.0 / 3, 1, 3, true},        // the float nearest 1/3 reads back as 1/3
		{2.0 / 3, 2, 3, true},        // and 2/3
		{0.1, 1, 10, true},           // 0.1 is the float nearest 1/10
		{4.0 / 7, 4, 7, true},        // convergents of 4/7 = [0; 1, 1, 3]: 1, 1/2, 4/7
		{1.0 / 1048577, 0, 0, false}, // the denominator 2²⁰ + 1 is too large
		{math.Pi, 0, 0, false},       // no small fraction rounds to π
		{-1, 0, 0, false},
		{math.NaN(), 0, 0, false},
		{math.Inf(1), 0, 0, false},
		{1 << 54, 0, 0, false}, // above 2⁵³
	} {
		num, den, ok := ratOf(c.x)
		assert.Equal(t, c.ok, ok, "ratOf(%v) ok", c.x)
		if c.ok {
			assert.Equal(t, [2]int64{c.num, c.den}, [2]int64{num, den}, "ratOf(%v)", c.x)
		}
	}
}
