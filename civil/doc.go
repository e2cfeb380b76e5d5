// Package civil holds Date, a calendar date with no time of day and no time
// zone, as careerkit's documents write dates: "2026-09-30". A rating's
// assessedAt and a market distribution's asOf are dates.
//
// Dates read and write the text YYYY-MM-DD only; anything else (30/09/2026,
// 2026-9-30, a date with a time) is an error that says how to write it.
package civil
