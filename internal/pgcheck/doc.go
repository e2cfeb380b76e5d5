// Package pgcheck holds the test that loads ratings from a real PostgreSQL
// server into a competency.PopulationBuilder and checks the ranking against
// the same ranking computed in SQL, with a benchmark of the two side by
// side. The test starts a private server with initdb and pg_ctl in a
// temporary directory on a free port, and skips when it cannot.
package pgcheck
