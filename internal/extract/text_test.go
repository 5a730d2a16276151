package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"paragraphs are separated by one blank line", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"whitespace runs collapse to one space", "<p>  a \n\t b  </p>", "a b"},
		{"a line break stays a single newline", "<p>a<br>b</p>", "a\nb"},
		{"text split by an inline element gets its space back", "<p>will<a>appreciate</a>it</p>", "will appreciate it"},
		{"punctuation after an inline element gets no space", "<p>see <a>this</a>.</p>", "see this."},
		{"an existing space is not doubled", "<p>a <b>b</b> c</p>", "a b c"},
		{"table cells are separated by spaces and rows are paragraphs", "<table><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table>", "x 1\n\ny 2"},
		{"list items are paragraphs", "<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"},
		{"preformatted text keeps its lines but not blank ones", "<pre>a  b\n\nc</pre>", "a  b\nc"},
		{"scripts and styles are dropped", "<p>a<script>x()</script><style>p{}</style></p>", "a"},
		{"empty blocks make no paragraph", "<p> </p><div><p></p></div><p>z</p>", "z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := render(doc); got != tt.want {
				t.Errorf("render(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
