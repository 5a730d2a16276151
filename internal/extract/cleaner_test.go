package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestCleanGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/clean/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 6 {
		t.Fatalf("found %d golden inputs, want at least 6", len(inputs))
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := Clean(string(text))
			golden := strings.TrimSuffix(in, ".txt") + ".golden.json"
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want Cleaned
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Clean mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Structural rules decide from more than one line; each case plants a line
// (or lines) and names the rule that must remove it, or "" to keep it.
func TestStructuralRules(t *testing.T) {
	tests := []struct {
		name, text string
		line, rule string
	}{
		{
			"a breadcrumb ending in the title is removed",
			"Home / World / Europe / " + ruleTitle + "\n" + planted("", "tail"),
			"Home / World / Europe / " + ruleTitle, "breadcrumb",
		},
		{
			"a breadcrumb of sections above the title is removed",
			"Main > Politics > Local\n" + planted("", "tail"),
			"Main > Politics > Local", "breadcrumb",
		},
		{
			"a Russian partner list is removed",
			planted("Новости партнёров\nКак выбрать ноутбук для учёбы", "tail"),
			"Как выбрать ноутбук для учёбы", "partners",
		},
		{
			"a guillemet breadcrumb after the title is removed",
			strings.Replace(planted("News » Local » "+ruleTitle, "head"), "\n\n", "\n", 1),
			"News » Local » " + ruleTitle, "breadcrumb",
		},
		{
			"a line with slashes that is not a breadcrumb stays",
			planted("Engineers found cracks in two supports / and one pillar / on the north side.", "middle"),
			"Engineers found cracks in two supports / and one pillar / on the north side.", "",
		},
		{
			"the title printed twice is removed",
			planted(ruleTitle, "head"),
			ruleTitle, "title-repeat",
		},
		{
			"the title repeated with a site name is removed",
			planted(ruleTitle+" | Riverside Gazette", "head"),
			ruleTitle + " | Riverside Gazette", "title-repeat",
		},
		{
			"the title repeated with a typo is removed",
			planted("Council shuts river bridge to lorries after crack found", "head"),
			"Council shuts river bridge to lorries after crack found", "title-repeat",
		},
		{
			"a subheading sharing words with the title stays",
			planted("Council shuts other bridges", "middle"),
			"Council shuts other bridges", "",
		},
		{
			"a teaser cut off with an ellipsis is removed",
			planted("Repairs are expected to take most of the summer, the mayor's office said, and the…", "head"),
			"Repairs are expected to take most of the summer, the mayor's office said, and the…", "teaser",
		},
		{
			"a byline below a teaser is removed",
			strings.Replace(planted("Repairs are expected to take most of the summer, the mayor's office said, and the…", "head"), "…", "…\nBy Jane Smith", 1),
			"By Jane Smith", "byline",
		},
		{
			"a lede printed twice loses its first copy",
			planted(ruleBody[3], "head"),
			"", "",
		},
		{
			"a paragraph that starts like another but goes elsewhere stays",
			planted("Repairs are expected to take most of the summer, but nobody believes it.", "head"),
			"Repairs are expected to take most of the summer, but nobody believes it.", "",
		},
		{
			"a bio naming the byline's author is removed",
			strings.Replace(planted("Jane Smith covers transport for the Gazette.", "tail"), ruleTitle, ruleTitle+"\nBy Jane Smith", 1),
			"Jane Smith covers transport for the Gazette.", "bio",
		},
		{
			"a closing paragraph naming someone else stays",
			strings.Replace(planted("Olga Ivanova covers the council's budget hearings every week.", "tail"), ruleTitle, ruleTitle+"\nBy Jane Smith", 1),
			"Olga Ivanova covers the council's budget hearings every week.", "",
		},
		{
			"a keyword-spam tail is removed",
			planted("buy cheap viagra, casino online, best seo", "tail"),
			"buy cheap viagra, casino online, best seo", "spam-tail",
		},
		{
			"a keyword line about the article stays",
			planted("bridge, council, lorries, ferry", "tail"),
			"bridge, council, lorries, ferry", "",
		},
		{
			"a closing sentence with commas stays",
			planted("Drivers, cyclists, walkers: all will wait", "tail"),
			"Drivers, cyclists, walkers: all will wait", "",
		},
		{
			"a partner link under its heading is removed",
			planted("Partner news\nTen tricks doctors hate", "tail"),
			"Ten tricks doctors hate", "partners",
		},
		{
			"a related link under its heading is removed",
			planted("Read also:\nFerry timetable for the summer", "middle"),
			"Ferry timetable for the summer", "related",
		},
		{
			"a subheading in the body stays",
			planted("What happens next", "middle"),
			"What happens next", "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.text)
			if tt.line != "" {
				checkRule(t, got, tt.line, tt.rule)
			} else {
				checkRule(t, got, ruleBody[3], "")
				if len(got.Removed) != 1 || got.Removed[0].Rule != "teaser" {
					t.Errorf("removed %v, want one teaser", got.Removed)
				}
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Cleaned
	}{
		{"empty text is empty", "", Cleaned{}},
		{"a lone paragraph is text, not a title", "Just one line of text here.", Cleaned{Text: "Just one line of text here."}},
		{
			"a headline, byline and body are split",
			"Bridge closed\nBy Jane Smith and Olga Ivanova\n\nThe bridge is closed.\nIt will reopen in May.",
			Cleaned{
				Title: "Bridge closed", Author: "Jane Smith and Olga Ivanova",
				Text:    "The bridge is closed.\n\nIt will reopen in May.",
				Removed: []news.Removal{{Line: "By Jane Smith and Olga Ivanova", Rule: "byline"}},
			},
		},
		{
			"a first line ending in a full stop is not a title",
			"The bridge is closed.\nIt will reopen in May.",
			Cleaned{Text: "The bridge is closed.\n\nIt will reopen in May."},
		},
		{
			"whitespace inside lines is collapsed",
			"Bridge\u00a0 closed\n\n\tThe  bridge is\u00a0closed.  \r\n",
			Cleaned{Title: "Bridge closed", Text: "The bridge is closed."},
		},
		{
			"a hard-wrapped paragraph is joined",
			"Bridge closed\n\nThe council voted on Thursday to close the old river\nbridge to lorries after engineers found cracks in two\nof its supports.\n\nA ferry will run.",
			Cleaned{
				Title: "Bridge closed",
				Text:  "The council voted on Thursday to close the old river bridge to lorries after engineers found cracks in two of its supports.\n\nA ferry will run.",
			},
		},
		{
			"a headline above a wrapped paragraph in one block stays apart",
			"Bridge closed to lorries for the summer months\nThe council voted on Thursday to close the old river\nbridge to lorries after engineers found cracks. Repairs\nwill take the summer.",
			Cleaned{
				Title: "Bridge closed to lorries for the summer months",
				Text:  "The council voted on Thursday to close the old river bridge to lorries after engineers found cracks. Repairs will take the summer.",
			},
		},
		{
			"a list of headlines in one block is not joined",
			"Bridge closed\n\nFerry prices to rise next month\nCouncil approves a new budget plan\n\nThe bridge is closed.",
			Cleaned{
				Title: "Bridge closed",
				Text:  "Ferry prices to rise next month\n\nCouncil approves a new budget plan\n\nThe bridge is closed.",
			},
		},
		{
			"a breadcrumb stands in for a missing title line",
			"Home » City » Bridge closed to lorries\nThe council voted on Thursday to close the old river bridge to lorries.",
			Cleaned{
				Title:   "Bridge closed to lorries",
				Text:    "The council voted on Thursday to close the old river bridge to lorries.",
				Removed: []news.Removal{{Line: "Home » City » Bridge closed to lorries", Rule: "breadcrumb"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Clean(tt.text)); diff != "" {
				t.Errorf("Clean mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleanKeepsCleanArticles runs the cleaner over the ScrapingHub
// benchmark's hand-cleaned article bodies, which hold no boilerplate: every
// word the cleaner drops from them is a wrongly dropped word.
func TestCleanKeepsCleanArticles(t *testing.T) {
	b, err := os.ReadFile("../../../shared/data/extraction/scrapinghub/ground-truth.json")
	if os.IsNotExist(err) {
		t.Skip("shared data absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatal(err)
	}
	total, dropped := 0, 0
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range truth {
			if !yield(id) {
				return
			}
		}
	}) {
		body := truth[id].ArticleBody
		total += len(strings.Fields(body))
		for _, r := range Clean(body).Removed {
			dropped += len(strings.Fields(r.Line))
			t.Logf("%s: %s: %q", id, r.Rule, r.Line)
		}
	}
	kept := 1 - float64(dropped)/float64(total)
	t.Logf("%d articles, %d words, %d dropped: %.4f kept", len(truth), total, dropped, kept)
	if kept < 0.995 {
		t.Errorf("kept %.4f of the words of clean articles, want at least 0.995", kept)
	}
}

func FuzzClean(f *testing.F) {
	// Small seeds: minimising a new input costs an exec per byte, and a
	// whole golden article makes that take minutes.
	inputs, _ := filepath.Glob("testdata/clean/*.txt")
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b[:min(len(b), 400)]))
	}
	f.Add(planted("[ad_1]", "middle"))
	f.Add("Home / A / B\nB\nBy X Y\n\nB…\nB and more\n\na, b, c\n")
	f.Fuzz(func(t *testing.T, text string) {
		got := Clean(text)
		// Kept and removed lines come from the input, modulo whitespace.
		flat := strings.Join(strings.Fields(text), " ")
		for _, p := range strings.Split(got.Text, "\n\n") {
			if !strings.Contains(flat, p) {
				t.Errorf("kept paragraph %q is not in the input", p)
			}
		}
		for _, r := range got.Removed {
			if !strings.Contains(flat, r.Line) || r.Rule == "" {
				t.Errorf("removal %+v is not an input line with a rule", r)
			}
		}
		if !strings.Contains(flat, got.Title) || !strings.Contains(flat, got.Author) {
			t.Errorf("title %q or author %q is not in the input", got.Title, got.Author)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	inputs, err := filepath.Glob("testdata/clean/*.txt")
	if err != nil || len(inputs) == 0 {
		b.Fatal("no inputs", err)
	}
	var texts []string
	n := 0
	for _, in := range inputs {
		t, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
