package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestParseRules(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
		wantRules          int
	}{
		{"the embedded file parses", linesTSV, "", len(lineRules)},
		{"comments and blank lines are skipped", "# c\n\nad\tline\t20\tadvert\n", "", 1},
		{"a define expands and is not a rule", "X\tdefine\t-\tfoo|bar\nr\tline\t20\t{X} baz\n", "", 1},
		{"regexp repetitions and classes pass through", "r\tline\t20\t\\p{L}{2,3}\n", "", 1},
		{"a missing column is an error", "ad\tline\tadvert\n", "line 1: want name<TAB>kind<TAB>max<TAB>pattern", 0},
		{"an unknown kind is an error", "ad\tsomewhere\t20\tx\n", `line 1: unknown kind "somewhere"`, 0},
		{"a max that is not a length is an error", "ad\tline\tlong\tx\n", `line 1: max "long" is not a length`, 0},
		{"a bad regexp is an error", "\nad\tline\t20\t(x\n", "line 2: rule ad: error parsing regexp", 0},
		{"an undefined name is an error", "ad\tline\t20\t{NOPE}\n", "line 1: undefined {NOPE}", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := parseRules(tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) != tt.wantRules {
				t.Errorf("got %d rules, want %d", len(rs), tt.wantRules)
			}
		})
	}
}

func TestDefineExpandsInsideAGroup(t *testing.T) {
	rs, err := parseRules("X\tdefine\t-\ta|b\nr\tline\t20\t{X}c\n")
	if err != nil {
		t.Fatal(err)
	}
	// Without the group "a|bc" would match "a" alone.
	for line, want := range map[string]bool{"ac": true, "bc": true, "a": false} {
		if got := rs[0].re.MatchString(line); got != want {
			t.Errorf("match %q = %v, want %v", line, got, want)
		}
	}
}

// Body paragraphs the rule cases are planted among; any of them removed is
// a failure too.
var ruleBody = []string{
	"The council voted on Thursday to close the old river bridge to lorries after engineers found cracks in two of its supports.",
	"Residents of the eastern district said the closure would add half an hour to their commute, and shop owners feared for deliveries.",
	"Repairs are expected to take most of the summer, the mayor's office said, and the cost will be shared with the regional government.",
	"A temporary ferry will run from the market square every twenty minutes until the bridge reopens to heavy traffic in the autumn.",
}

const ruleTitle = "Council shuts river bridge to lorries after cracks found"

// planted builds a small article with line at pos: "head" right after the
// title, "middle" between body paragraphs, "tail" after the last one.
func planted(line, pos string) string {
	var ls []string
	switch pos {
	case "head":
		ls = append([]string{ruleTitle, line}, ruleBody...)
	case "middle":
		ls = append([]string{ruleTitle}, ruleBody[:2]...)
		ls = append(ls, line)
		ls = append(ls, ruleBody[2:]...)
	case "tail":
		ls = append(append([]string{ruleTitle}, ruleBody...), line)
	}
	return strings.Join(ls, "\n\n")
}

