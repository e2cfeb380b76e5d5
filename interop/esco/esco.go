package esco

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/careerkit/careerkit"
	"github.com/careerkit/careerkit/competency"
	"github.com/careerkit/careerkit/internal/validate"
	"github.com/careerkit/careerkit/interop"
	"github.com/careerkit/careerkit/problem"
)

// The base names of the release's files; a file is read as
// <base>_<language>.csv, or as <base>.csv when that is absent.
const (
	FileOccupations   = "occupations"
	FileSkills        = "skills"
	FileRelations     = "occupationSkillRelations"
	FileBroaderSkills = "broaderRelationsSkillPillar"
	FileSkillGroups   = "skillGroups"
	FileISCOGroups    = "ISCOGroups"
)

// Values of the release, and of the import, that the code names.
const (
	defaultName        = "ESCO"
	format             = "esco"
	schemeESCO         = "esco"
	schemeISCO         = "isco-08"
	typeSkillGroup     = "SkillGroup"
	reuseTransversal   = "transversal"
	skillTypeKnowledge = "knowledge"
	skillTypeSkill     = "skill/competence"
)

// DefaultLanguage is the language of the files read when
// Options.Language is empty: "en", as in skills_en.csv.
const DefaultLanguage = "en"

// DefaultLevel is the level of every requirement when Options.Level is 0:
// 3, "Working", the middle of the five-level framework scale. ESCO says
// whether a skill is essential or optional to an occupation, not at what
// proficiency.
const DefaultLevel = 3

// DefaultMaxFileBytes is the largest file read when Options.MaxFileBytes
// is 0: 256 MiB, ten times the largest file of ESCO v1.1.1
// (occupationSkillRelations, 21 MB).
const DefaultMaxFileBytes = 256 << 20

// Options tune the import. The zero value imports every occupation and
// every skill of the English files, with requirements at DefaultLevel.
type Options struct {
	// Language is the language code of the files, as in occupations_fr.csv;
	// empty means DefaultLanguage.
	Language string
	// Level is the level, on the framework scale (1–5), of every
	// requirement; 0 means DefaultLevel.
	Level int
	// Occupations selects occupations by concept URI, such as
	// "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34".
	// With ISCOGroups empty too, every occupation is imported; otherwise an
	// occupation is imported when either selects it.
	Occupations []string
	// ISCOGroups selects occupations by ISCO-08 code: an occupation is
	// selected when its code starts with one of these, so "25" selects every
	// occupation of groups 25xx.
	ISCOGroups []string
	// NeededSkillsOnly limits the catalog to the skills the imported
	// occupations link to, with their broader skills; by default every
	// skill of the skills file is imported.
	NeededSkillsOnly bool
	// Name names the framework; empty means "ESCO".
	Name string
	// Version labels the framework, such as "v1.1.1"; the CSV files do not
	// say their version, so it is empty unless given.
	Version string
	// MaxFileBytes is the largest file read; 0 means DefaultMaxFileBytes.
	MaxFileBytes int64
}

var (
	languageRE = regexp.MustCompile(`^[a-z]{2,3}(-[a-z0-9]{1,8})?$`)
	iscoRE     = regexp.MustCompile(`^[0-9]{1,4}$`)
)

// validate reports every problem with the options.
func (o Options) validate() error {
	var errs problem.Errors
	if o.Language != "" && !languageRE.MatchString(o.Language) {
		errs.Add("language", "pattern", "language %q is not a language code such as \"en\" or \"pt\"", o.Language)
	}
	if o.Level != 0 && !competency.FrameworkScale().Has(o.Level) {
		errs.Add("level", "scale", "level %d is not a level of the framework scale (1–5)", o.Level)
	}
	for i, g := range o.ISCOGroups {
		if !iscoRE.MatchString(g) {
			errs.Add(problem.Path("iscoGroups", i), "pattern", "ISCO-08 group %q is not a code of one to four digits", g)
		}
	}
	for i, u := range o.Occupations {
		if strings.TrimSpace(u) == "" {
			errs.Add(problem.Path("occupations", i), "required", "an occupation URI is empty")
		}
	}
	if o.MaxFileBytes < 0 {
		errs.Add("maxFileBytes", "gte", "the file size limit %d is negative", o.MaxFileBytes)
	}
	return errs.Err("esco: options")
}

// Import reads the ESCO CSV release at path: a folder of its CSV files, or
// the .zip file ESCO publishes them in (files at the archive's top level).
// See ReadFS.
func Import(path string, opts Options) (careerkit.Framework, *interop.Report, error) {
	st, err := os.Stat(path)
	if err != nil {
		return careerkit.Framework{}, nil, fmt.Errorf("esco: import %s: %w", path, err)
	}
	var fsys fs.FS
	switch {
	case st.IsDir():
		fsys = os.DirFS(path)
	case strings.EqualFold(filepath.Ext(path), ".zip"):
		zr, err := zip.OpenReader(path)
		if err != nil {
			return careerkit.Framework{}, nil, fmt.Errorf("esco: import %s: %w", path, err)
		}
		defer zr.Close()
		fsys = zr
	default:
		return careerkit.Framework{}, nil, fmt.Errorf("esco: import %s: not a folder or a .zip file: give the folder of the ESCO CSV files", path)
	}
	fw, rep, err := ReadFS(fsys, opts)
	if rep != nil {
		rep.Source = path
	}
	return fw, rep, err
}

