package amounts

import (
	"strconv"
	"strings"

	"github.com/entente-news/entente/internal/news"
	"github.com/entente-news/entente/internal/nlp"
)

// scales are multiplier words and suffixes, lower case.
var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3, "тыс": 1e3, "тыс.": 1e3, "тысяч": 1e3, "тысячи": 1e3,
	"million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "млн": 1e6, "млн.": 1e6, "миллионов": 1e6, "миллиона": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "млрд": 1e9, "млрд.": 1e9, "миллиардов": 1e9, "миллиарда": 1e9,
	"trillion": 1e12, "tn": 1e12, "трлн": 1e12, "трлн.": 1e12,
}

// symbols are currency signs and codes written before the number.
var symbols = map[string]string{
	"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH",
	"usd": "USD", "eur": "EUR", "rub": "RUB", "byn": "BYN", "byr": "BYR", "uah": "UAH", "pln": "PLN", "gbp": "GBP",
}

// currencies are currency words and codes written after the number.
var currencies = map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD", "даляраў": "USD",
	"euro": "EUR", "euros": "EUR", "eur": "EUR", "евро": "EUR", "еўра": "EUR",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "рублёў": "RUB", "рублеў": "RUB",
	"byn": "BYN", "byr": "BYR",
	"hryvnia": "UAH", "hryvnias": "UAH", "hryvnyas": "UAH", "uah": "UAH", "гривен": "UAH", "гривны": "UAH",
	"zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "pln": "PLN", "злотых": "PLN",
	"pound": "GBP", "pounds": "GBP", "gbp": "GBP",
}

// units are measures after the number, with a factor into the unit.
var units = map[string]struct {
	unit   string
	factor float64
}{
	"ton": {"t", 1}, "tons": {"t", 1}, "tonne": {"t", 1}, "tonnes": {"t", 1}, "t": {"t", 1}, "тонн": {"t", 1}, "тонны": {"t", 1},
	"barrel": {"bbl", 1}, "barrels": {"bbl", 1}, "bbl": {"bbl", 1}, "баррелей": {"bbl", 1},
	"bcm": {"m3", 1e9}, "кубометров": {"m3", 1}, "m3": {"m3", 1},
	"km": {"km", 1}, "kilometre": {"km", 1}, "kilometres": {"km", 1}, "kilometer": {"km", 1}, "kilometers": {"km", 1}, "км": {"km", 1},
	"kilometre-long": {"km", 1}, "mile": {"mi", 1}, "miles": {"mi", 1},
}

// counted are nouns counted in Russian and Belarusian, with their English
// lemma, since the tagger does not lemmatise Cyrillic.
var counted = map[string]string{
	"человек": "person", "чалавек": "person", "военных": "soldier", "военнослужащих": "soldier",
	"солдат": "soldier", "мигрантов": "migrant", "мігрантаў": "migrant", "протестующих": "protester",
}

// timeNouns measure time: "15 minutes" is a duration, and "in the last
// quarter" dates an amount rather than saying what it counts.
var timeNouns = map[string]bool{
	"time": true, "second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true,
	"year": true, "quarter": true, "decade": true, "century": true, "period": true, "term": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true,
	"июля": true, "августа": true, "сентября": true, "октября": true, "ноября": true, "декабря": true,
}

// labels are nouns whose number names rather than counts: "Article 5".
var labels = map[string]bool{
	"article": true, "section": true, "paragraph": true, "chapter": true, "no": true, "no.": true,
	"resolution": true, "protocol": true, "flight": true, "page": true, "point": true, "item": true,
	"number": true, "route": true, "unit": true, "statья": true, "статья": true, "пункт": true,
}

// Find finds the amounts in doc.
func Find(doc *nlp.Doc) []news.Amount {
	if doc == nil {
		return nil
	}
	var out []news.Amount
	for si, s := range doc.Sentences {
		ts := s.Tokens
		for i := 0; i < len(ts); i++ {
			a, next, ok := amountAt(doc.Text, ts, i)
			if !ok {
				continue
			}
			a.Sentence = si
			out = append(out, a)
			i = next - 1
		}
	}
	return out
}

