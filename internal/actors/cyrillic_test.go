package actors

import (
	"slices"
	"testing"
)

func TestNominatives(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a genitive in -а drops it", "Путина", "Путин"},
		{"a dative in -у drops it", "Путину", "Путин"},
		{"an instrumental in -ым drops it", "Путиным", "Путин"},
		{"an instrumental in -ом drops it", "Медведевом", "Медведев"},
		{"a prepositional in -е drops it", "Путине", "Путин"},
		{"a foreign surname's genitive in -а drops it", "Олланда", "Олланд"},
		{"a feminine genitive in -ы gives -а", "Ангелы", "Ангела"},
		{"a feminine instrumental in -ой gives -а", "Ангелой", "Ангела"},
		{"a feminine accusative in -у gives -а", "Москву", "Москва"},
		{"a genitive of a name in -й gives -й", "Алексея", "Алексей"},
		{"an instrumental of a name in -й gives -й", "Алексеем", "Алексей"},
		{"a dative of a name in -ь gives -ь", "Игорю", "Игорь"},
		{"an adjectival genitive gives -ий", "Зеленского", "Зеленский"},
		{"an adjectival genitive gives -ый", "Навального", "Навальный"},
		{"an adjectival dative gives -ий", "Зеленскому", "Зеленский"},
		{"an adjectival instrumental gives -ий", "Зеленским", "Зеленский"},
		{"a feminine adjectival genitive gives -ая", "Тихановской", "Тихановская"},
		{"a feminine adjectival accusative gives -ая", "Тихановскую", "Тихановская"},
		{"a genitive in -ии gives -ия", "России", "Россия"},
		{"a Belarusian feminine genitive in -ай gives -ая", "Ціханоўскай", "Ціханоўская"},
		{"a Belarusian instrumental in -ам gives -а", "Лукашэнкам", "Лукашэнка"},
		{"a Belarusian genitive in -і gives -ь", "Беларусі", "Беларусь"},
		{"a Ukrainian adjectival genitive gives -ий", "Зеленського", "Зеленський"},
		{"a Ukrainian instrumental in -им gives -ий", "Зеленським", "Зеленський"},
		{"a Ukrainian dative in -ові drops it", "Путінові", "Путін"},
		{"an indeclinable name stands as it is", "Лукашенко", "Лукашенко"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nominatives(tt.in); !slices.Contains(got, tt.want) {
				t.Errorf("nominatives(%q) = %q, want it to hold %q", tt.in, got, tt.want)
			}
		})
	}
	t.Run("a two-letter word gets no guesses", func(t *testing.T) {
		if got := nominatives("Ли"); len(got) != 1 {
			t.Errorf("nominatives(Ли) = %q", got)
		}
	})
}
