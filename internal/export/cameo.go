package export

import (
	"golang.org/x/text/language"
)

// ActorCode is a CAMEO actor code broken into GDELT's actor columns.
type ActorCode struct {
	Country    string // a country or region: "BLR", "EUR"
	KnownGroup string // an organisation with its own code: "EEC", "UNO", "NAT"
	Ethnic     string // never set: see the package doc
	Religion1  string
	Religion2  string
	Type1      string // roles and organisation types: "GOV", "MIL", "IGO"
	Type2      string
	Type3      string
}

// SplitCAMEO breaks a CAMEO actor code into its 3-letter parts, as GDELT
// does for its actor columns: "BLRGOV" is country BLR of type GOV,
// "IGOEUREEC" an IGO of region EUR known as EEC, "CHRCTH" Christian,
// Catholic. A part that is neither a type, a religion nor a country or
// region is a known group; parts beyond the columns are dropped. A code
// whose length is not a multiple of 3 is not CAMEO and splits to nothing.
func SplitCAMEO(code string) ActorCode {
	var c ActorCode
	if len(code)%3 != 0 {
		return c
	}
	types := []*string{&c.Type1, &c.Type2, &c.Type3}
	religions := []*string{&c.Religion1, &c.Religion2}
	for i := 0; i < len(code); i += 3 {
		p := code[i : i+3]
		switch {
		case cameoTypes[p]:
			fill(types, p)
		case cameoReligions[p]:
			fill(religions, p)
		case c.Country == "" && isCountry(p):
			c.Country = p
		case c.KnownGroup == "":
			c.KnownGroup = p
		}
	}
	return c
}

// fill puts p in the first empty slot.
func fill(slots []*string, p string) {
	for _, s := range slots {
		if *s == "" {
			*s = p
			return
		}
	}
}

// isCountry reports whether p is an ISO 3166-1 alpha-3 country or one of
// CAMEO's regions.
func isCountry(p string) bool {
	if cameoRegions[p] {
		return true
	}
	r, err := language.ParseRegion(p)
	return err == nil && !r.IsPrivateUse() && r.ISO3() == p
}

func set(codes ...string) map[string]bool {
	m := make(map[string]bool, len(codes))
	for _, c := range codes {
		m[c] = true
	}
	return m
}

// The CAMEO manual's (v1.1b3) lists. Type codes are the domestic roles and
// the international organisation types; AMN, IRC, GRP and UNO, though
// listed among them, are single organisations, which GDELT puts in the
// known-group column.
var (
	cameoTypes = set("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
		"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG",
		"MED", "REF", "MOD", "RAD", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET")
	cameoReligions = set("ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX",
		"HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO",
		"SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO")
	cameoRegions = set("AFR", "ASA", "BLK", "CAF", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF",
		"EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS",
		"SCN", "SEA", "WAF", "WST")
)
