// Package onet imports the O*NET database (the US Department of Labor's
// occupational database, published under CC BY 4.0) from its text release:
// a folder of tab-separated files in the release's own names.
//
// What each file becomes:
//
//   - Content Model Reference.txt: the name, description and branch of each
//     skill and knowledge element. Each element rated in Skills.txt or
//     Knowledge.txt becomes one competency, with the ID a slug of its name
//     ("reading-comprehension"; a taken slug gets the element ID added, and
//     the report says so), SameAs "onet:<element ID>", Category the name of
//     the element's parent in the content model ("Content"), and Kind from
//     the branch: knowledge for 2.C, soft for the social skills 2.B.1, hard
//     for the other skills (Options.Kinds overrides by prefix).
//   - Level Scale Anchors.txt: the LV anchors of each element become its
//     indicators, at the anchor's level.
//   - Occupation Data.txt: each occupation becomes a role whose ID is its
//     O*NET-SOC code ("15-1254.00"), with its title, its description as the
//     summary, and the code under the scheme "onet-soc".
//   - Skills.txt, Knowledge.txt: each occupation's level (LV, a mean from 0
//     to 7) and importance (IM, 1 to 5) of an element become one
//     requirement: the level on the tenths scale "onet-level-tenths" (4.38
//     is 44; Options.Rounded puts it on the integer scale "onet-level"),
//     the importance as its weight, and preferred when the importance is
//     below Options.PreferredBelow (3 by default), required otherwise.
//     Values O*NET recommends suppressing, and levels it marks not
//     relevant, are left out and reported; an occupation with no rating at
//     all is imported without requirements and reported as missing.
//   - Education, Training, and Experience.txt: the required level of
//     education (RL) and related work experience (RW) are distributions of
//     respondents over categories. The import takes the category of the
//     median respondent, the lowest at which the cumulative share reaches
//     half: for RL, the role's minimum credential (less than high school
//     means none; certificates and some college count as the degree below
//     them, a first professional degree and post-doctoral training as a
//     doctorate); for RW, one experience requirement in the area
//     "related-work" with the category's bounds as a typical range in years
//     (months rounded to two decimals; "over 10 years" is 10+; a month or
//     less is no requirement). Each distribution is written out in the
//     report, with the rule applied.
//   - Job Zone Reference.txt, Job Zones.txt: the five job zones become a
//     ladder "onet-job-zones" of five levels ("job-zone-1" …), promotions
//     between neighbours, and each role's level is its job zone.
//   - Alternate Titles.txt: each occupation's alternate titles become the
//     role's aliases (without repeats, at most 500).
//   - Technology Skills.txt: the technology examples become the role's tags,
//     hot technologies first (at most 50).
//   - Related Occupations.txt, when the release has it: lateral moves
//     between imported roles, with the relatedness tier as the note.
//
// Every imported value has its file and line in the report; every row left
// out, mapped or malformed is reported with its line. Nothing is invented:
// a value the release lacks stays empty and is reported as missing.
package onet
