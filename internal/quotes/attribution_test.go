package quotes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

// This is a second test set, independent of the demo gold: short passages
// written for these tests, one per phenomenon that attribution corpora
// such as PARC annotate, in the style of wire copy. The people are made up.

// wire are the names the passages mention, as a resolver would find them.
var wire = []struct {
	text string
	id   news.ActorID
	how  string
}{
	{"Maria Kowalska", "MARIA_KOWALSKA", "name"},
	{"Kowalska", "MARIA_KOWALSKA", "surname"},
	{"Tomas Berg", "TOMAS_BERG", "name"},
	{"Berg", "TOMAS_BERG", "surname"},
	{"Viktor Hale", "VIKTOR_HALE", "name"},
	{"Hale", "VIKTOR_HALE", "surname"},
	{"Dmitry Peskov", "DMITRY_PESKOV", "name"},
	{"Песков", "DMITRY_PESKOV", "surname"},
	{"Natalya Eismont", "NATALYA_EISMONT", "name"},
	{"Lukashenko", "ALEXANDER_LUKASHENKO", "surname"},
	{"Лукашэнка", "ALEXANDER_LUKASHENKO", "surname"},
	{"Putin", "VLADIMIR_PUTIN", "surname"},
	{"Сергей Лавров", "SERGEI_LAVROV", "name"},
	{"Лаврова", "SERGEI_LAVROV", "surname"},
	{"Кулеба", "DMYTRO_KULEBA", "surname"},
	{"Interior Ministry", "POLGOV", "name"},
	{"Defence Ministry", "LTUGOV", "name"},
	{"Foreign Ministry of Latvia", "LVAGOV", "name"},
	{"European Commission", "EU", "name"},
	{"Amnesty International", "AMNESTY", "name"},
	{"Belavia", "BELAVIA", "name"},
	{"МВД", "RUSGOV", "name"},
	{"Vilnius", "LTU", "metonym"},
	{"Warsaw", "POL", "metonym"},
	{"Grodno", "BLR", "name"},
	{"Kremlin", "RUSGOV", "metonym"},
	{"NATO official", "NATO", "role"},
	{"Lithuania", "LTU", "name"},
	{"Latvian", "LVA", "adjective"},
	{"Latvia", "LVA", "name"},
	{"Poland", "POL", "name"},
	{"Petrov", "IVAN_PETROV", "surname"},
}

