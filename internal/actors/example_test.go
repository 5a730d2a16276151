package actors_test

import (
	"fmt"
	"time"

	"github.com/entente-news/entente/internal/actors"
	"github.com/entente-news/entente/internal/kb"
	"github.com/entente-news/entente/internal/nlp"
)

func ExampleResolver_Resolve() {
	an, err := nlp.NewAnnotator()
	if err != nil {
		panic(err)
	}
	r := actors.New(kb.Default())
	doc := an.Annotate("Minsk rejected the offer. The Russian president said Belarusian troops would stay, and Lukashenka agreed.")
	for _, m := range r.Resolve(doc, time.Date(2013, 6, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Printf("%s → %s %s (%s)\n", m.Text, m.Actor, m.Code, m.How)
	}
	// Output:
	// Minsk → BLRGOV BLRGOV (metonym)
	// Russian president → VLADIMIR_PUTIN RUSGOV (role)
	// Belarusian troops → BLRMIL BLRMIL (adjective)
	// Lukashenka → ALEXANDER_LUKASHENKO BLRGOV (surname)
}
