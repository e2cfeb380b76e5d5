package posting

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerkit/careerkit/civil"
	"github.com/careerkit/careerkit/problem"
	"github.com/careerkit/careerkit/role"
)

// LawsCompiled is the date the table of pay-transparency posting laws was
// compiled from its sources. Laws change: check the sources for anything
// enacted or amended after it.
var LawsCompiled = civil.MustParseDate("2026-12-01")

// Statement is something a posting law requires a posting to state.
type Statement string

// What posting laws require a posting to state.
const (
	// PayRange is the pay range (or the fixed pay) offered.
	PayRange Statement = "pay-range"
	// Benefits is a general description of the benefits and other pay.
	Benefits Statement = "benefits"
	// Deadline is the date the application window is expected to close.
	Deadline Statement = "deadline"
)

// Law is one jurisdiction's requirement on what a job posting states.
type Law struct {
	// Jurisdiction is the ID used with Check, such as "us-co".
	Jurisdiction string
	// Name names the jurisdiction, such as "Colorado".
	Name string
	// Citation names the law, such as "C.R.S. § 8-5-201".
	Citation string
	// MinEmployees is the employer size from which the law applies.
	MinEmployees int
	// Requires lists what a posting must state, each from a date.
	Requires []Requirement
	// Source is the address of the official page the rule was taken from.
	Source string
}

// Requirement is one statement a law requires, from its effective date.
type Requirement struct {
	// Statement is what must be stated.
	Statement Statement
	// From is the date from which postings must state it.
	From civil.Date
}

func law(id, name, citation string, min int, source string, reqs ...Requirement) Law {
	return Law{Jurisdiction: id, Name: name, Citation: citation, MinEmployees: min, Requires: reqs, Source: source}
}

func req(s Statement, from string) Requirement { return Requirement{s, civil.MustParseDate(from)} }

// Laws returns the table of pay-transparency posting laws, compiled on
// LawsCompiled, in a new slice sorted by jurisdiction ID: US states and
// cities whose laws require pay ranges in job postings, with the employer
// size they apply from, what a posting must state from which date, and the
// official source of each.
func Laws() []Law {
	return []Law{
		law("us-ca", "California", "Cal. Lab. Code § 432.3 (SB 1162)", 15,
			"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=432.3",
			req(PayRange, "2023-01-01")),
		law("us-co", "Colorado", "C.R.S. § 8-5-201 (Equal Pay for Equal Work Act; SB 23-105)", 1,
			"https://cdle.colorado.gov/dlss/labor-laws-by-topic/equal-pay-for-equal-work-act",
			req(PayRange, "2021-01-01"), req(Benefits, "2021-01-01"), req(Deadline, "2024-01-01")),
		law("us-dc", "District of Columbia", "D.C. Code § 32-1481.01 et seq. (Wage Transparency Omnibus Amendment Act of 2023)", 1,
			"https://does.dc.gov/page/wage-transparency",
			req(PayRange, "2024-06-30"), req(Benefits, "2024-06-30")),
		law("us-hi", "Hawaii", "HRS § 378-2.4 (Act 203 of 2023)", 50,
			"https://labor.hawaii.gov/wsd/",
			req(PayRange, "2024-01-01")),
		law("us-il", "Illinois", "820 ILCS 112/10(b) (Equal Pay Act, as amended by HB 3129)", 15,
			"https://labor.illinois.gov/faqs/equal-pay-act-faq.html",
			req(PayRange, "2025-01-01"), req(Benefits, "2025-01-01")),
		law("us-ma", "Massachusetts", "M.G.L. c. 149, § 105F (Chapter 141 of the Acts of 2024)", 25,
			"https://www.mass.gov/info-details/massachusetts-pay-transparency-law",
			req(PayRange, "2025-10-29")),
		law("us-md", "Maryland", "Md. Code, Lab. & Empl. § 3-304.2 (SB 525 of 2024)", 1,
			"https://labor.maryland.gov/labor/wages/wpequalpay.shtml",
			req(PayRange, "2024-10-01"), req(Benefits, "2024-10-01")),
		law("us-mn", "Minnesota", "Minn. Stat. § 181.173", 30,
			"https://www.revisor.mn.gov/statutes/cite/181.173",
			req(PayRange, "2025-01-01"), req(Benefits, "2025-01-01")),
		law("us-nj", "New Jersey", "N.J.S.A. 34:11-56.15 et seq. (P.L. 2024, c. 91)", 10,
			"https://www.nj.gov/labor/wageandhour/",
			req(PayRange, "2025-06-01"), req(Benefits, "2025-06-01")),
		law("us-ny", "New York State", "N.Y. Lab. Law § 194-b", 4,
			"https://dol.ny.gov/pay-transparency",
			req(PayRange, "2023-09-17")),
		law("us-ny-nyc", "New York City", "N.Y.C. Admin. Code § 8-107(32) (Local Law 32 of 2022)", 4,
			"https://www.nyc.gov/site/cchr/media/pay-transparency.page",
			req(PayRange, "2022-11-01")),
		law("us-vt", "Vermont", "21 V.S.A. § 495o (Act 155 of 2024)", 5,
			"https://legislature.vermont.gov/statutes/section/21/005/00495o",
			req(PayRange, "2025-07-01")),
		law("us-wa", "Washington", "RCW 49.58.110", 15,
			"https://lni.wa.gov/workers-rights/wages/equal-pay-opportunities-act/",
			req(PayRange, "2023-01-01"), req(Benefits, "2023-01-01")),
	}
}