// amountAt reads an amount whose number is ts[i]; next is the index of the
// first token after it.
func amountAt(text string, ts []nlp.Token, i int) (a news.Amount, next int, ok bool) {
	num, suffix, ok := parseNumber(ts[i].Text)
	if !ok {
		return a, 0, false
	}
	first, last := i, i
	scale := 1.0
	cur := ""
	// A currency before the number: "$", "US$", "USD".
	if i > 0 {
		if c, ok := symbols[strings.ToLower(ts[i-1].Text)]; ok {
			cur, first = c, i-1
			if c == "USD" && i > 1 && ts[i-2].Text == "US" && ts[i-2].Span.End == ts[i-1].Span.Start {
				first = i - 2
			}
		}
	}
	if i > 0 && labels[strings.ToLower(ts[i-1].Text)] && cur == "" {
		return a, 0, false
	}
	switch suffix {
	case "":
	case "%":
		return finish(text, ts, first, i, news.Amount{Value: num, Unit: "%", Kind: "percent"})
	default:
		if f, ok := scales[strings.ToLower(suffix)]; ok {
			scale = f
		} else if u, ok := units[strings.ToLower(strings.TrimPrefix(suffix, "-"))]; ok {
			return finish(text, ts, first, i, news.Amount{Value: num * u.factor, Unit: u.unit, Kind: "quantity"})
		} else {
			return a, 0, false // "1st", "2020s", "FR4978"
		}
	}
	j := i + 1
	if j < len(ts) && scale == 1 {
		// Lone letters are scales only glued to the number: "5 m" may be metres.
		if w := strings.ToLower(ts[j].Text); len(w) > 1 && scales[w] > 0 {
			f := scales[w]
			scale, last, j = f, j, j+1
		}
	}
	value := num * scale
	word := func(k int) string {
		if k < len(ts) {
			return strings.ToLower(ts[k].Text)
		}
		return ""
	}
	switch w := word(j); {
	case w == "%" || w == "percent" || w == "pct" || strings.HasPrefix(w, "процент") || strings.HasPrefix(w, "працэнт"):
		return finish(text, ts, first, j, news.Amount{Value: value, Unit: "%", Kind: "percent"})
	case w == "per" && word(j+1) == "cent":
		return finish(text, ts, first, j+1, news.Amount{Value: value, Unit: "%", Kind: "percent"})
	case cur == "" && currencies[w] != "":
		return finish(text, ts, first, j, news.Amount{Value: value, Unit: currencies[w], Kind: "money"})
	case cur == "" && (w == "belarusian" || w == "белорусских" || w == "беларускіх") && currencies[word(j+1)] == "RUB":
		return finish(text, ts, first, j+1, news.Amount{Value: value, Unit: "BYN", Kind: "money"})
	case cur != "":
		if u := currencies[w]; u != "" && u == cur { // "$5 dollars"
			last = j
		}
		return finish(text, ts, first, last, news.Amount{Value: value, Unit: cur, Kind: "money"})
	case w == "cubic" && strings.HasPrefix(word(j+1), "met"):
		return finish(text, ts, first, j+1, news.Amount{Value: value, Unit: "m3", Kind: "quantity"})
	case w == "square" && (word(j+1) == "kilometres" || word(j+1) == "kilometers" || word(j+1) == "km"):
		return finish(text, ts, first, j+1, news.Amount{Value: value, Unit: "km2", Kind: "quantity"})
	}
	if u, ok := units[word(j)]; ok {
		return finish(text, ts, first, j, news.Amount{Value: value * u.factor, Unit: u.unit, Kind: "quantity"})
	}
	// A counted noun: "4,000 migrants", "120,000 Ukrainian troops".
	if isYear(ts[i].Text) && scale == 1 || nextIsMonth(ts, i) || prevIsMonth(ts, first) {
		return a, 0, false
	}
	k := j
	if k < len(ts) && ts[k].UPOS == "ADJ" && k+1 < len(ts) && plural(ts[k+1]) {
		k++
	}
	if k < len(ts) && plural(ts[k]) && !timeNouns[lemmaOf(ts[k])] {
		lemma := lemmaOf(ts[k])
		return finish(text, ts, first, k, news.Amount{Value: value, Unit: lemma, Kind: "quantity", Object: lemma})
	}
	if l, ok := counted[word(j)]; ok {
		return finish(text, ts, first, j, news.Amount{Value: value, Unit: l, Kind: "quantity", Object: l})
	}
	return a, 0, false
}

