// Package interop holds what the importers and exporters of external
// formats share: the Report every reader returns, with the provenance of
// each imported value and the problems met on the way. Each external
// format has its own package below this one (interop/onet, interop/esco,
// interop/case, …); the model packages know none of them.
package interop
