package actors

import (
	"strings"
	"testing"
)

// TestNominative declines invented names: the given names stand in for
// the knowledge base's, so each row reads the grammar alone.
func TestNominative(t *testing.T) {
	given := map[string]bool{}
	for _, g := range strings.Fields("Антон Анна Иван Ольга Дмитрий Сергей Игорь Мария Елена Николай Андрей Олександр Аляксандр Андрэй Святлана Світлана Алексей") {
		given[g] = true
	}
	isGiven := func(w string) bool { return given[w] }
	tests := []struct{ name, in, want string }{
		{"a masculine genitive with an indeclinable surname", "Антона Геращенко", "Антон Геращенко"},
		{"a masculine genitive in -я of a name in -й", "Сергея Соколова", "Сергей Соколов"},
		{"a masculine genitive of an adjectival surname", "Андрея Белого", "Андрей Белый"},
		{"a masculine genitive of a surname in -ский", "Алексея Зареченского", "Алексей Зареченский"},
		{"a masculine dative", "Дмитрию Кузнецову", "Дмитрий Кузнецов"},
		{"a masculine dative of a surname in -ич", "Николаю Статкевичу", "Николай Статкевич"},
		{"a masculine instrumental of a surname in -ов", "Игорем Семёновым", "Игорь Семёнов"},
		{"a masculine instrumental with a patronymic", "Антоном Сергеевичем Геращенко", "Антон Сергеевич Геращенко"},
		{"a masculine genitive with a patronymic", "Ивана Петровича Сидорова", "Иван Петрович Сидоров"},
		{"a masculine prepositional", "Сергее Соколове", "Сергей Соколов"},
		{"a feminine genitive of a surname in -ова", "Елены Волковой", "Елена Волкова"},
		{"a feminine genitive of a name in -ия", "Марии Петровой", "Мария Петрова"},
		{"a feminine instrumental", "Анной Сидоровой", "Анна Сидорова"},
		{"a feminine accusative", "Ольгу Ковалеву", "Ольга Ковалева"},
		{"a feminine accusative of an adjectival surname", "Анну Зареченскую", "Анна Зареченская"},
		{"a woman's surname in a consonant does not decline", "Анной Алексиевич", "Анна Алексиевич"},
		{"a Ukrainian genitive of a surname in -енко", "Олександра Ткаченка", "Олександр Ткаченко"},
		{"a Ukrainian instrumental of a surname in -енко", "Олександром Ткаченком", "Олександр Ткаченко"},
		{"a Ukrainian dative in -ові", "Олександрові Ткаченку", "Олександр Ткаченко"},
		{"a Ukrainian feminine genitive of a surname in -ська", "Світлани Коваленської", "Світлана Коваленська"},
		{"a Belarusian instrumental of a surname in -аў", "Андрэем Саннікавым", "Андрэй Саннікаў"},
		{"a Belarusian dative of a surname in -ка", "Аляксандру Лукашэнку", "Аляксандр Лукашэнка"},
		{"a Belarusian feminine genitive of a surname in -ская", "Святланы Ціханоўскай", "Святлана Ціханоўская"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := nominative(strings.Fields(tt.in), isGiven)
			if !ok || strings.Join(got, " ") != tt.want {
				t.Errorf("nominative(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
	keeps := []struct{ name, in string }{
		{"a name whose given name is a nominative already", "Анна Иванова"},
		{"a name whose given name the knowledge base lacks", "Зоряны Ковальовой"},
		{"a masculine given name with a feminine surname's case", "Антона Ивановой"},
		{"a feminine given name with a masculine surname's case", "Анной Ивановым"},
		{"one word", "Антона"},
	}
	for _, tt := range keeps {
		t.Run(tt.name+" is kept", func(t *testing.T) {
			if got, ok := nominative(strings.Fields(tt.in), isGiven); ok {
				t.Errorf("nominative(%q) = %q, want it kept", tt.in, got)
			}
		})
	}
}
