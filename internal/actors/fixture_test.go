package actors_test

import (
	"sync"
	"testing"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
)

var (
	setupOnce sync.Once
	annotator *nlp.Annotator
	resolver  *actors.Resolver
)

func setup(tb testing.TB) (*nlp.Annotator, *actors.Resolver) {
	tb.Helper()
	setupOnce.Do(func() {
		an, err := nlp.NewAnnotator()
		if err != nil {
			panic(err)
		}
		annotator, resolver = an, actors.New(kb.Default())
	})
	return annotator, resolver
}

// got is a mention without its offsets, which the text already pins.
type got struct {
	Text, Actor, Code, How string
}

// checkCode resolves text at date and compares the code of the mention
// whose text is mention with want. With mustExist, an absent mention
// fails; otherwise it passes only when want is empty, since an uncoded
// mention may as well be none.
func checkCode(t *testing.T, text, date, mention, want string, mustExist bool) {
	t.Helper()
	m, ms, ok := mentionIn(t, text, date, mention)
	switch {
	case ok && m.Code != want:
		t.Errorf("%q coded %s, want %s", m.Text, m.Code, want)
	case !ok && (mustExist || want != ""):
		t.Errorf("Resolve(%q) = %+v, want a mention %q", text, ms, mention)
	}
}

// checkActor resolves text at date and compares the actor of the mention
// whose text is mention with want; an absent mention fails.
func checkActor(t *testing.T, text, date, mention, want string) {
	t.Helper()
	m, ms, ok := mentionIn(t, text, date, mention)
	switch {
	case ok && m.Actor != want:
		t.Errorf("%q is %s, want %s", m.Text, m.Actor, want)
	case !ok:
		t.Errorf("Resolve(%q) = %+v, want a mention %q", text, ms, mention)
	}
}

// mentionIn resolves text at date and returns the first mention whose
// text is mention, with all of them.
func mentionIn(t *testing.T, text, date, mention string) (got, []got, bool) {
	t.Helper()
	ms := resolve(t, text, date)
	for _, m := range ms {
		if m.Text == mention {
			return m, ms, true
		}
	}
	return got{}, ms, false
}

func resolve(t *testing.T, text, date string) []got {
	t.Helper()
	an, r := setup(t)
	var at time.Time
	if date != "" {
		var err error
		if at, err = time.Parse(time.DateOnly, date); err != nil {
			t.Fatal(err)
		}
	}
	var out []got
	for _, m := range r.Resolve(an.Annotate(text), at) {
		out = append(out, got{m.Text, string(m.Actor), m.Code, m.How})
	}
	return out
}
