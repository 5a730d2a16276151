package main

import (
	"strings"
	"testing"
)

func TestTrain(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string // "" for success
		wantOut string
	}{
		{"help lists the pos and parse tasks", []string{"train", "--help"}, "", "parse"},
		{"help lists the sentences task", []string{"train", "--help"}, "", "sentences"},
		{"a missing treebank is a clear error", []string{"train", "parse", "--data", "/nonexistent"}, "not found", ""},
		{"a missing treebank is a clear error for sentences too", []string{"train", "sentences", "--data", "/nonexistent"}, "not found", ""},
		{"an unknown task is refused", []string{"train", "nonsense"}, "unknown", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := entente(t, tt.args...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("output %q lacks %q", out, tt.wantOut)
			}
		})
	}
}
