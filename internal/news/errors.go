package news

import "errors"

// Sentinel errors. Stages wrap them with context; the HTTP layer maps them to
// status codes in one place.
var (
	// ErrNotFound: the thing asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the caller's input is malformed (a bad query, a bad date).
	ErrInvalid = errors.New("invalid input")
	// ErrUnsupported: the input is of a kind Entente does not read.
	ErrUnsupported = errors.New("unsupported input")
)
