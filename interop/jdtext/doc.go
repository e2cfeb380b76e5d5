// Package jdtext reads a job description written as text (a word
// processor's export, a careers page, Markdown) into a careerkit role, and
// writes a role back in the layout of the seed job description.
//
// # Reading
//
// Parse (and Read and Import, which call it) reads the text line by line,
// once: time and memory are linear in its length, and texts above
// MaxTextBytes are refused. Every value it keeps is in the report with its
// line (or span of lines) and the rule that produced it; every line it
// cannot place is reported as skipped with the reason. Nothing is invented:
// what the text does not say is left out.
//
// A line is a bullet when it starts with "•", "●", "▪", "◦", "‣", "·", "*",
// "+", "-", "–" or a number and "." or ")", followed by a space; in a list
// section a line without a marker is an item as well, so plain lists
// ("Responsibilities:" followed by one duty a line) read as bulleted ones.
//
// The header. Navigation lines copied from a web page ("Back to Home",
// "Apply now") are skipped. The title is the rest of a line starting with
// "Key Responsibilities and Required Skills for " (the seed's layout),
// "Job Title:", "Title:", "Position:" or "Role:", or of a Markdown "# "
// line, or else the first line that is not a heading (rules "title:prefix",
// "title:markdown", "title:first-line"). The role's ID is the slug of the
// title. A line starting with "💰", "💵", "Salary:", "Salary range:",
// "Pay:", "Pay range:", "Compensation:" or "Base salary:", and any line in a
// compensation section, is the pay, read by salary.ParseRange with
// Options.Pay (rule "pay:range"); a pay line it cannot read is malformed.
// Before the first heading, a line of words separated by "·", "|" or ",",
// or one word with no spaces, is the tags; words run together
// ("EngineeringSoftwareLeadership", as copying the seed's tag buttons
// gives) are split before each capital that follows a small letter
// (reported as mapped). A line starting with "Tags:" anywhere is the tags.
// Other lines before the first heading are the summary.
//
// Headings. A line that is not a bullet is a heading when its folded text
// (leading emoji, "#" and "*" dropped, parenthesised text and a trailing
// colon removed, "&" read as "and", lowercase) is in the table below, or
// when it starts with "#", or when it ends in ":" and is at most 80 bytes
// with no sentence in it. A heading not in the table opens a section whose
// lines are skipped (reported). The table of synonyms:
//
//	summary             role definition, summary, role summary, job summary, position summary,
//	                    overview, role overview, about the role, about this role, the role,
//	                    job description, description
//	primary duties      responsibilities, key responsibilities, core responsibilities, primary
//	                    responsibilities, primary functions, essential functions, duties, key duties,
//	                    duties and responsibilities, your responsibilities, what you'll do, what you
//	                    will do, in this role you will, day to day, the job
//	secondary duties    secondary functions, secondary responsibilities, additional
//	                    responsibilities, other duties, other responsibilities
//	career (entry)      entry point from, entry points, entry point
//	career (advance)    advancement to, advancement, next roles
//	career (lateral)    lateral moves, lateral moves to
//	hard skills         hard skills, technical skills, hard skills and tools
//	soft skills         soft skills, interpersonal skills, behavioral (behavioural) competencies
//	knowledge           knowledge, knowledge areas, required knowledge
//	preferred skills    preferred hard skills, preferred technical skills, preferred soft skills,
//	                    preferred knowledge
//	requirements        requirements, qualifications, required qualifications, minimum
//	                    qualifications, basic qualifications, required skills, required skills and
//	                    competencies, skills, skills and qualifications, skills and experience,
//	                    requirements and qualifications, what you'll bring, what you will bring,
//	                    what you bring, what we're looking for, what we are looking for, you have,
//	                    must have, must haves, about you, education and experience
//	nice to have        nice to have(s), nice-to-have(s), bonus points, bonus points if you have,
//	                    bonus, preferred qualifications, preferred skills, desired skills, good to
//	                    have, pluses, it's a plus if you have
//	minimum education   minimum education, education, educational background, required
//	                    education, education requirements
//	preferred education preferred education
//	fields of study     relevant fields of study, fields of study
//	experience          experience requirements, typical experience range, experience, required
//	                    experience
//	preferred experience preferred experience
//	pay                 compensation, salary, pay, pay range, salary range
//	grouping only       career progression, typical career path, career path (lines under them
//	                    are skipped)
//	left out            benefits, perks, perks and benefits, what we offer, about us, about the
//	                    company, how to apply, equal opportunity, location, work arrangement
//
// "Preferred" alone takes its meaning from the section before it:
// preferred experience after experience, preferred education after
// education, preferred skills of the same kind after skills, nice to have
// otherwise.
//
// What each section's lines become (the rule in provenance is
// "heading:<section>", with "/experience", "/education", "/skill" or
// "/qualification" for a line of a mixed list):
//
//   - summary: the lines, joined by spaces, are Role.Summary.
//   - duties: each line is a primary or secondary responsibility.
//   - career: each line is a Move. Its title is the run of capitalised
//     words at the start ("/", "&", "-" and "of", "and", "for", "in", "the"
//     between capitalised words belong to it); the rest is the note
//     ("Tech Lead / Engineering Lead with demonstrable ownership" is the
//     title "Tech Lead / Engineering Lead" and the note "with demonstrable
//     ownership"). A line ending in a parenthesis has its note inside it.
//   - skills: each line is a skill of the section's kind (hard, soft,
//     knowledge), required, or preferred in a preferred section; see
//     Skills.
//   - requirements and nice to have: a mixed list. A line stating years is
//     experience; one naming a degree, diploma or certification is
//     education; any other is a hard skill. Required in requirements,
//     preferred in nice to have.
//   - education: see Education. A line naming no credential is a
//     qualification.
//   - fields of study: each line is one of Education.Fields.
//   - experience: a line stating years is experience (see Experience);
//     another is a qualification (preferred in a preferred section).
//
// # Skills
//
// A skill's head phrase (HeadPhrase) is the text before the first ":",
// " — ", " – ", " - ", "(", ";", "," or ". ", then before " for ", " to ",
// " with ", " including ", " while ", " that ", " tailored " or " such as ",
// without leading fillers ("Strong", "Deep", "Familiarity with", "Knowledge
// of", "Ability to" …) and a trailing "skills" or "expertise", at most 8
// words. With Options.Catalog, the skill is looked up (competency.Index
// Lookup: ID, alias or name, ignoring case and spacing; no fuzzy matching)
// by the whole line, by its head phrase and by the head phrase's slug, in
// that order; the first match is the competency. Otherwise, or when nothing
// matches (reported as mapped, naming the skill: the report lists every
// unmatched skill), a new competency is made: its ID is the slug of the head
// phrase (SkillID: lowercase ASCII letters and digits, every other run of
// characters one hyphen, cut to 64 bytes at a hyphen), its name the head
// phrase, its kind the section's, its description the whole line, and the
// items of parenthesised lists ("(Docker, Kubernetes)") its tags. An ID or
// name already taken gets "-2", "-3" … (" (2)" on the name), reported. A
// skill already required is skipped.
//
// Each skill is a requirement of the role at Options.Level (default 3,
// "Working" on the framework scale, the catalog's default scale), required
// or preferred by section; the report marks every such level as a default
// (mapped), since a posting states none. When a catalog competency's scale
// has no such level, its middle level is used (reported).
//
// # Experience
//
// A number of years is "N years", "N+ years", "N years+", "N–M years",
// "N–M+ years", "N to M years", optionally after "typically" ("usually",
// "generally", "normally": RangeKind typical) and "at least" ("a minimum
// of", "minimum of", "no less than": a minimum; with a maximum, RangeKind
// minimum); "more than N" and "over N" are read as "N+" (mapped). A plus
// is OpenEnded. The first number of years of a line is a requirement; each
// later one ("with 2–6 years in …", "including 2+ years leading people",
// "and 3+ years managing …") is a nested part (Including) when its range
// lies inside the requirement's, and a requirement of its own otherwise.
// The areas of each are the text after its years up to the connector
// before the next years ("with", "including", "of which", "and", "plus",
// "in addition to", a comma or semicolon), read by AreaSlugs: cut at the
// first " with ", " including ", " and ", ",", ";", dash, "(" or ":"; split
// at " or " into alternatives (Area the first, Areas the rest); each
// without leading "of", "in", "as", "at", "on", "within", "the", "a", "an",
// "relevant", "professional", "progressive", "hands-on", "related",
// "combined", "total", "proven" and trailing "experience", "role(s)",
// "work", "position(s)", "background", and slugged. So "6–12+ years of
// software engineering experience with 2–6 years in people management or
// engineering leadership roles" is software-engineering, 6–12+, including
// people-management or engineering-leadership, 2–6. Years without an area
// ("5+ years of experience") get the area "general" (mapped). The whole
// line is the Note of each requirement it gives.
//
// # Education
//
// ParseCredentials reads a line: "or equivalent experience" (and
// "equivalent practical/work/professional experience") sets
// EquivalentExperience on a required line, and is dropped, with a
// reported skip, when the role states no required experience to stand for
// the credential. The line is cut at the first " in ": before it, each
// piece of the list (commas, "or") naming a level is a degree
// (high-school, associate, bachelor, master, doctorate; "MBA" a master's
// named MBA; "BS", "MS" … in capitals), and a piece naming a certification
// or licence a certification; after it, the fields of study of the degrees
// named after the last comma before " in ", except "MBA" (a credential of
// its own), "equivalent … degree" (a degree at the line's level, any
// field), certifications, and "a related … field", which names no field
// and is left out (mapped). In a minimum section the first credential is
// the minimum when it is a degree, and every other an alternative; in a
// preferred section every credential is preferred.
//
// # Writing
//
// Render writes a role in the seed's layout, and Parse reads it back: with
// the catalog the role refers to as Options.Catalog, Parse(Render(r, cat))
// gives r again, except for what the layout cannot say:
//
//   - requirement levels and weights (every skill comes back at the default
//     level, with no weight), and codes, family, track, level, aliases;
//   - a move naming a role by ID (it comes back as a title);
//   - a band's explicit midpoint; field aliases; school subjects; dates;
//   - the Note of an experience requirement that does not read back as the
//     requirement (Render then writes a statement from the fields, which
//     becomes the Note), the notes of nested parts, and an explicit range
//     kind the notation already gives (it comes back left out);
//   - order across sections: requirements come back grouped by section
//     (hard, soft, knowledge, then the preferred ones in that order), and
//     required experience before preferred;
//   - Area and Areas are read back as the first accepted area and the rest;
//   - alternatives without a minimum whose first is a degree (it comes back
//     as the minimum).
//
// Texts that would be read as something else also do not survive: a
// responsibility or summary that is a heading of the table or has years in
// a qualification, tags with "·", "|" or ",".
package jdtext
