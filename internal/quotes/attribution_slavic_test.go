package quotes

import "testing"

// Russian, Ukrainian and Belarusian copy reports with its own cues (по словам,
// заявил, что) and dashes after guillemet quotes; the wire names cover them.
func TestFindAttributesSlavicWireCopy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"как сообщили в names the body after the preposition",
			"Как сообщили в МВД, задержанных отпустили утром.",
			[]attributed{{"задержанных отпустили утром", "МВД", "RUSGOV"}}},
		{"Belarusian па словах",
			"Па словах эксперта, цэны вырастуць да восені.",
			[]attributed{{"цэны вырастуць да восені", "эксперта", ""}}},
		{"a Russian pronoun after a quote is the person named before",
			"Песков прокомментировал визит. «Никаких договорённостей нет», — сказал он.",
			[]attributed{{"Никаких договорённостей нет", "он", "DMITRY_PESKOV"}}},
		{"an unknown name after a Russian title and body",
			"«Ответ будет симметричным», — заявила пресс-секретарь МВД Ирина Волкова.",
			[]attributed{{"Ответ будет симметричным", "Ирина Волкова", ""}}},
		{"a Russian belief verb after the clause",
			"Переговоры провалятся уже в марте, считает эксперт Иван Петров.",
			[]attributed{{"Переговоры провалятся уже в марте", "Иван Петров", ""}}},
		{"Ukrainian за словами",
			"За словами Кулеба, переговори продовжаться в Женеві.",
			[]attributed{{"переговори продовжаться в Женеві", "Кулеба", "DMYTRO_KULEBA"}}},
		{"a Ukrainian pronoun after a quote is the person named before",
			"Кулеба прибув до Варшави. «Ми не відступимо від своїх умов», — сказав він.",
			[]attributed{{"Ми не відступимо від своїх умов", "він", "DMYTRO_KULEBA"}}},
		{"a Russian title stays out of the name before заявил",
			"Министр иностранных дел Сергей Лавров заявил, что переговоры зашли в тупик.",
			[]attributed{{"переговоры зашли в тупик", "Сергей Лавров", "SERGEI_LAVROV"}}},
		{"по словам names the speaker",
			"По словам Лаврова, переговоры продолжатся в среду.",
			[]attributed{{"переговоры продолжатся в среду", "Лаврова", "SERGEI_LAVROV"}}},
		{"по данным names the source",
			"По данным МВД, задержаны сорок человек.",
			[]attributed{{"задержаны сорок человек", "МВД", "RUSGOV"}}},
		{"подчеркнул, что",
			"Песков подчеркнул, что Кремль не получал такого запроса.",
			[]attributed{{"Кремль не получал такого запроса", "Песков", "DMITRY_PESKOV"}}},
		{"a common noun before отметил is the speaker",
			"Эксперт отметил, что цены вырастут к осени.",
			[]attributed{{"цены вырастут к осени", "Эксперт", ""}}},
		{"a Russian quote with сообщил after it",
			"«Границу закроют в полночь», — сообщил Песков.",
			[]attributed{{"Границу закроют в полночь", "Песков", "DMITRY_PESKOV"}}},
		{"Ukrainian повідомив, що",
			"Міністр Кулеба повідомив, що переговори тривають у Стамбулі.",
			[]attributed{{"переговори тривають у Стамбулі", "Кулеба", "DMYTRO_KULEBA"}}},
		{"Ukrainian заявив, що",
			"Кулеба заявив, що Київ не погодиться на такі умови.",
			[]attributed{{"Київ не погодиться на такі умови", "Кулеба", "DMYTRO_KULEBA"}}},
		{"Belarusian заявіў, што",
			"Лукашэнка заявіў, што мяжа застанецца адкрытай.",
			[]attributed{{"мяжа застанецца адкрытай", "Лукашэнка", "ALEXANDER_LUKASHENKO"}}},
		{"a Belarusian quote with сказаў after it",
			"«Мы не аддадзім ні метра зямлі», — сказаў Лукашэнка.",
			[]attributed{{"Мы не аддадзім ні метра зямлі", "Лукашэнка", "ALEXANDER_LUKASHENKO"}}},
	}
	checkAttributions(t, tests)
}
