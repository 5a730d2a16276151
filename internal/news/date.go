package news

import (
	"fmt"
	"time"
)

// ParseDate reads a date bound as users type it: 2006-01-02 or
// RFC 3339. Empty means no bound (the zero time). Errors wrap ErrInvalid.
func ParseDate(v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD: %w", v, ErrInvalid)
}
