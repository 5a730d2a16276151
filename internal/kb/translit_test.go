package kb

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRomanize(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string // each must be among the spellings
	}{
		{"Belarusian Lukashenka keeps its -a ending", "be", "Лукашэнка", []string{"Lukashenka", "Łukašenka", "Lukašenka"}},
		{"Russian Lukashenko keeps its -o ending", "ru", "Лукашенко", []string{"Lukashenko"}},
		{"Belarusian given name gives the passport and BGN forms", "be", "Аляксандр", []string{"Aliaksandr", "Alyaksandr", "Alaksandr"}},
		{"Ukrainian -ський gives the national -skyi and BGN -skyy", "uk", "Зеленський", []string{"Zelenskyi", "Zelenskyy"}},
		{"Russian -ский gives BGN -skiy and press -sky", "ru", "Зеленский", []string{"Zelenskiy", "Zelensky"}},
		{"Belarusian ў becomes u in the press and ŭ in Łacinka", "be", "Ціханоўская", []string{"Tsikhanouskaya", "Cichanoŭskaja"}},
		{"Russian Tikhanovskaya", "ru", "Тихановская", []string{"Tikhanovskaya"}},
		{"Russian й ending gives both Sergei and Sergey", "ru", "Сергей", []string{"Sergei", "Sergey"}},
		{"Belarusian г is h", "be", "Сяргей", []string{"Siarhei", "Syarhey"}},
		{"Ukrainian ї after a vowel is i in the 2010 system", "uk", "Київ", []string{"Kyiv"}},
		{"Russian е after a vowel is e in the press", "ru", "Киев", []string{"Kiev", "Kiyev"}},
		{"Russian initial е is ye", "ru", "Ельцин", []string{"Yeltsin"}},
		{"щ is shch", "ru", "Хрущёв", []string{"Khrushchev", "Khrushchyov"}},
		{"х may be h in the European press", "ru", "Ходорковский", []string{"Khodorkovsky", "Hodorkovsky"}},
		{"Ukrainian зг is zgh", "uk", "Згурський", []string{"Zghurskyi"}},
		{"Belarusian soft signs become acutes in the national system", "be", "Мікаль", []string{"Mikaĺ", "Mikal"}},
		{"capitals stay on the first letter of a digraph", "ru", "Щукин", []string{"Shchukin"}},
		{"Latin letters and punctuation pass through", "ru", "Иван-Иванов (IV)", []string{"Ivan-Ivanov (IV)"}},
		{"the language is guessed from ў", "", "Ціханоўская", []string{"Tsikhanouskaya"}},
		{"the language is guessed from ї", "", "Київ", []string{"Kyiv"}},
		{"a word with only і is tried as Belarusian and Ukrainian", "", "Мінск", []string{"Minsk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Romanize(tt.lang, tt.in)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Romanize(%q, %q) = %q, missing %q", tt.lang, tt.in, got, w)
				}
			}
		})
	}
}

func TestRomanizeNeverLeavesCyrillic(t *testing.T) {
	alphabets := map[string]string{
		"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ея ъе ье",
		"be": "абвгдзжеёжзійклмнопрстуўфхцчшыьэюя АБВГДЗЖЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯ ля ль ая",
		"uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ зг ая",
	}
	for lang, s := range alphabets {
		for _, r := range Romanize(lang, s) {
			for _, c := range r {
				if c >= 0x400 && c <= 0x4FF {
					t.Errorf("Romanize(%q, %q) = %q keeps Cyrillic %q", lang, s, r, c)
				}
			}
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"ў is Belarusian", "Ціханоўская", []string{"be"}},
		{"э after a consonant is Belarusian", "Лукашэнка", []string{"be"}},
		{"ї is Ukrainian", "Київ", []string{"uk"}},
		{"і with и is Ukrainian", "Зеленський Володимир Київський", []string{"uk"}},
		{"no і is Russian", "Лукашенко", []string{"ru"}},
		{"і alone is ambiguous", "Мінск", []string{"be", "uk"}},
		{"Latin is no Cyrillic language", "Minsk", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Language(tt.in)); diff != "" {
				t.Errorf("Language(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestVariants(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		not      []string
	}{
		{"Aleksandr gives Alexander and Aleksander", "Aleksandr Lukashenko",
			[]string{"Aleksandr Lukashenko", "Alexander Lukashenko", "Aleksander Lukashenko", "Alexandr Lukashenko"}, nil},
		{"Sergei and Sergey alternate", "Sergei Lavrov", []string{"Sergey Lavrov"}, nil},
		{"the -sky family is complete", "Volodymyr Zelensky",
			[]string{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskii", "Volodymyr Zelenskyi"}, nil},
		{"Dmitriy gives Dmitry and Dmitri but not Dmitryy", "Dmitriy", []string{"Dmitry", "Dmitri", "Dmitrii"}, []string{"Dmitryy"}},
		{"BGN ye after a vowel gives the press e", "Kiyev", []string{"Kiev"}, nil},
		{"a name without variable parts is itself", "Minsk", []string{"Minsk"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Variants(tt.in)
			if len(got) == 0 || got[0] != tt.in {
				t.Errorf("Variants(%q) = %q, want the name first", tt.in, got)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Variants(%q) = %q, missing %q", tt.in, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Variants(%q) = %q, should not contain %q", tt.in, got, w)
				}
			}
		})
	}
}

func TestVariantsAreCapped(t *testing.T) {
	got := Variants("Aleksei Zelenskiy Dmitriy Sergeyevich Aleksandr Nikolai Zelenskiy Kiyev")
	if len(got) > maxVariants {
		t.Errorf("got %d variants, want at most %d", len(got), maxVariants)
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case folds", "LUKASHENKO", "lukashenko"},
		{"Latin diacritics go", "Lukašenka", "lukasenka"},
		{"ł folds though NFD cannot split it", "Łukašenka", "lukasenka"},
		{"dots go", "U.N.", "un"},
		{"hyphens and underscores are spaces", "Ter-Petrosyan_x", "ter petrosyan x"},
		{"apostrophes go", "Mar’ina O'Brien", "marina obrien"},
		{"spaces collapse and trim", "  Alexander \t Lukashenko ", "alexander lukashenko"},
		{"Cyrillic stays Cyrillic", "Аляксандр Лукашэнка", "аляксандр лукашэнка"},
		{"ё folds to е", "Пётр", "петр"},
		{"й and ў keep their breve", "Сяргей Ціханоўскі", "сяргей ціханоўскі"},
		{"ß expands", "Weißrussland", "weissrussland"},
		{"empty stays empty", " - ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkRomanize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Romanize("be", "Аляксандр Рыгоравіч Лукашэнка")
	}
}