// wireMentions finds the wire names in text, longest first.
func wireMentions(text string) []news.Mention {
	var out []news.Mention
	taken := make([]bool, len(text))
	for _, n := range wire {
		for off := 0; ; {
			i := strings.Index(text[off:], n.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.text)
			off = e
			if taken[s] || taken[e-1] || unicode.IsLetter(nextRune(text[e:])) {
				continue // a name inside a longer word is no mention of it
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, news.Mention{Span: news.Span{Start: s, End: e}, Text: n.text, Actor: n.id, How: n.how})
		}
	}
	return out
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attributed is what this set checks: the quote's span, who said it as the
// text names them, and the actor that is.
type attributed struct {
	Text, SpeakerText string
	Speaker           news.ActorID
}

func TestFindAttributesWireCopy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []attributed
	}{
		{"a name before said reports the clause after it",
			"Kowalska said the talks would resume in March.",
			[]attributed{{"the talks would resume in March", "Kowalska", "MARIA_KOWALSKA"}}},
		{"said before the name closes a direct quote",
			`"The harvest was the worst in a decade," said Tomas Berg.`,
			[]attributed{{"The harvest was the worst in a decade,", "Tomas Berg", "TOMAS_BERG"}}},
		{"an apposition between the name and said stays out of the speaker",
			"Tomas Berg, the agriculture minister, said that grain exports would fall.",
			[]attributed{{"grain exports would fall", "Tomas Berg", "TOMAS_BERG"}}},
		{"an apposition after an inverted said stays out of the speaker",
			`"Nobody wants a war," said Berg, the agriculture minister.`,
			[]attributed{{"Nobody wants a war,", "Berg", "TOMAS_BERG"}}},
		{"according to a body opens the sentence",
			"According to the Interior Ministry, 40 people were detained overnight.",
			[]attributed{{"40 people were detained overnight", "Interior Ministry", "POLGOV"}}},
		{"told reporters that reports to the speaker, not the reporters",
			"Berg told reporters that the border would reopen on Friday.",
			[]attributed{{"the border would reopen on Friday", "Berg", "TOMAS_BERG"}}},
		{"told a named person that is the subject's speech",
			"Hale told Kowalska that the offer still stood.",
			[]attributed{{"the offer still stood", "Hale", "VIKTOR_HALE"}}},
		{"she added continues the speaker of the quote before",
			`"We are ready to talk," Kowalska said. "But not under any threat," she added.`,
			[]attributed{
				{"We are ready to talk,", "Kowalska", "MARIA_KOWALSKA"},
				{"But not under any threat,", "she", "MARIA_KOWALSKA"},
			}},
		{"he in the next sentence is the person named before",
			"Viktor Hale arrived in Vilnius on Tuesday. He said the sanctions had failed.",
			[]attributed{{"the sanctions had failed", "He", "VIKTOR_HALE"}}},
		{"she told a station that, a sentence later",
			"Maria Kowalska met the envoy in Warsaw. Later she told a radio station that no deal was near.",
			[]attributed{{"no deal was near", "she", "MARIA_KOWALSKA"}}},
		{"they stands for a group the text did not name as an actor",
			"Opposition leaders met in Warsaw on Sunday. They said the vote had been rigged.",
			[]attributed{{"the vote had been rigged", "They", ""}}},
		{"it is the ministry that reported in the sentence before",
			"The Defence Ministry said it had tracked two aircraft near the border. It said the aircraft had turned back.",
			[]attributed{
				{"it had tracked two aircraft near the border", "Defence Ministry", "LTUGOV"},
				{"the aircraft had turned back", "It", "LTUGOV"},
			}},
		{"the ministry is the ministry named before",
			`The Foreign Ministry of Latvia summoned the ambassador. "This provocation will not go unanswered," the ministry said.`,
			[]attributed{{"This provocation will not go unanswered,", "the ministry", "LVAGOV"}}},
		{"a quote split by its cue is two quotes of one speaker",
			`"We will not sign," Berg said, "unless the tariffs are lifted."`,
			[]attributed{
				{"We will not sign,", "Berg", "TOMAS_BERG"},
				{"unless the tariffs are lifted.", "Berg", "TOMAS_BERG"},
			}},
		{"a quotation over paragraphs after a colon keeps its speaker",
			"Kowalska said:\n\n\"The plant will close in June and four hundred people will lose their jobs.\n\n\"We have asked the government for help, but nobody has answered.\"",
			[]attributed{
				{"The plant will close in June and four hundred people will lose their jobs.", "Kowalska", "MARIA_KOWALSKA"},
				{"We have asked the government for help, but nobody has answered.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a quotation left open at a paragraph's end continues in the next",
			"\"The plant will close in June,\" Kowalska said. \"Four hundred people will lose their jobs.\n\n\"We asked the government for help and nobody answered.\"",
			[]attributed{
				{"The plant will close in June,", "Kowalska", "MARIA_KOWALSKA"},
				{"Four hundred people will lose their jobs.", "Kowalska", "MARIA_KOWALSKA"},
				{"We asked the government for help and nobody answered.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a closed quote in the next paragraph continues the speaker",
			"\"We are not afraid,\" Kowalska told supporters.\n\n\"We will come back every Sunday until they listen.\"",
			[]attributed{
				{"We are not afraid,", "Kowalska", "MARIA_KOWALSKA"},
				{"We will come back every Sunday until they listen.", "Kowalska", "MARIA_KOWALSKA"},
			}},
		{"a possessive before a spokesman's name describes him",
			"Putin's spokesman Dmitry Peskov said the Kremlin had not been informed.",
			[]attributed{{"the Kremlin had not been informed", "Dmitry Peskov", "DMITRY_PESKOV"}}},
		{"an unnamed spokesman of a named person is the whole phrase",
			"Hale's spokesman said the meeting had been postponed.",
			[]attributed{{"the meeting had been postponed", "Hale's spokesman", ""}}},
		{"a press secretary named after a possessive title",
			"Lukashenko's press secretary Natalya Eismont said the president was working as usual.",
			[]attributed{{"the president was working as usual", "Natalya Eismont", "NATALYA_EISMONT"}}},
		{"a source close to the talks is the whole description",
			"A source close to the negotiations said the draft was almost ready.",
			[]attributed{{"the draft was almost ready", "A source close to the negotiations", ""}}},
		{"officials said at the start",
			"Officials said the bridge would stay closed until spring.",
			[]attributed{{"the bridge would stay closed until spring", "Officials", ""}}},
		{"officials said at the end",
			"The bridge will stay closed until spring, officials said.",
			[]attributed{{"The bridge will stay closed until spring", "officials", ""}}},
		{"people familiar with the matter said at the end",
			"The deal was signed last week, people familiar with the matter said.",
			[]attributed{{"The deal was signed last week", "people familiar with the matter", ""}}},
		{"a passive report names its source after by",
			"It was reported by state television that the president had left the capital.",
			[]attributed{{"the president had left the capital", "state television", ""}}},
		{"a medium after as reported by is not the speaker",
			"Lukashenko said the border would stay open, as reported by Belavia.",
			[]attributed{{"the border would stay open", "Lukashenko", "ALEXANDER_LUKASHENKO"}}},
		{"quoted by a medium as saying is still the subject's",
			"Hale was quoted by Belavia as saying the flights had been cancelled.",
			[]attributed{{"the flights had been cancelled", "Hale", "VIKTOR_HALE"}}},
		{"quoted as saying reports the subject of quoted",
			"Berg was quoted as saying that the deal was dead.",
			[]attributed{{"the deal was dead", "Berg", "TOMAS_BERG"}}},
		{"in a statement before the speaker",
			"In a statement, the European Commission said it regretted the decision.",
			[]attributed{{"it regretted the decision", "European Commission", "EU"}}},
		{"in a statement after the cue",
			"Belavia, the national airline, said in a statement that flights to Tbilisi would resume.",
			[]attributed{{"flights to Tbilisi would resume", "Belavia", "BELAVIA"}}},
		{"wrote on Telegram that",
			"Kowalska wrote on Telegram that the polling stations had been closed early.",
			[]attributed{{"the polling stations had been closed early", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a modal and a condition stay in the reported clause",
			"Berg said the country could leave the union if the tariffs were not lifted.",
			[]attributed{{"the country could leave the union if the tariffs were not lifted", "Berg", "TOMAS_BERG"}}},
		{"a conditional opening the reported clause stays in it",
			"Hale warned that if the talks failed, the army would be deployed.",
			[]attributed{{"if the talks failed, the army would be deployed", "Hale", "VIKTOR_HALE"}}},
		{"a nested quote stays in the quote of an anonymous speaker",
			`"They told us 'go home or be arrested', and we went home," a protester said.`,
			[]attributed{{"They told us 'go home or be arrested', and we went home,", "a protester", ""}}},
		{"an anonymous speaker with a place keeps the place",
			`"Prices have doubled since spring," said a shop owner in Grodno.`,
			[]attributed{{"Prices have doubled since spring,", "a shop owner in Grodno", ""}}},
		{"an organisation reports with that",
			"Amnesty International said that at least 30 journalists were in jail.",
			[]attributed{{"at least 30 journalists were in jail", "Amnesty International", "AMNESTY"}}},
		{"he added that, after the speaker's own report",
			"Berg said the talks were useful. He added that a second round was planned for May.",
			[]attributed{
				{"the talks were useful", "Berg", "TOMAS_BERG"},
				{"a second round was planned for May", "He", "TOMAS_BERG"},
			}},
		{"insisted without that",
			"Hale insisted he had never met the banker.",
			[]attributed{{"he had never met the banker", "Hale", "VIKTOR_HALE"}}},
		{"a description as subject of claimed",
			"The opposition claimed the count had been falsified.",
			[]attributed{{"the count had been falsified", "The opposition", ""}}},
		{"a possessive pronoun opens the speaker's phrase",
			"Maria Kowalska left for Vilnius on Monday. Her campaign says she won the vote.",
			[]attributed{{"she won the vote", "Her campaign", ""}}},
		{"an indefinite article belongs to an unnamed official",
			`"The exercise is a warning to Minsk," said a NATO official.`,
			[]attributed{{"The exercise is a warning to Minsk,", "a NATO official", "NATO"}}},
		{"a definite description named nowhere before is kept whole",
			`"We counted every ballot twice," said the head of the election commission in Grodno.`,
			[]attributed{{"We counted every ballot twice,", "the head of the election commission in Grodno", ""}}},
		{"a relative clause after coordinated names leaves the group whole",
			"Lithuania, Latvia and Poland, whose borders are close to the camps, said they would reinforce their frontiers.",
			[]attributed{{"they would reinforce their frontiers", "Lithuania, Latvia and Poland", ""}}},
		{"a weekday after said stays out of the speaker",
			`"We have no plans to raise prices," Berg said Tuesday.`,
			[]attributed{{"We have no plans to raise prices,", "Berg", "TOMAS_BERG"}}},
		{"an honorific stays out of the speaker's name",
			"Mr. Berg said the mill would be sold by the end of the year.",
			[]attributed{{"the mill would be sold by the end of the year", "Berg", "TOMAS_BERG"}}},
		{"present-tense says after the clause",
			"The reforms have stalled, analysts say.",
			[]attributed{{"The reforms have stalled", "analysts", ""}}},
		{"a clause-final cue with in a statement after it",
			"The flights will resume next week, Belavia said in a statement.",
			[]attributed{{"The flights will resume next week", "Belavia", "BELAVIA"}}},
		{"a spokeswoman named after her title",
			"Spokeswoman Maria Kowalska said the ministry had received the letter.",
			[]attributed{{"the ministry had received the letter", "Maria Kowalska", "MARIA_KOWALSKA"}}},
		{"a name with a relative clause before said",
			"Hale, who led the talks in 2019, said the new deal was weaker.",
			[]attributed{{"the new deal was weaker", "Hale", "VIKTOR_HALE"}}},
		{"said and a name with a title apposition after a quote",
			`"The decision is final," said Berg, a spokesman for the ministry.`,
			[]attributed{{"The decision is final,", "Berg", "TOMAS_BERG"}}},
		{"believes reports a belief, as PARC counts it",
			"Kowalska believes the ceasefire will not hold.",
			[]attributed{{"the ceasefire will not hold", "Kowalska", "MARIA_KOWALSKA"}}},
		{"a quote after a colon lead-in with the speaker",
			`Hale was blunt: "There will be no second round."`,
			[]attributed{{"There will be no second round.", "Hale", "VIKTOR_HALE"}}},
		{"a second speaker's quote is not the first speaker's",
			`"We are ready," Berg said. Kowalska disagreed. "Nothing is ready," she said.`,
			[]attributed{
				{"We are ready,", "Berg", "TOMAS_BERG"},
				{"Nothing is ready,", "she", "MARIA_KOWALSKA"},
			}},
		{"a medium that quoted someone as saying is not the speaker",
			"Belavia quoted Hale as saying that the flights would resume in May.",
			[]attributed{{"the flights would resume in May", "Hale", "VIKTOR_HALE"}}},
		{"an age after the name stays out of the speaker",
			`"I have never seen queues like this," said Kowalska, 64.`,
			[]attributed{{"I have never seen queues like this,", "Kowalska", "MARIA_KOWALSKA"}}},
		{"officials speaking on condition of anonymity",
			"Two officials, speaking on condition of anonymity, said the talks had collapsed.",
			[]attributed{{"the talks had collapsed", "Two officials", ""}}},
		{"told a newspaper in an interview that",
			"Berg told a local newspaper in an interview that he would not run again.",
			[]attributed{{"he would not run again", "Berg", "TOMAS_BERG"}}},
		{"an asked-whether lead-in leaves the speaker after it",
			"Asked whether the border would close, Hale said no decision had been taken.",
			[]attributed{{"no decision had been taken", "Hale", "VIKTOR_HALE"}}},
		{"a report nested in a report is each speaker's own",
			"Berg said Hale had told him that the deal was dead.",
			[]attributed{
				{"Hale had told him that the deal was dead", "Berg", "TOMAS_BERG"},
				{"the deal was dead", "Hale", "VIKTOR_HALE"},
			}},
		{"two sentences inside one pair of marks are one quote",
			`"We will not retreat. We will fight for every village," Berg said.`,
			[]attributed{{"We will not retreat. We will fight for every village,", "Berg", "TOMAS_BERG"}}},
		{"he after two people is the subject of the sentence before",
			"Berg met Hale in Vilnius on Monday. He said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "He", "TOMAS_BERG"}}},
		{"a denial of a noun reports nothing",
			"Berg denied the allegations and declined to comment further.",
			nil},
		{"a denial with that is reported speech",
			"Berg denied that he had met the banker in Riga.",
			[]attributed{{"he had met the banker in Riga", "Berg", "TOMAS_BERG"}}},
		{"the Kremlin speaks for the government",
			"The Kremlin said the exercises were purely defensive.",
			[]attributed{{"the exercises were purely defensive", "Kremlin", "RUSGOV"}}},
		{"как сообщили в names the body after the preposition",
			"Как сообщили в МВД, задержанных отпустили утром.",
			[]attributed{{"задержанных отпустили утром", "МВД", "RUSGOV"}}},
		{"Belarusian па словах",
			"Па словах эксперта, цэны вырастуць да восені.",
			[]attributed{{"цэны вырастуць да восені", "эксперта", ""}}},
		{"think reports a belief",
			"Analysts think the central bank will cut rates again in June.",
			[]attributed{{"the central bank will cut rates again in June", "Analysts", ""}}},
		{"expect with an object and an infinitive reports nothing",
			"Analysts expect the central bank to cut rates in June.",
			nil},
		{"agreed after a report is no report of its own",
			"Berg said that he had asked Hale to stay, and Hale agreed.",
			[]attributed{{"he had asked Hale to stay", "Berg", "TOMAS_BERG"}}},
		{"adding that after a direct quote reports for the same speaker",
			`"We will not pay," Berg said, adding that the contract had expired.`,
			[]attributed{
				{"We will not pay,", "Berg", "TOMAS_BERG"},
				{"the contract had expired", "Berg", "TOMAS_BERG"},
			}},
		{"a numbered protester with a relative clause after",
			`"It is over for him," said one protester, who asked not to be named.`,
			[]attributed{{"It is over for him,", "one protester", ""}}},
		{"a spokesman for a body is the whole phrase",
			"A spokesman for the Interior Ministry said the detainees had been released.",
			[]attributed{{"the detainees had been released", "A spokesman for the Interior Ministry", ""}}},
		{"a person's office speaks as written",
			"Hale's office said the visit had been cancelled.",
			[]attributed{{"the visit had been cancelled", "Hale's office", ""}}},
		{"the minister is the person described so before",
			`Tomas Berg, the agriculture minister, visited the farm on Monday. "We need rain more than money," the minister said.`,
			[]attributed{{"We need rain more than money,", "the minister", "TOMAS_BERG"}}},
		{"two names said in a joint statement",
			"Berg and Hale said in a joint statement that the talks would continue.",
			[]attributed{{"the talks would continue", "Berg and Hale", ""}}},
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
		{"a quote after the speaker's reported clause continues it",
			`Berg said the talks had been useful. "We will meet again in May."`,
			[]attributed{
				{"the talks had been useful", "Berg", "TOMAS_BERG"},
				{"We will meet again in May.", "Berg", "TOMAS_BERG"},
			}},
		{"a quote after a sentence of narrative is nobody's yet",
			`"We are ready," Berg said. The talks resumed on Monday amid heavy security in the capital. "This is a historic day for both nations."`,
			[]attributed{
				{"We are ready,", "Berg", "TOMAS_BERG"},
				{"This is a historic day for both nations.", "", ""},
			}},
		{"she skips a man named first in the sentence before",
			"Berg met Maria Kowalska in Warsaw on Monday. She said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "She", "MARIA_KOWALSKA"}}},
		{"he skips a woman a Slavic surname marks as one",
			"Kowalska met Hale in Vilnius on Monday. He said the meeting had been useful.",
			[]attributed{{"the meeting had been useful", "He", "VIKTOR_HALE"}}},
		{"an honorific tells whom she stands for",
			"Mr. Hale and Ms. Berg met in Riga on Monday. She said that no deal had been reached.",
			[]attributed{{"no deal had been reached", "She", "TOMAS_BERG"}}},
		{"a surname that marks a man does not beat the subject for he",
			"Hale said that he had warned Petrov that he would be arrested. He also said that the border was calm.",
			[]attributed{
				{"he had warned Petrov that he would be arrested", "Hale", "VIKTOR_HALE"},
				{"the border was calm", "He", "VIKTOR_HALE"},
			}},
		{"they after a group that spoke is that group",
			"Western officials said the exercises were a threat to the region. They added that more troops would be sent.",
			[]attributed{
				{"the exercises were a threat to the region", "Western officials", ""},
				{"more troops would be sent", "They", ""},
			}},
		{"a cue set in the middle of the reported sentence",
			"The talks, Berg said, had failed because of the tariffs.",
			[]attributed{{"The talks, Berg said, had failed because of the tariffs", "Berg", "TOMAS_BERG"}}},
		{"British single quotes with an apostrophe and a nested double quote",
			`'They won't call it "a farce" again,' Hale said.`,
			[]attributed{{`They won't call it "a farce" again,`, "Hale", "VIKTOR_HALE"}}},
		{"a title stays out of a name the resolver does not know",
			"Deputy Prime Minister Jan Novak said the budget would be cut by a tenth.",
			[]attributed{{"the budget would be cut by a tenth", "Jan Novak", ""}}},
		{"a title and country stay out of an unknown name after the quote",
			`"The border stays open," said Latvian Interior Minister Jan Novak.`,
			[]attributed{{"The border stays open,", "Jan Novak", ""}}},
		{"Treebank-style quotes",
			"``We will not sign this agreement,'' Berg said. ``Not this year.\n\n``Maybe never.''",
			[]attributed{
				{"We will not sign this agreement,", "Berg", "TOMAS_BERG"},
				{"Not this year.", "Berg", "TOMAS_BERG"},
				{"Maybe never.", "Berg", "TOMAS_BERG"},
			}},
		{"a speech verb's object with a relative clause is no report",
			"Hale recalled the ambassador, who had criticised the deal in public.",
			nil},
		{"a restrictive relative clause inside the reported subject stays",
			"Berg said the man who fired the shots had been arrested.",
			[]attributed{{"the man who fired the shots had been arrested", "Berg", "TOMAS_BERG"}}},
		{"a Ukrainian pronoun after a quote is the person named before",
			"Кулеба прибув до Варшави. «Ми не відступимо від своїх умов», — сказав він.",
			[]attributed{{"Ми не відступимо від своїх умов", "він", "DMYTRO_KULEBA"}}},
		{"a place in a colon lead-in is no speaker",
			`In Warsaw on Monday the mood was grim: "Nobody believes the talks will work."`,
			[]attributed{{"Nobody believes the talks will work.", "", ""}}},
		{"said with nothing reported is no quote",
			"The report said nothing about the cost.",
			nil},
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotator()(tt.text)
			var got []attributed
			for _, q := range Find(doc, wireMentions(tt.text)) {
				got = append(got, attributed{q.Text, q.SpeakerText, q.Speaker})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTheyCarriesTheGroupThatSpoke(t *testing.T) {
	text := "Western officials said the exercises were a threat to the region. They added that more troops would be sent."
	qs := Find(annotator()(text), wireMentions(text))
	if len(qs) != 2 {
		t.Fatalf("found %d quotes, want 2: %+v", len(qs), qs)
	}
	if got := qs[1].Descriptor; got != "Western officials" {
		t.Errorf("they is described as %q, want %q", got, "Western officials")
	}
}

// Wire copy names people no knowledge base holds: with no mentions at all,
// the speaker's words must still be the name as written, titles aside.
func TestFindNamesSpeakersWithoutMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a full name before said",
			"John Whitaker said the plant would close in June.",
			[]string{"John Whitaker"}},
		{"a title before an unknown name",
			"Treasury Secretary Ellen Marsh said the bonds would be repaid.",
			[]string{"Ellen Marsh"}},
		{"an inverted cue after a quote",
			`"We expect a weak quarter," said Robert Haines, chief executive of the company.`,
			[]string{"Robert Haines"}},
		{"Mr. before a surname",
			"Mr. Haines said the board had approved the sale.",
			[]string{"Haines"}},
		{"an apposition between the name and the cue",
			"Ellen Marsh, a spokeswoman for the agency, said the figures were accurate.",
			[]string{"Ellen Marsh"}},
		{"a description with no name",
			"An analyst at a Frankfurt bank said the rate cut was priced in.",
			[]string{"An analyst at a Frankfurt bank"}},
		{"a department named with the article",
			"The Treasury Department said the sanctions would take effect on Friday.",
			[]string{"Treasury Department"}},
		{"a company that said in a statement",
			"Northwind Airlines said in a statement that all flights had been cancelled.",
			[]string{"Northwind Airlines"}},
		{"officials at a body",
			"Officials at the Treasury said the auction had gone smoothly.",
			[]string{"Officials at the Treasury"}},
		{"declining to comment is no quote",
			"A spokeswoman for Northwind declined to comment.",
			nil},
		{"a pronoun with nobody to stand for is kept as written",
			`"It is too early to say," he said.`,
			[]string{"he"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Find(annotator()(tt.text), nil) {
				got = append(got, q.SpeakerText)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("speakers of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
