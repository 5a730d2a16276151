package events

import "strings"

// ploverType folds modality into the PLOVER type, as the PLOVER manual
// (2021, sections 2 and AGREE) asks for a single category rather than a
// category plus mode: cooperation of any kind (CONSULT to RETREAT) that is
// promised, offered, planned or in the future is AGREE ("said they will
// release the hostages", "willing to withdraw"); material conflict that
// is threatened or envisaged is THREATEN ("ASSAULT + hypothetical");
// cooperation the sentence denies ("will not accept") is REJECT, our own
// reading of the manual's REJECT. The verbs that state agreement itself
// (agree, offer, promise, pledge, vow) are AGREE.
func ploverType(typ, lemma, modality string, quad int) string {
	switch {
	case typ == "":
		return ""
	case modality == "negated":
		if quad == 1 || quad == 2 {
			return "REJECT"
		}
	case modality == "threat":
		// What is threatened is a threat, whatever it would be done:
		// "threatened to send troops" promises nothing.
		return "THREATEN"
	case modality != "":
		switch {
		case quad == 1 || quad == 2:
			return "AGREE"
		case quad == 4:
			return "THREATEN"
		}
	case agreeing[lemma] && (quad == 1 || quad == 2) && typ != "CONCEDE" && typ != "RETREAT":
		return "AGREE"
	}
	return typ
}

var agreeing = map[string]bool{"agree": true, "offer": true, "promise": true, "pledge": true, "vow": true}

// combatType follows the PLOVER manual on COERCE: "combatants captured
// during conflict should be coded as ASSAULT 'abduct' rather than COERCE
// 'arrest'". A seizure, capture or arrest (CAMEO 171, 173, 192) between
// two armed parties is an act of combat.
func combatType(typ, code, source, target string) string {
	if typ != "COERCE" || !strings.HasPrefix(code, "171") && !strings.HasPrefix(code, "173") && code != "192" {
		return typ
	}
	if armed(source) && armed(target) {
		return "ASSAULT"
	}
	return typ
}

// armed reports a CAMEO actor code with an armed sector: military,
// rebels, insurgents, unidentified armed forces.
func armed(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "MIL", "REB", "INS", "UAF":
			return true
		}
	}
	return false
}