// LawOf returns the law of a jurisdiction ID, or false.
func LawOf(jurisdiction string) (Law, bool) {
	laws := Laws()
	i := slices.IndexFunc(laws, func(l Law) bool { return l.Jurisdiction == jurisdiction })
	if i < 0 {
		return Law{}, false
	}
	return laws[i], true
}

// Check reports what posting p for role r lacks under the pay-transparency
// law of jurisdiction on date on: one problem.Advice per statement the law
// requires on that date and the posting does not make, with the rule ID
// "<jurisdiction>.<statement>" (such as "us-co.deadline") and the law's
// source in the message. A law applies from its effective dates and from
// its employer size: when the posting gives the employer's size
// (hiringOrganization.numberOfEmployees) below the threshold, nothing is
// required; when it gives none, the law is assumed to apply.
//
// The pay range is stated by the posting's baseSalary or, without one, the
// role's pay band; benefits by the posting's benefits; the deadline by its
// applicationDeadline or validThrough. Which jurisdictions' laws reach a
// posting (where the work is done, where a remote applicant may live) is
// the caller's to decide. An unknown jurisdiction is an error listing the
// known ones.
func Check(p Posting, r role.Role, jurisdiction string, on civil.Date) ([]problem.Advice, error) {
	l, ok := LawOf(jurisdiction)
	if !ok {
		var ids []string
		for _, x := range Laws() {
			ids = append(ids, x.Jurisdiction)
		}
		return nil, fmt.Errorf("posting: check: %q is not a jurisdiction of the table%s (the jurisdictions: %s): %w",
			jurisdiction, problem.DidYouMean(jurisdiction, ids), strings.Join(ids, ", "), problem.ErrInvalid)
	}
	if on.IsZero() {
		return nil, fmt.Errorf("posting: check %s: give the date to check on: %w", jurisdiction, problem.ErrInvalid)
	}
	if n := p.HiringOrganization.Employees; n > 0 && n < l.MinEmployees {
		return nil, nil
	}
	var out []problem.Advice
	for _, q := range l.Requires {
		if on.Compare(q.From) < 0 {
			continue
		}
		path, missing := "", ""
		switch q.Statement {
		case PayRange:
			if p.BaseSalary == nil && r.Pay == nil {
				path, missing = "baseSalary", "the pay range offered (a baseSalary, or a pay band on the role)"
			}
		case Benefits:
			if len(p.Benefits) == 0 {
				path, missing = "benefits", "a general description of the benefits and other pay"
			}
		case Deadline:
			if p.ApplicationDeadline.IsZero() && p.ValidThrough.IsZero() {
				path, missing = "applicationDeadline", "the date applications are expected to close"
			}
		}
		if missing != "" {
			out = append(out, problem.Advice{Path: path, Rule: l.Jurisdiction + "." + string(q.Statement),
				Message: fmt.Sprintf("%s requires %s in postings from %s (%s; %s)", l.Name, missing, q.From, l.Citation, l.Source)})
		}
	}
	return out, nil
}
