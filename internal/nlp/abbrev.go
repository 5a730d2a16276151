package nlp

// The abbreviation lists are short and hand-kept rather than learnt (as Punkt
// learns them) because news text uses a small, stable set, and a list is
// predictable: adding "Gen" fixes "Gen. Khrenin" everywhere, at once.

// An abbrevKind says how an abbreviation behaves before a sentence break.
type abbrevKind uint8

const (
	abbrevNone abbrevKind = iota
	// abbrevTitle precedes a name and never ends a sentence: "Mr.", "Gen.".
	abbrevTitle
	// abbrevMay can end a sentence: "etc.", "Inc.", "Jan.", "U.S.".
	abbrevMay
	// abbrevNumbered is one only before a number: "No. 5", "Art. 23".
	abbrevNumbered
)

// abbrevs maps the word before the period, as written, to its kind. Both
// capitalised and lower-case spellings are listed where both occur.
var abbrevs = map[string]abbrevKind{
	// Titles and ranks.
	"Mr": abbrevTitle, "Mrs": abbrevTitle, "Ms": abbrevTitle, "Messrs": abbrevTitle,
	"Dr": abbrevTitle, "Prof": abbrevTitle, "Rev": abbrevTitle, "Hon": abbrevTitle,
	"Gen": abbrevTitle, "Lt": abbrevTitle, "Col": abbrevTitle, "Maj": abbrevTitle,
	"Capt": abbrevTitle, "Sgt": abbrevTitle, "Cpl": abbrevTitle, "Adm": abbrevTitle,
	"Cmdr": abbrevTitle, "Brig": abbrevTitle, "Gov": abbrevTitle, "Sen": abbrevTitle,
	"Rep": abbrevTitle, "Pres": abbrevTitle, "Amb": abbrevTitle, "Supt": abbrevTitle,
	"Insp": abbrevTitle, "Fr": abbrevTitle, "Mme": abbrevTitle, "Mlle": abbrevTitle,
	"Atty": abbrevTitle, "Sens": abbrevTitle, "Reps": abbrevTitle, "Govs": abbrevTitle,
	"Gens": abbrevTitle, "Det": abbrevTitle, "Msgr": abbrevTitle, "Pfc": abbrevTitle,
	"Spc": abbrevTitle, "Ald": abbrevTitle, "Asst": abbrevTitle, "Cdr": abbrevTitle,
	"mr": abbrevTitle, "mrs": abbrevTitle, "dr": abbrevTitle, "gen": abbrevTitle,
	"MR": abbrevTitle, "MRS": abbrevTitle, "DR": abbrevTitle, "Drs": abbrevTitle,
	"P.S": abbrevTitle, "PS": abbrevTitle, // a postscript runs on: "P.S. I moved"
	// Cyrillic titles and street words: "г-н", "ул. Ленина", "им. Купалы".
	"ул": abbrevTitle, "им": abbrevTitle, "пр": abbrevTitle, "пл": abbrevTitle,
	"д": abbrevNumbered, "вул": abbrevTitle, "тов": abbrevTitle,

	// Can end a sentence.
	"St": abbrevMay, "Mt": abbrevMay, "Ft": abbrevMay, // Saint or Street
	"Jr": abbrevMay, "Sr": abbrevMay, "Inc": abbrevMay, "Corp": abbrevMay,
	"INC": abbrevMay, "CORP": abbrevMay, "LTD": abbrevMay, "PVT": abbrevMay, "Pvt": abbrevMay,
	"Sts": abbrevMay, "Ltd": abbrevMay, "Co": abbrevMay, "Bros": abbrevMay, "Plc": abbrevMay,
	"LLC": abbrevMay, "Dept": abbrevMay, "Univ": abbrevMay, "Assn": abbrevMay,
	"Ave": abbrevMay, "Blvd": abbrevMay, "Rd": abbrevMay, "Sq": abbrevMay,
	"etc": abbrevMay, "vs": abbrevMay, "v": abbrevMay, "cf": abbrevMay,
	"al": abbrevMay, "approx": abbrevMay, "est": abbrevMay, "ca": abbrevMay,
	"viz": abbrevMay, "incl": abbrevMay, "excl": abbrevMay, "min": abbrevMay,
	"max": abbrevMay, "misc": abbrevMay, "govt": abbrevMay, "dept": abbrevMay,
	"Jan": abbrevMay, "Feb": abbrevMay, "Mar": abbrevMay, "Apr": abbrevMay,
	"Jun": abbrevMay, "Jul": abbrevMay, "Aug": abbrevMay, "Sep": abbrevMay,
	"Sept": abbrevMay, "Oct": abbrevMay, "Nov": abbrevMay, "Dec": abbrevMay,
	"Mon": abbrevMay, "Tue": abbrevMay, "Tues": abbrevMay,
	"Thu": abbrevMay, "Thur": abbrevMay, "Thurs": abbrevMay, "Fri": abbrevMay,

	// US states as AP datelines write them ("WILMINGTON, Del. —"); the
	// two-letter ones with periods (N.Y., W.Va.) are acronyms already.
	// They may end a sentence: "He moved to Dover, Del. The house ...".
	"Ala": abbrevMay, "Ariz": abbrevMay, "Ark": abbrevMay, "Calif": abbrevMay,
	"Colo": abbrevMay, "Conn": abbrevMay, "Del": abbrevMay, "Fla": abbrevMay,
	"Ga": abbrevMay, "Ill": abbrevMay, "Ind": abbrevMay, "Kan": abbrevMay,
	"Ky": abbrevMay, "La": abbrevMay, "Md": abbrevMay, "Mass": abbrevMay,
	"Mich": abbrevMay, "Minn": abbrevMay, "Miss": abbrevMay, "Mo": abbrevMay,
	"Mont": abbrevMay, "Neb": abbrevMay, "Nev": abbrevMay, "Okla": abbrevMay,
	"Ore": abbrevMay, "Pa": abbrevMay, "Tenn": abbrevMay, "Tex": abbrevMay,
	"Va": abbrevMay, "Vt": abbrevMay, "Wash": abbrevMay, "Wis": abbrevMay,
	"Wyo": abbrevMay,
	"г":   abbrevMay, "гг": abbrevMay, "руб": abbrevMay, "тыс": abbrevMay,
	"млн": abbrevMay, "млрд": abbrevMay, "коп": abbrevMay, "др": abbrevMay,
	"см": abbrevMay, "т": abbrevMay, "ст": abbrevMay, "чел": abbrevMay,
	"ч": abbrevMay, "л": abbrevMay, "шт": abbrevMay,
	// Units in recipes and specifications, and German "bzw.".
	"tsp": abbrevMay, "Tsp": abbrevMay, "tbsp": abbrevMay, "Tbsp": abbrevMay,
	"oz": abbrevMay, "lb": abbrevMay, "lbs": abbrevMay, "bzw": abbrevMay,

	// Numbered references.
	"No": abbrevNumbered, "no": abbrevNumbered, "Nos": abbrevNumbered, "Nr": abbrevNumbered,
	"Art": abbrevNumbered, "art": abbrevNumbered, "Vol": abbrevNumbered, "vol": abbrevNumbered,
	"Fig": abbrevNumbered, "fig": abbrevNumbered, "Sec": abbrevNumbered, "sec": abbrevNumbered,
	"Ch": abbrevNumbered, "ch": abbrevNumbered, "p": abbrevNumbered, "pp": abbrevNumbered,
	"ext": abbrevNumbered, "Ext": abbrevNumbered, "tel": abbrevNumbered, "Tel": abbrevNumbered,
	"Para": abbrevNumbered, "para": abbrevNumbered, "Op": abbrevNumbered, "Ps": abbrevNumbered,
	"№": abbrevNumbered,
}

