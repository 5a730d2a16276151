package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/sqlite"
	"github.com/google/go-cmp/cmp"
)

// TestDemoNearDuplicates ingests the demo corpus through run() and checks
// the clusters: the planned Sochi-loan repost is a copy of its original, and
// no other two demo articles are copies of each other.
func TestDemoNearDuplicates(t *testing.T) {
	path := demoDB(t)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.List(ctx, news.Filter{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]string
	var original int64
	for _, a := range all {
		copies, err := db.Copies(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(a.Origin, "2020-09-14-sochi-loan.txt") {
			original = a.ID
		}
		for _, c := range copies {
			if c > a.ID {
				other, err := db.Article(ctx, c)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, [2]string{base(a.Origin), base(other.Origin)})
			}
		}
	}
	want := [][2]string{{"2020-09-14-sochi-loan.txt", "2020-09-15-sochi-loan-repost.txt"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("near-duplicate pairs (-want +got):\n%s", d)
	}

	t.Run("show counts an article's copies", func(t *testing.T) {
		if original == 0 {
			t.Fatal("the Sochi-loan original was not stored")
		}
		out := mustEntente(t, "show", "--db", path, itoa(original))
		if !strings.Contains(out, "copies: 1 ") {
			t.Errorf("show printed no copies line:\n%s", out)
		}
		var js struct{ Copies []int64 }
		if err := json.Unmarshal([]byte(mustEntente(t, "show", "--json", "--db", path, itoa(original))), &js); err != nil {
			t.Fatal(err)
		}
		if len(js.Copies) != 1 {
			t.Errorf("show --json copies = %v, want one", js.Copies)
		}
	})
}

func base(origin string) string {
	if i := strings.LastIndexByte(origin, '/'); i >= 0 {
		return origin[i+1:]
	}
	return origin
}
