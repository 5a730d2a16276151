package kb

// A Place is a city or region a KB record names on its "place" or
// "capital" lines: the name also stands for the record's actor (a city for
// its country, as the Phoenix dictionaries code it; a capital for the
// government), and Place tells the name was a place. PLOVER codes places
// apart from the state they belong to (see internal/actors.PLOVER).
type Place struct {
	Country string // ISO 3166-1 alpha-3
	Capital bool
}

// Place reports whether name is a place the KB knows, compared by Key.
func (k *KB) Place(name string) (Place, bool) {
	p, ok := k.places[Key(name)]
	return p, ok
}

func (k *KB) addPlaces(rec *record) {
	country := rec.actor.Country
	if country == "" {
		if a, ok := k.actors[rec.actor.ID]; ok {
			country = a.Country
		}
	}
	if country == "" {
		country = string(rec.actor.ID)
	}
	for _, n := range rec.places {
		if key := Key(n); key != "" && !k.places[key].Capital {
			k.places[key] = Place{Country: country}
		}
	}
	for _, n := range rec.capitals {
		if key := Key(n); key != "" {
			k.places[key] = Place{Country: country, Capital: true}
		}
	}
}