// starters are words that often begin a sentence and seldom follow an
// abbreviation inside one; a capitalised starter after "U.S." or "Inc."
// is taken as a new sentence. Keys are lower case.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "here": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"in": true, "on": true, "at": true, "but": true, "and": true, "so": true,
	"if": true, "when": true, "while": true, "as": true, "after": true,
	"before": true, "since": true, "what": true, "why": true, "how": true,
	"who": true, "where": true, "some": true, "many": true, "most": true,
	"also": true, "however": true, "meanwhile": true, "yet": true, "still": true,
	"for": true, "to": true, "by": true, "with": true, "not": true, "no": true,
	"now": true, "then": true, "last": true, "according": true, "both": true,
	"all": true, "one": true, "other": true, "such": true, "each": true,
	"although": true, "though": true, "because": true, "instead": true,
	"thus": true, "therefore": true, "later": true, "earlier": true, "today": true,
	"yesterday": true, "tomorrow": true, "only": true, "even": true, "more": true,
	"please": true, "thanks": true, "thank": true, "do": true, "does": true,
	"did": true, "is": true, "are": true, "was": true, "were": true, "have": true,
	"has": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "let": true, "let's": true,
}

// isStarter reports whether word, case-folded, is in starters. It folds
// ASCII into a stack buffer so the lookup does not allocate.
func isStarter(word string) bool {
	var buf [16]byte
	if len(word) > len(buf) {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return starters[string(buf[:len(word)])]
}

// lowerStarters are the lower-case words that still start a sentence after
// a period in careless writing ("ok. i will"); other lower-case words after
// a period continue the sentence.
var lowerStarters = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "we": true, "they": true,
	"it": true, "the": true, "this": true, "there": true, "what": true,
	"why": true, "how": true, "who": true, "where": true, "when": true,
	"my": true, "our": true, "your": true, "if": true, "please": true,
	"thanks": true, "do": true, "does": true, "did": true, "are": true,
	"is": true, "can": true, "let's": true, "also": true, "btw": true,
	"plus": true, "just": true, "so": true, "but": true,
}

func isLowerStarter(word string) bool { return lowerStarters[word] }