// ReadFS reads an ESCO CSV release from fsys, in the release's own file
// names (see the package doc for the mapping). The occupations and skills
// files are required; the relations, broader relations, skill groups and
// ISCO groups files are read when present, and a missing one is reported.
// Malformed rows are reported with their line and left out; a file above
// Options.MaxFileBytes is an error. The framework validates.
func ReadFS(fsys fs.FS, opts Options) (careerkit.Framework, *interop.Report, error) {
	rep := interop.NewReport(format, ".")
	if err := opts.validate(); err != nil {
		return careerkit.Framework{}, rep, err
	}
	if opts.Language == "" {
		opts.Language = DefaultLanguage
	}
	if opts.Level == 0 {
		opts.Level = DefaultLevel
	}
	if opts.MaxFileBytes == 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.Name == "" {
		opts.Name = defaultName
	}
	im := &importer{fsys: fsys, opts: opts, rep: rep}
	fw, err := im.read()
	if err != nil {
		return careerkit.Framework{}, rep, err
	}
	if err := fw.Validate(); err != nil {
		return careerkit.Framework{}, rep, fmt.Errorf("esco: the imported framework does not validate: %w", err)
	}
	return fw, rep, nil
}

// importer holds the state of one import.
type importer struct {
	fsys fs.FS
	opts Options
	rep  *interop.Report
}

// open reads the file base with its required columns; a missing optional
// file is reported and gives nil.
func (im *importer) open(base string, required bool, cols ...string) (*table, error) {
	name, err := findFile(im.fsys, base, im.opts.Language)
	if errors.Is(err, errNotFound) {
		want := base + "_" + im.opts.Language + ".csv"
		if required {
			return nil, fmt.Errorf("esco: no %s (or %s.csv) in the release", want, base)
		}
		im.rep.Problem(interop.Missing, interop.Source{File: want}, "", "no %s (or %s.csv): %s", want, base, missingEffect[base])
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return readTable(im.fsys, name, im.opts.MaxFileBytes, cols, im.rep)
}

// missingEffect says what an import lacks without each optional file.
var missingEffect = map[string]string{
	FileRelations:     "the roles have no requirements",
	FileBroaderSkills: "the competencies have no parents or categories",
	FileSkillGroups:   "the competencies have no categories",
	FileISCOGroups:    "the ISCO-08 codes of the roles have no labels",
}

// read reads every file and builds the framework.
func (im *importer) read() (careerkit.Framework, error) {
	occT, err := im.open(FileOccupations, true, "conceptUri", "preferredLabel", "iscoGroup", "description")
	if err != nil {
		return careerkit.Framework{}, err
	}
	skillT, err := im.open(FileSkills, true, "conceptUri", "preferredLabel", "skillType", "reuseLevel", "altLabels", "description")
	if err != nil {
		return careerkit.Framework{}, err
	}
	relT, err := im.open(FileRelations, false, "occupationUri", "relationType", "skillUri")
	if err != nil {
		return careerkit.Framework{}, err
	}
	broaderT, err := im.open(FileBroaderSkills, false, "conceptType", "conceptUri", "broaderType", "broaderUri")
	if err != nil {
		return careerkit.Framework{}, err
	}
	groupT, err := im.open(FileSkillGroups, false, "conceptUri", "preferredLabel")
	if err != nil {
		return careerkit.Framework{}, err
	}
	iscoT, err := im.open(FileISCOGroups, false, "code", "preferredLabel")
	if err != nil {
		return careerkit.Framework{}, err
	}

	skills := im.readSkills(skillT)
	occs := im.readOccupations(occT, iscoT)
	im.readRelations(relT, occs)
	broader := im.readBroader(broaderT, skills, groupT)

	im.selectSkills(skills, occs, broader)
	comps := im.buildCompetencies(skills, broader, groupT != nil)
	roles := im.buildRoles(occs, skills)
	if len(comps) == 0 {
		return careerkit.Framework{}, errors.New("esco: no skill was imported, and a catalog needs at least one competency")
	}
	fw := careerkit.Framework{Name: im.opts.Name, Version: im.opts.Version}
	fw.Competencies = comps
	fw.Roles = roles
	return fw, nil
}

// idFor derives the ID of a concept from its URI: "esco-" and the URI's
// last path segment, lowercased; ok is false when that is not a slug.
func idFor(uri string) (string, bool) {
	tail := uri[strings.LastIndexByte(uri, '/')+1:]
	id := "esco-" + strings.ToLower(tail)
	return id, tail != "" && validate.IsSlug(id)
}

// normalize folds a label as the catalog compares names and aliases:
// lowercase, runs of white space as one space, ends trimmed.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// clip returns s cut to at most n runes, and whether it was cut.
func clip(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	i := 0
	for pos := range s {
		if i == n {
			return strings.TrimSpace(s[:pos]), true
		}
		i++
	}
	return s, false
}
