// Package amounts finds money, percentages and counted quantities in an
// annotated article: *nlp.Doc → []news.Amount, in text order, each with its
// value normalised ("$1.5 billion" → 1.5e9 USD), its unit (an ISO 4217
// currency, "%", "t", "bbl", "m3", "km", or the lemma of the counted noun:
// "migrant"), its kind ("money", "percent", "quantity") and what it counts
// (Object: "$1.5 billion in loans" → "loan", "5 million tonnes of oil" →
// "oil"), as GDELT's knowledge graph records amounts.
//
// It reads English and Russian forms: currency symbols and codes before or
// after the number ("$", "US$", "€", "£", "USD", "roubles", "долларов"),
// scale words and suffixes ("million", "bn", "300m", "тыс.", "млн",
// "млрд"), "per cent", "%", "процентов", units, and a plural noun after the
// number, with one adjective allowed between ("4,000 Russian troops").
// Object is found by a window rule: a noun right after the amount, or the
// noun of an "in"/"of" phrase after it; the dependency parse is not needed.
//
// Years, dates ("22 March"), times, ordinals ("1st"), clause and model
// numbers ("Article 5", "MiG-29") and bare numbers with nothing counted are
// not amounts. "Belarusian roubles" are BYN: the text alone does not say
// whether a sum predates the 2016 redenomination (BYR), and Find has no
// date. Number words ("two million") are not read. The rules are written
// here because the Go libraries for quantities parse units in isolation
// and know neither news usage ("$1.5bn in loans") nor Russian.
package amounts
