package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadPetrarchConfig(t *testing.T) {
	const records = `<Validation><Sentences>
<Sentence date="19950101" id="A-1"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding><Text>Arnor restored ties with Gondor.</Text></Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Sentence date="19950101" id="A-2"><EventCoding sourcecode="ARN" targetcode="---" eventcode="064"></EventCoding><Text>Arnor restored ties.</Text></Sentence>
<Config option="comma_max" value="0"></Config>
<Sentence date="19950101" id="A-3"><EventCoding error="bad_input_parse"></EventCoding><Text>Arnor restored ties.</Text></Sentence>
<Config option="require_dyad" value="True"></Config>
<Sentence date="19950101" id="A-4"><Text>Arnor restored ties.</Text></Sentence>
</Sentences></Validation>`
	ss, err := readPetrarch([]byte(records))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID          string
		Dyad, Parse bool
	}
	var got []row
	for _, s := range ss {
		got = append(got, row{s.ID, s.dyad, s.parseInput()})
	}
	// require_dyad holds until a Config turns it off, and other options
	// leave it as it is; a broken-parse record is marked.
	want := []row{{"A-1", true, false}, {"A-2", false, false}, {"A-3", false, true}, {"A-4", true, false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}
