// Package news holds Entente's domain types and the contracts shared between
// stages: what a raw document, an article and a search hit are, the sentinel
// errors, and the Store that persists articles.
//
// It imports nothing else from the project; every other package may import it.
// It does no I/O and holds no behaviour beyond small helpers on its types.
package news
