// Package jsonld writes a role and its posting as schema.org JSON-LD, the
// structured data search engines read from a job posting's page, and lints
// such JSON-LD against Google's rules for job postings.
//
// JobPosting joins a role.Role and a posting.Posting into a schema.org
// JobPosting: the title, an HTML description built from the role (summary,
// responsibilities, skills, education, experience and qualifications, every
// text escaped), the posting's dates, hiring organisation, places and
// remote-work terms, employment types, identifier, pay as a MonetaryAmount
// with exact amounts, the education and experience requirements in the
// shapes Google reads (EducationalOccupationalCredential with Google's
// credentialCategory values, OccupationalExperienceRequirements with
// monthsOfExperience), the O*NET-SOC code as occupationalCategory, and the
// skills by name. Occupation writes a role with market pay data as a
// schema.org Occupation whose estimatedSalary is a
// MonetaryAmountDistribution.
//
// Lint checks JSON-LD against Rules, a table of the properties Google's job
// posting documentation requires and recommends, each with its source.
package jsonld
