package paygap

// ReadCSVLimit is ReadCSV with a limit of maxBytes, for tests.
var ReadCSVLimit = readCSV
