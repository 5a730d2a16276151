package news

import (
	"fmt"
	"io"
	"testing"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"not found is 404", fmt.Errorf("article 3: %w", ErrNotFound), 404},
		{"invalid input is 400", fmt.Errorf("date: %w", ErrInvalid), 400},
		{"unsupported input is 400", ErrUnsupported, 400},
		{"a query over the limit is 413", fmt.Errorf("search: %w", ErrTooLarge), 413},
		{"a method the route does not serve is 405", fmt.Errorf("POST /api/search: %w", ErrMethod), 405},
		{"anything else is 500", io.ErrUnexpectedEOF, 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Status(tt.err); got != tt.want {
				t.Errorf("Status(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}