// finish sets the amount's text and span over ts[first..last] and looks
// for its object after it.
func finish(text string, ts []nlp.Token, first, last int, a news.Amount) (news.Amount, int, bool) {
	a.Span = news.Span{Start: ts[first].Span.Start, End: ts[last].Span.End}
	a.Text = text[a.Span.Start:a.Span.End]
	next := last + 1
	if a.Object == "" {
		a.Object = object(ts, next)
	}
	// A rate: "US$165.60 per 1,000 cubic metres" keeps its denominator
	// out of the amounts.
	if next < len(ts) && strings.EqualFold(ts[next].Text, "per") && !(next+1 < len(ts) && strings.EqualFold(ts[next+1].Text, "cent")) {
		k := next + 1
		for k < len(ts) && k < next+5 && ts[k].UPOS != "PUNCT" && !strings.EqualFold(ts[k].Text, "in") {
			k++
			if w := strings.ToLower(ts[k-1].Text); isNoun(ts[k-1]) && w != "cubic" && w != "square" {
				break // the unit: "per 1,000 cubic metres"
			}
		}
		if k > next+1 && a.Object == "" {
			a.Object = strings.TrimSpace(text[ts[next].Span.Start:ts[k-1].Span.End])
		}
		next = k
	}
	return a, next, true
}

// object is the noun the amount counts, read in a window after it: a noun
// right after ("$1.5 billion loan") or the noun of an "in"/"of" phrase
// ("$1.5 billion in loans", "4 billion cubic metres of gas").
func object(ts []nlp.Token, k int) string {
	if k >= len(ts) {
		return ""
	}
	if isNoun(ts[k]) {
		for k+1 < len(ts) && isNoun(ts[k+1]) {
			k++ // "$2 billion gas deal": the last noun
		}
		return lemmaOf(ts[k])
	}
	switch strings.ToLower(ts[k].Text) {
	case "in", "of", "worth":
		for n := k + 1; n < len(ts) && n <= k+4; n++ {
			switch ts[n].UPOS {
			case "DET", "ADJ", "NUM":
				continue
			case "NOUN", "PROPN":
				for n+1 < len(ts) && isNoun(ts[n+1]) {
					n++
				}
				if timeNouns[lemmaOf(ts[n])] {
					return "" // "in the last quarter" says when, not what
				}
				return lemmaOf(ts[n])
			}
			break
		}
	}
	return ""
}

func isNoun(t nlp.Token) bool { return t.UPOS == "NOUN" }

func plural(t nlp.Token) bool { return t.XPOS == "NNS" }

func lemmaOf(t nlp.Token) string {
	w := strings.ToLower(t.Text)
	l := strings.ToLower(t.Lemma)
	if l == "" {
		l = w
	}
	// The lemmatiser keeps some plurals whole ("troops"); a plural noun
	// whose lemma is its form loses a plain -s.
	if l == w && t.XPOS == "NNS" && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && len(l) > 3 {
		l = l[:len(l)-1]
	}
	return l
}

// parseNumber reads a numeral with thousands commas and a decimal point,
// and any letters or sign glued after it ("300m", "2bn", "56%",
// "679-kilometre").
func parseNumber(s string) (float64, string, bool) {
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ',' || s[end] == '.') {
		end++
	}
	if end == 0 || s[0] < '0' || s[0] > '9' {
		return 0, "", false
	}
	digits := strings.TrimRight(s[:end], ".,")
	suffix := s[len(digits):]
	// Thousands commas come in threes: "4,930", "100,000"; "1,5" is a
	// decimal comma.
	if strings.Contains(digits, ",") {
		parts := strings.Split(digits, ",")
		group := true
		for _, p := range parts[1:] {
			if len(p) < 3 || len(p) > 3 && !strings.Contains(p, ".") || len(p) > 3 && strings.Index(p, ".") != 3 {
				group = false
			}
		}
		if group {
			digits = strings.ReplaceAll(digits, ",", "")
		} else if len(parts) == 2 && !strings.Contains(digits, ".") {
			digits = parts[0] + "." + parts[1]
		} else {
			return 0, "", false
		}
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, "", false
	}
	return v, suffix, true
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1000 && n <= 2100
}

func nextIsMonth(ts []nlp.Token, i int) bool {
	return i+1 < len(ts) && months[strings.ToLower(ts[i+1].Text)]
}

func prevIsMonth(ts []nlp.Token, i int) bool {
	return i > 0 && months[strings.ToLower(ts[i-1].Text)]
}