func TestRuleSkipsLinesLongerThanItsMax(t *testing.T) {
	rs, err := parseRules("r\tline\t10\tx+\n")
	if err != nil {
		t.Fatal(err)
	}
	saved := lineRules
	defer func() { lineRules = saved }()
	lineRules = rs
	if h := ruleHits("xxxxxxxxxx"); h[kindLine] != 0 {
		t.Errorf("a line of max length was not matched: %v", h)
	}
	if h := ruleHits("xxxxxxxxxxx"); h[kindLine] != -1 {
		t.Errorf("a line over max length was matched: %v", h)
	}
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		name, line, pos string
		rule            string // "" when the line must be kept
	}{
		{"an ad shortcode is removed", "[ad_1]", "middle", "ad"},
		{"a double-bracketed ad slot is removed", "[[ad-slot-top]]", "middle", "ad"},
		{"an adsense marker is removed", "[adsense]", "middle", "ad"},
		{"a dashed advertisement label is removed", "- Advertisement -", "middle", "ad"},
		{"an upper-case advertisement label is removed", "ADVERTISEMENT", "middle", "ad"},
		{"a Russian ad label is removed", "Реклама", "middle", "ad"},
		{"a sentence about advertisement stays", "Advertisement revenue at the local paper fell by a third, its editor said on Friday.", "tail", ""},

		{"a photo credit is removed", "Photo: Reuters", "middle", "caption"},
		{"a photo-by credit is removed", "Photo by Ivan Petrov / AFP", "middle", "caption"},
		{"a caption ending in a bracketed credit is removed", "Lorries queue at the bridge on Monday. (Photo: City Council)", "middle", "caption"},
		{"an image credit is removed", "Image credit: Getty Images", "middle", "caption"},
		{"a picture credit is removed", "Picture: Anna Berg", "middle", "caption"},
		{"a Russian photo credit is removed", "Фото: ТАСС", "middle", "caption"},
		{"a file photo caption is removed", "File photo of the river bridge taken in 2019", "middle", "caption"},
		{"a sentence mentioning a photo stays", "One photo shared by a driver showed a crack as wide as a hand in the northern support.", "tail", ""},
		{"a sentence with photos by the dozen stays", "Photos by the dozen circulated online within an hour of the announcement on Thursday.", "middle", ""},

		{"a read-more line is removed", "Read more: City to build second bridge by 2030", "middle", "related"},
		{"a read-also line is removed", "READ ALSO: Ferry prices to rise", "middle", "related"},
		{"a related line is removed", "Related: Engineers warn of ageing bridges", "middle", "related"},
		{"a see-also line is removed", "See also Bridges across the region in numbers", "middle", "related"},
		{"a Russian read-also line is removed", "Читайте также: Мост закроют на ремонт", "middle", "related"},
		{"a sentence starting with related stays", "Related repairs on the western bank are due to start next year, officials said.", "tail", ""},

		{"an also-available notice is removed", "This article is also available in Russian", "tail", "language"},
		{"a read-in notice is removed", "Read this article in Belarusian", "head", "language"},
		{"a Russian language notice is removed", "Эта статья также доступна на белорусском языке", "tail", "language"},
		{"a sentence about publishing in a town stays", "The report was published in Minsk on Monday and circulated widely among drivers.", "tail", ""},
		{"a translation credit is removed", "Translated from Russian by Olga Ivanova", "tail", "translation"},
		{"a republishing notice is removed", "This article was originally published by Example News and is republished with permission.", "tail", "republished"},
		{"a short republishing notice is removed", "Republished with permission", "tail", "republished"},
		{"a translation of a document stays", "The translation of the old bridge charter was finished by volunteers from the museum last year.", "tail", ""},
		{"a story first reported elsewhere stays", "The story was first reported by a local radio station, which sent a reporter to the bridge.", "tail", ""},

		{"a view counter is removed", "1,234 views", "tail", "views"},
		{"a labelled view counter is removed", "Views: 5 678", "head", "views"},
		{"a Russian view counter is removed", "Просмотров: 123", "tail", "views"},
		{"a sentence with views stays", "The council's video of the cracks got 1,234 views in its first hour online.", "tail", ""},

		{"a follow-us line is removed", "Follow us on Twitter, Telegram and Facebook", "tail", "follow"},
		{"a Russian follow line is removed", "Подписывайтесь на наш Telegram-канал", "tail", "follow"},
		{"a sentence about following on Telegram stays", "Protesters followed the convoy on Telegram channels and shared its route with drivers.", "tail", ""},
		{"a bar of calls to action is removed", "Follow @entente_demo | Join our Telegram channel | Get breaking alerts", "tail", "follow"},
		{"a sentence with a bar in it stays", "Ministers follow the talks closely | officials said on Monday that the border would reopen.", "tail", ""},
		{"a newsletter prompt is removed", "Subscribe to our newsletter", "middle", "subscribe"},
		{"a sign-up prompt at the end is removed", "Sign up for the morning briefing", "tail", "subscribe"},
		{"a sentence about subscribers stays", "Subscribers to the council's alert service were told of the closure a day early.", "tail", ""},
		{"a share line is removed", "Share this: Facebook Twitter WhatsApp", "tail", "share"},
		{"a bare list of networks is removed", "Facebook | Twitter | Email | Print", "tail", "share"},
		{"a sentence starting with share stays", "Share prices of the construction firm rose after the council announced the repair contract.", "tail", ""},
		{"a leave-a-reply heading is removed", "Leave a Reply", "tail", "comments"},
		{"a comment-form notice is removed", "Your email address will not be published. Required fields are marked *", "tail", "comments"},
		{"a comments heading at the end is removed", "Comments", "tail", "comments"},
		{"a post-a-comment heading is removed", "Post a comment", "tail", "comments"},
		{"a Disqus credit is removed", "comments powered by Disqus", "tail", "comments"},
		{"a logged-in notice is removed", "You must be logged in to post a comment.", "tail", "comments"},
		{"a partners' line of links is removed", "Related partners: Best VPN for Ukraine 2014 | Trade binary options | Cheap hotels Minsk", "tail", "partners"},
		{"a sentence about partners stays", "Partners: the two firms said on Monday they would split the contract for the bridge.", "tail", ""},
		{"an Akismet notice is removed", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "tail", "comments"},
		{"a sentence about comments stays", "Comments from residents at the meeting were mostly angry, the local paper reported.", "tail", ""},
		{"a comments subheading inside the body stays", "Comments", "middle", ""},
		{"a tags line is removed", "Tags: bridge, council, traffic", "tail", "tags"},
		{"a Russian tags line is removed", "Теги: мост, ремонт", "tail", "tags"},
		{"a sentence about tags stays", "Tags on the lorries showed that they came from at least three different countries.", "tail", ""},
		{"a copyright footer is removed", "© 2024 Example News. All rights reserved.", "tail", "copyright"},
		{"a sentence about copyright stays", "Copyright lawyers said the council could not use the drivers' photos without permission.", "tail", ""},
		{"a sentence about partners stays", "Partners in the repair project include two universities and a regional bank.", "tail", ""},

		{"a byline is removed", "By Jane Smith", "head", "byline"},
		{"an author label is removed", "Author: Jane Smith", "head", "byline"},
		{"a sentence starting with by and a weekday stays", "By Friday, the queue of lorries stretched back to the motorway junction.", "head", ""},
		{"a generic bio at the end is removed", "Anna Berg is a freelance journalist based in Riga.", "tail", "bio"},
		{"a bio-shaped sentence in the middle stays", "Anna Berg is a retired engineer and writer who first reported the cracks.", "middle", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(planted(tt.line, tt.pos))
			checkRule(t, got, tt.line, tt.rule)
		})
	}
}

// checkRule fails unless line was removed by rule, or kept when rule is "",
// with the title and every body paragraph kept.
func checkRule(t *testing.T, got Cleaned, line, rule string) {
	t.Helper()
	paras := strings.Split(got.Text, "\n\n")
	if rule == "" {
		if !slices.Contains(paras, line) {
			t.Errorf("line was not kept; removed: %v", got.Removed)
		}
	} else if !slices.Contains(got.Removed, news.Removal{Line: line, Rule: rule}) {
		t.Errorf("line not removed by %q; removed: %v; text:\n%s", rule, got.Removed, got.Text)
	}
	if got.Title != ruleTitle {
		t.Errorf("title = %q", got.Title)
	}
	for _, p := range ruleBody {
		if !slices.Contains(paras, p) {
			t.Errorf("body paragraph lost: %q", p)
		}
	}
}
