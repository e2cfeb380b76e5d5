package role

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/internal/enum"
	"github.com/careerkit/careerkit/problem"
)

// DegreeLevel is an ordered level of formal education. The zero value means
// unspecified.
type DegreeLevel string

// Degree levels, in order.
const (
	// NoDegree is no formal credential.
	NoDegree DegreeLevel = "none"
	// HighSchool is a secondary-school diploma or equivalent.
	HighSchool DegreeLevel = "high-school"
	// Associate is an associate degree.
	Associate DegreeLevel = "associate"
	// Bachelor is a bachelor's degree.
	Bachelor DegreeLevel = "bachelor"
	// Master is a master's degree, including an MBA.
	Master DegreeLevel = "master"
	// Doctorate is a doctoral degree.
	Doctorate DegreeLevel = "doctorate"
)

var degreeLevels = enum.New("role", "degree level", false, NoDegree, HighSchool, Associate, Bachelor, Master, Doctorate)

// DegreeLevels returns the levels in increasing order, in a new slice.
func DegreeLevels() []DegreeLevel { return degreeLevels.Values() }

// Rank returns the position of l in DegreeLevels (none is 0, doctorate 5),
// or -1 when l is not a known level.
func (l DegreeLevel) Rank() int {
	switch l {
	case NoDegree:
		return 0
	case HighSchool:
		return 1
	case Associate:
		return 2
	case Bachelor:
		return 3
	case Master:
		return 4
	case Doctorate:
		return 5
	}
	return -1
}

// Compare orders degree levels by Rank: it returns -1, 0 or +1 as l is
// below, the same as or above m (none < high-school < … < doctorate); an
// unknown level is below every known one.
func (l DegreeLevel) Compare(m DegreeLevel) int { return cmp.Compare(l.Rank(), m.Rank()) }

// IsValid reports whether l is a known level.
func (l DegreeLevel) IsValid() bool { return degreeLevels.Has(l) }

// String returns the level's JSON value.
func (l DegreeLevel) String() string { return string(l) }

// MarshalText returns the level's JSON value, as it is; decoding and
// Validate are where unknown levels are refused.
func (l DegreeLevel) MarshalText() ([]byte, error) { return []byte(l), nil }

// UnmarshalText accepts exactly one of DegreeLevels; anything else is an
// error that lists them.
func (l *DegreeLevel) UnmarshalText(text []byte) error { return degreeLevels.Unmarshal(l, text) }

// CredentialKind says what sort of credential a Credential is; left out, it
// is a degree.
type CredentialKind string

// Credential kinds.
const (
	// Degree is a degree or diploma of a DegreeLevel; it is the kind of a
	// credential that gives none.
	Degree CredentialKind = "degree"
	// Certification is a named professional certification or qualification
	// ("Certified Kubernetes Administrator"); it has a name and no degree
	// level.
	Certification CredentialKind = "certification"
	// School is a secondary-school qualification, at the level high-school,
	// with the school subjects it includes.
	School CredentialKind = "school"
)

var credentialKinds = enum.New("role", "credential kind", true, Degree, Certification, School)

// CredentialKinds returns every kind of credential, in a new slice: degree,
// certification, school.
func CredentialKinds() []CredentialKind { return credentialKinds.Values() }

// IsValid reports whether k is "" (a degree), degree, certification or
// school.
func (k CredentialKind) IsValid() bool { return credentialKinds.Has(k) }

// String returns the kind's JSON value.
func (k CredentialKind) String() string { return string(k) }

