package nlp

// An Entity is a typed run of tokens [Start, End) in one sentence.
type Entity struct {
	Start, End int
	Type       string
}

// Entities reads the entities off BIO tags with conlleval's rules, so a
// sequence that breaks BIO (an I- after O or after another type) still
// yields what conlleval would count: that I- starts a new entity.
func Entities(tags []string) []Entity {
	var out []Entity
	open := -1
	typ := ""
	for i, t := range tags {
		tt := ""
		if len(t) > 2 && t[1] == '-' {
			tt = t[2:]
		}
		if open >= 0 && (t == "O" || t[0] == 'B' || tt != typ) {
			out = append(out, Entity{Start: open, End: i, Type: typ})
			open = -1
		}
		if open < 0 && tt != "" {
			open, typ = i, tt
		}
	}
	if open >= 0 {
		out = append(out, Entity{Start: open, End: len(tags), Type: typ})
	}
	return out
}

// An EntityCount tallies one type's entities as conlleval does: a predicted
// entity is correct only when its span and type both match a gold one.
type EntityCount struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// Precision, Recall and F1 are fractions in [0, 1]; zero when undefined.
func (c EntityCount) Precision() float64 { return ratio(c.Correct, c.Predicted) }
func (c EntityCount) Recall() float64    { return ratio(c.Correct, c.Gold) }
func (c EntityCount) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EntityCounts holds an EntityCount per type, and the total under "".
type EntityCounts map[string]EntityCount

// Add counts one sentence's gold and predicted BIO tags.
func (c EntityCounts) Add(gold, pred []string) {
	g, p := Entities(gold), Entities(pred)
	for _, e := range g {
		c.bump(e.Type, func(x *EntityCount) { x.Gold++ })
	}
	for _, e := range p {
		c.bump(e.Type, func(x *EntityCount) { x.Predicted++ })
	}
	// Both lists are ordered by start and non-overlapping, so a merge finds
	// the exact matches.
	i, j := 0, 0
	for i < len(g) && j < len(p) {
		switch {
		case g[i].Start < p[j].Start:
			i++
		case g[i].Start > p[j].Start:
			j++
		default:
			if g[i] == p[j] {
				c.bump(g[i].Type, func(x *EntityCount) { x.Correct++ })
			}
			i++
			j++
		}
	}
}

func (c EntityCounts) bump(typ string, f func(*EntityCount)) {
	for _, k := range []string{typ, ""} {
		x := c[k]
		f(&x)
		c[k] = x
	}
}
