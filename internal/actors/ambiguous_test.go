package actors_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAmbiguousBody covers a name two bodies share ("KGB"), which the
// article's countries and then the date settle.
func TestAmbiguousBody(t *testing.T) {
	tests := []struct {
		name, text, date string
		want             []got
	}{
		{"a body of a country the story names is that country's", "Belarus detained the manager. He was taken to a KGB detention centre.", "2013-08-26", []got{
			{"Belarus", "BLR", "BLR", "name"},
			{"KGB", "BLR_KGB", "BLRSPY", "alias"},
		}},
		{"a body of the country of a person named before is that country's", "Vladimir Putin, a former KGB officer, spoke.", "2020-03-01", []got{
			{"Vladimir Putin", "VLADIMIR_PUTIN", "RUSGOV", "name"},
			{"KGB", "USSR_KGB", "RUSSPY", "alias"},
		}},
		{"a body dissolved before the date gives way to one that exists", "Agents of the KGB searched the flat.", "2020-03-01", []got{
			{"KGB", "BLR_KGB", "BLRSPY", "alias"},
		}},
		{"a body founded after the date gives way to one that existed", "Agents of the KGB searched the flat.", "1985-03-01", []got{
			{"KGB", "USSR_KGB", "RUSSPY", "alias"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, resolve(t, tt.text, tt.date)); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