// MarshalText returns the kind as it is ("" stays "").
func (k CredentialKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts degree, certification, school or "" (a degree);
// anything else is an error that lists them.
func (k *CredentialKind) UnmarshalText(text []byte) error { return credentialKinds.Unmarshal(k, text) }

// Credential is a degree, a school qualification or a certification: one a
// role asks for, or one a candidate holds.
//
// A degree (Kind left out or degree) has a Level. A certification has a Name
// and no Level; Aliases are other names it goes by ("CKA"). A school
// qualification has the level high-school (written or left out) and lists
// its Subjects; fields of study are for degrees, subjects for school. A
// held credential may carry the dates it was issued and lapses; a credential
// a role asks for carries none.
type Credential struct {
	// Kind is degree, certification or school; left out, a degree.
	Kind CredentialKind `json:"kind,omitempty"`
	// Level is the degree level: required for a degree, left out for a
	// certification, high-school or left out for a school qualification.
	Level DegreeLevel `json:"level,omitempty" validate:"omitempty"`
	// Fields are the fields of study of a degree. On a credential asked
	// for, empty means any field; on a credential held, empty means the
	// field is not known, which meets only credentials asked for in any
	// field.
	Fields []string `json:"fields,omitempty" validate:"max=50,dive,required,max=200"`
	// Subjects are the school subjects of a school qualification, such as
	// "mathematics". On a qualification asked for, each must be held.
	Subjects []string `json:"subjects,omitempty" validate:"max=50,dive,required,max=200"`
	// Name names a specific credential, such as "MBA" or a certification.
	Name string `json:"name,omitempty" validate:"max=200"`
	// Aliases are other names of the credential, such as "CKA" for
	// "Certified Kubernetes Administrator"; a held credential matches one
	// asked for when any of their names match, ignoring case and spacing.
	Aliases []string `json:"aliases,omitempty" validate:"max=50,dive,required,max=200"`
	// IssuedAt is the date a held credential was awarded, written
	// YYYY-MM-DD.
	IssuedAt civil.Date `json:"issuedAt,omitzero"`
	// ExpiresAt is the last date on which a held credential counts, written
	// YYYY-MM-DD; the zero date means it never lapses. A fit with
	// FitOptions.AsOf after it does not count the credential; one without
	// AsOf does.
	ExpiresAt civil.Date `json:"expiresAt,omitzero"`
}

// EffectiveKind returns Kind, or degree when it is left out.
func (c Credential) EffectiveKind() CredentialKind {
	if c.Kind == "" {
		return Degree
	}
	return c.Kind
}

// EffectiveLevel returns the level the credential stands at: Level, or
// high-school for a school qualification that leaves it out. A
// certification has none ("").
func (c Credential) EffectiveLevel() DegreeLevel {
	if c.EffectiveKind() == School && c.Level == "" {
		return HighSchool
	}
	return c.Level
}

// Expired reports whether the credential no longer counts on asOf: asOf
// and ExpiresAt are both given and asOf is after ExpiresAt.
func (c Credential) Expired(asOf civil.Date) bool {
	return !asOf.IsZero() && !c.ExpiresAt.IsZero() && asOf.Compare(c.ExpiresAt) > 0
}

// Validate reports every problem of the credential on its own: tag rules, a
// degree without a level, a certification without a name or with a level, a
// school qualification at a level other than high-school, subjects on
// anything but a school qualification, fields of study on a certification
// or school qualification, and an expiry date before the issue date.
func (c Credential) Validate() error {
	var errs problem.Errors
	errs.Append(enum.Struct(c)...)
	c.check("", &errs)
	return errs.Err("role: invalid Credential")
}

// check reports the rules of Credential beyond its tags at path.
func (c Credential) check(path string, errs *problem.Errors) {
	if !c.Kind.IsValid() {
		return // reported by the enum check
	}
	switch c.EffectiveKind() {
	case Degree:
		if c.Level == "" {
			errs.Add(problem.Path(path, "level"), "required", "a degree has a level; a certification says kind: certification")
		}
	case Certification:
		if c.Name == "" {
			errs.Add(problem.Path(path, "name"), "required", "a certification has a name")
		}
		if c.Level != "" {
			errs.Add(problem.Path(path, "level"), "excluded_with", "a certification has no degree level: leave level out")
		}
	case School:
		if c.Level != "" && c.Level != HighSchool {
			errs.Add(problem.Path(path, "level"), "oneof", "a school qualification is at the level high-school: leave level out or write high-school")
		}
	}
	if len(c.Subjects) > 0 && c.EffectiveKind() != School {
		errs.Add(problem.Path(path, "subjects"), "excluded_with", "subjects belong to a school qualification (kind: school); a degree names fields")
	}
	if len(c.Fields) > 0 && c.EffectiveKind() != Degree {
		errs.Add(problem.Path(path, "fields"), "excluded_with", "fields of study belong to a degree; a school qualification names subjects")
	}
	if !c.IssuedAt.IsZero() && !c.ExpiresAt.IsZero() && c.ExpiresAt.Compare(c.IssuedAt) < 0 {
		errs.Add(problem.Path(path, "expiresAt"), "gtefield", "expiry date %s is before the issue date %s", c.ExpiresAt, c.IssuedAt)
	}
}

// String describes the credential in words: "a bachelor degree in Computer
// Science", "the certification Certified Kubernetes Administrator (CKA)",
// "a school qualification including mathematics".
func (c Credential) String() string {
	switch c.EffectiveKind() {
	case Certification:
		s := "the certification " + c.Name
		if len(c.Aliases) > 0 {
			s += " (" + strings.Join(c.Aliases, ", ") + ")"
		}
		return s
	case School:
		s := "a school qualification"
		if len(c.Subjects) > 0 {
			s += " including " + orList(c.Subjects, "and")
		}
		return s
	}
	s := "a " + string(c.Level) + " degree"
	if c.Level == NoDegree {
		s = "no degree"
	}
	if c.Name != "" {
		s += " (" + c.Name + ")"
	}
	if len(c.Fields) > 0 {
		s += " in " + orList(c.Fields, "or")
	}
	return s
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(words []string, conj string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// FieldOfStudy names a field of study and the other names it goes by, as
// written in a role document.
type FieldOfStudy struct {
	// Name is the field's name, such as "Computer Science".
	Name string `json:"name" validate:"required,max=200"`
	// Aliases are other names of the field, such as "CS" or "Informatics".
	Aliases []string `json:"aliases,omitempty" validate:"max=50,dive,required,max=200"`
}

// Education is what schooling a role asks for.
type Education struct {
	// Minimum is the least credential; nil when none is asked for.
	Minimum *Credential `json:"minimum,omitempty"`
	// Alternatives are further credentials, any one of which meets the
	// minimum as well ("a bachelor's degree, or a cloud or Kubernetes
	// certification"); without a Minimum, the role asks for one of them.
	Alternatives []Credential `json:"alternatives,omitempty" validate:"max=50,dive"`
	// Preferred are credentials that are a plus.
	Preferred []Credential `json:"preferred,omitempty" validate:"max=50,dive"`
	// Fields are the relevant fields of study: a credential in one of them
	// counts for the minimum and the preferred credentials as well as in
	// the fields those name ("or a related technical field").
	Fields []string `json:"fields,omitempty" validate:"max=50,dive,required,max=200"`
	// FieldAliases are other names of fields of study (and of school
	// subjects, compared the same way), added to FitOptions.Fields when the
	// role is fitted; aliases chain.
	FieldAliases []FieldOfStudy `json:"fieldAliases,omitempty" validate:"max=200,dive"`
	// EquivalentExperience says that meeting every required experience
	// requirement substitutes for the minimum credential. When a credential
	// is asked for, the role must have a required experience requirement.
	EquivalentExperience bool `json:"equivalentExperience,omitempty"`
}

// Accepted returns the credentials that meet the minimum: Minimum, when
// given, followed by Alternatives, in a new slice; empty when the role asks
// for no credential.
func (e Education) Accepted() []Credential {
	var out []Credential
	if e.Minimum != nil {
		out = append(out, *e.Minimum)
	}
	return append(out, e.Alternatives...)
}

// check reports the problems of the role's credentials: the rules of
// Credential, and no dates on a credential asked for.
func (e Education) check(errs *problem.Errors) {
	wanted := func(c Credential, path string) {
		c.check(path, errs)
		if !c.IssuedAt.IsZero() {
			errs.Add(problem.Path(path, "issuedAt"), "excluded", "a credential a role asks for has no issue date")
		}
		if !c.ExpiresAt.IsZero() {
			errs.Add(problem.Path(path, "expiresAt"), "excluded", "a credential a role asks for has no expiry date")
		}
	}
	if e.Minimum != nil {
		wanted(*e.Minimum, "education.minimum")
	}
	for i, c := range e.Alternatives {
		wanted(c, problem.Path("education.alternatives", i))
	}
	for i, c := range e.Preferred {
		wanted(c, problem.Path("education.preferred", i))
	}
}

// FieldMatcher compares fields of study case-insensitively, ignoring runs of
// white space, and through aliases. The zero value compares names only.
type FieldMatcher struct {
	// pairs are the folded (field, alias) pairs the matcher was built from,
	// kept so that With can add more.
	pairs [][2]string
	// class maps a folded name to the least folded name of its class of
	// names that mean the same field.
	class map[string]string
	// folded is true when every name compared is folded already (a Pool's
	// copies), so that Same need not fold them.
	folded bool
}

// NewFieldMatcher returns a matcher where each alias stands for its field:
// NewFieldMatcher(map[string][]string{"Computer Science": {"CS", "Informatics"}}).
// Aliases chain: "the same field" is the equivalence that the pairs
// generate, so an alias of an alias means the field too, and an alias listed
// under two fields makes the two fields the same. The result never depends
// on the order of the map. Names are compared folded: lowercase, runs of
// white space as one space; empty names are ignored.
func NewFieldMatcher(aliases map[string][]string) FieldMatcher {
	var fields []FieldOfStudy
	for name, as := range aliases {
		fields = append(fields, FieldOfStudy{Name: name, Aliases: as})
	}
	return FieldMatcher{}.With(fields...)
}

// NewFieldMatcherOf returns a matcher of fields of study as a document
// writes them, with NewFieldMatcher's rules.
func NewFieldMatcherOf(fields ...FieldOfStudy) FieldMatcher { return FieldMatcher{}.With(fields...) }

// With returns a new matcher that knows m's aliases and those of fields; m
// is left as it was.
func (m FieldMatcher) With(fields ...FieldOfStudy) FieldMatcher {
	if len(fields) == 0 {
		return m // immutable: sharing its maps is safe
	}
	out := FieldMatcher{pairs: slices.Clone(m.pairs)}
	for _, f := range fields {
		name := fold(f.Name)
		if name == "" {
			continue
		}
		for _, a := range f.Aliases {
			if k := fold(a); k != "" && k != name {
				out.pairs = append(out.pairs, [2]string{name, k})
			}
		}
	}
	// Union-find over the folded names; each class is then named by its
	// least member, which depends on the set of pairs only.
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, p := range out.pairs {
		a, b := find(p[0]), find(p[1])
		if a != b {
			if b < a {
				a, b = b, a
			}
			parent[b] = a // the root stays the least name of the class
		}
	}
	out.class = make(map[string]string, len(parent))
	for x := range parent {
		out.class[x] = find(x)
	}
	return out
}

// fold lower-cases a field name and collapses its runs of white space to
// one space, without either end. A name that is folded already, the
// common case, is returned as it is, without allocating.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// isFolded reports whether fold would return s unchanged: ASCII with no
// upper-case letter, no white space but single inner spaces.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c >= 'A' && c <= 'Z', c != ' ' && unicode.IsSpace(rune(c)):
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// canon returns the name of the class of the folded name f.
func (m FieldMatcher) canon(f string) string {
	if c, ok := m.class[f]; ok {
		return c
	}
	return f
}

// Same reports whether two field names mean the same field: they fold to
// the same name, or a chain of aliases joins them. It is symmetric and
// transitive.
func (m FieldMatcher) Same(a, b string) bool {
	if !m.folded {
		a, b = fold(a), fold(b)
	}
	return m.canon(a) == m.canon(b)
}

// Satisfies reports whether a held credential satisfies a wanted one.
//
// A wanted degree is satisfied by a held degree or school qualification
// whose effective level ranks at least as high, in one of the wanted fields
// or of the extra fields when fields are named, and with a matching name
// when one is named. A wanted certification is satisfied by a held
// certification one of whose names (Name and Aliases) matches one of the
// wanted one's. A wanted school qualification is satisfied by a held school
// qualification holding each wanted subject, or by any held degree above
// high-school: a degree stands for the schooling that led to it, whatever
// its subjects. Names, fields and subjects are compared by Same. Dates are
// not looked at: Fit leaves out credentials expired on FitOptions.AsOf.
func (m FieldMatcher) Satisfies(held, want Credential, extra []string) bool {
	hk := held.EffectiveKind()
	switch want.EffectiveKind() {
	case Certification:
		return hk == Certification && m.anySame(names(held), names(want))
	case School:
		if hk == Degree && held.Level.Rank() > HighSchool.Rank() {
			return true
		}
		if hk != School {
			return false
		}
		for _, s := range want.Subjects {
			if !m.anySame(held.Subjects, []string{s}) {
				return false
			}
		}
		return true
	}
	if hk == Certification || held.EffectiveLevel().Rank() < want.Level.Rank() {
		return false
	}
	if want.Name != "" && !m.anySame(names(held), names(want)) {
		return false
	}
	if len(want.Fields) == 0 {
		return true
	}
	return m.anySame(held.Fields, want.Fields) || m.anySame(held.Fields, extra)
}

// names returns a credential's name and aliases.
func names(c Credential) []string {
	if c.Name == "" {
		return c.Aliases
	}
	return append([]string{c.Name}, c.Aliases...)
}

// anySame reports whether a name of as and one of bs are the Same.
func (m FieldMatcher) anySame(as, bs []string) bool {
	for _, a := range as {
		for _, b := range bs {
			if m.Same(a, b) {
				return true
			}
		}
	}
	return false
}

func (c Credential) clone() Credential {
	c.Fields = slices.Clone(c.Fields)
	c.Subjects = slices.Clone(c.Subjects)
	c.Aliases = slices.Clone(c.Aliases)
	return c
}

func cloneCredentials(cs []Credential) []Credential {
	cs = slices.Clone(cs)
	for i, c := range cs {
		cs[i] = c.clone()
	}
	return cs
}

func (e Education) clone() Education {
	if e.Minimum != nil {
		m := e.Minimum.clone()
		e.Minimum = &m
	}
	e.Alternatives = cloneCredentials(e.Alternatives)
	e.Preferred = cloneCredentials(e.Preferred)
	e.Fields = slices.Clone(e.Fields)
	e.FieldAliases = slices.Clone(e.FieldAliases)
	for i, f := range e.FieldAliases {
		e.FieldAliases[i].Aliases = slices.Clone(f.Aliases)
	}
	return e
}
