package kb

import "slices"

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

// PlaceIn reports whether name is a place the KB knows in country: a
// name several states' cities share ("Tripoli") is a place in each.
func (k *KB) PlaceIn(name, country string) (Place, bool) {
	for _, p := range k.placeIn[Key(name)] {
		if p.Country == country {
			return p, true
		}
	}
	return Place{}, false
}

func (k *KB) addPlaceIn(key string, p Place) {
	for i, q := range k.placeIn[key] {
		if q.Country == p.Country {
			k.placeIn[key][i].Capital = q.Capital || p.Capital
			return
		}
	}
	k.placeIn[key] = append(k.placeIn[key], p)
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
		key := Key(n)
		if key == "" {
			continue
		}
		k.addPlaceIn(key, Place{Country: country})
		if !k.places[key].Capital {
			k.places[key] = Place{Country: country}
		}
	}
	for _, n := range rec.capitals {
		if key := Key(n); key != "" {
			k.places[key] = Place{Country: country, Capital: true}
			k.addPlaceIn(key, Place{Country: country, Capital: true})
		}
	}
}

// unplace drops from a country's places the names a hand-written record
// gives as the country's own aliases: the generator files a Phoenix synonym it
// cannot tell from a city as a place (gen/place.go), and the hand-written
// countries.txt says which are the state's names ("Ivory Coast", "East
// Timor", "West Germany"), which PLOVER codes as the state, not a place
// in it.
func (k *KB) unplace(rec *record) {
	country := string(rec.actor.ID)
	for _, n := range rec.actor.Aliases {
		if slices.Contains(rec.places, n) || slices.Contains(rec.capitals, n) {
			continue
		}
		key := Key(n)
		if p, ok := k.places[key]; ok && p.Country == country && !p.Capital {
			delete(k.places, key)
			k.placeIn[key] = slices.DeleteFunc(k.placeIn[key], func(q Place) bool { return q.Country == country })
			if len(k.placeIn[key]) == 0 {
				delete(k.placeIn, key)
			}
		}
	}
}
