package news

import (
	"errors"
	"net/http"
)

// Sentinel errors. Stages wrap them with context; the HTTP layer maps them to
// status codes in one place.
var (
	// ErrNotFound: the thing asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the caller's input is malformed (a bad query, a bad date).
	ErrInvalid = errors.New("invalid input")
	// ErrUnsupported: the input is of a kind Entente does not read.
	ErrUnsupported = errors.New("unsupported input")
	// ErrTooLarge: the input exceeds a limit (a query, a request body).
	ErrTooLarge = errors.New("too large")
	// ErrMethod: a route that exists was asked with a method it does not
	// serve (POST where it wants GET).
	ErrMethod = errors.New("method not allowed")
)

// Status maps an error to its HTTP status code. It is the one place that
// does: the JSON API and the web pages both answer with it, and it sits
// beside the sentinels so a new one gets its code where it is declared.
func Status(err error) int {
	switch {
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, ErrInvalid), errors.Is(err, ErrUnsupported):
		return http.StatusBadRequest
	case errors.Is(err, ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, ErrMethod):
		return http.StatusMethodNotAllowed
	default:
		return http.StatusInternalServerError
	}
}
