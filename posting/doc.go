// Package posting is a role published as a job posting: when it was posted
// and until when it runs, the organisation that hires, where the work is
// done (postal addresses, or remote with the countries or regions applicants
// may live in), the employment types, the posting's identifier in the
// employer's system, whether applicants apply on the page itself, the pay
// when it differs from the role's band, benefits and an application
// deadline.
//
// A Posting refers to its role by ID and carries no role text: package
// interop/jsonld joins the two into schema.org JobPosting markup. Validate
// reports every problem of a posting at once, with JSON paths, and
// careerkit.Decode reads one strictly from JSON or YAML (the document kind
// "posting").
package posting
