package quotes

import (
	"strings"

	"github.com/entente-news/entente/internal/news"
)

// Given names that tell a person's gender, for "he" and "she" to skip the
// person of the other one ("Viktor Hale met Ellen Coughlin. She said" is
// Coughlin). Common names of English and European news copy; a name that
// serves both (Alex, Jean, Andrea) is in neither list. Unlike an
// honorific, a given name only rules a person out: "she" does not prefer a
// woman so named to a nearer name that does not tell.

var femaleNames = set(`mary patricia jennifer linda elizabeth barbara susan
	jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly
	emily donna michelle carol amanda melissa deborah stephanie rebecca laura
	sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole
	ruth katherine samantha christine emma catherine debra virginia rachel
	carolyn janet maria heather diane julie joyce victoria kelly christina
	joan evelyn lauren judith olivia martha cheryl megan hannah jacqueline
	ann gloria teresa kathryn sara janice julia marie madison grace judy theresa
	beverly denise marilyn amber danielle abigail brittany rose diana natalie
	sophia lori kayla jane ellen elena anastasia natalya natalia olga
	svetlana tatiana tatyana irina ekaterina yulia yuliya sviatlana ursula
	annalena ingrida kaja giorgia marine hillary kamala condoleezza kristi
	jacinda sanna mette magdalena agnieszka katarzyna ewa malgorzata monika
	beata jolanta elzbieta hanna sofia alice claire chloe charlotte lucy sophie
	isabel isabelle francesca giulia chiara ilhan alexandria nikki liz`)

var maleNames = set(`james john robert michael william david richard joseph
	thomas charles christopher daniel matthew anthony mark donald steven paul
	andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
	ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
	benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
	tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
	jeremy harold keith christian roger noah gerald carl terry sean austin
	arthur lawrence jesse dylan bryan joe bruce albert willie gabriel logan
	ralph roy eugene russell bobby philip louis vladimir sergei sergey dmitry
	dmitri alexei aleksei alexey mikhail nikolai ivan viktor victor yuri igor
	oleg andrei andriy volodymyr petro vitali aliaksandr emmanuel olaf boris
	rishi keir barack recep jens mario giuseppe matteo luca marco pedro jair
	narendra tomas tomasz piotr pawel krzysztof andrzej jan marek jacek gitanas
	edgars egils kurt rudy mike tim jim bill tom ted chuck mitch`)

// givenGender reads a person's gender from the given name that opens a
// mention of two words or more, or 0.
func givenGender(m news.Mention) byte {
	ws := strings.Fields(strings.ToLower(m.Text))
	if len(ws) < 2 {
		return 0
	}
	switch first := strings.Trim(ws[0], ".,"); {
	case femaleNames[first]:
		return 'f'
	case maleNames[first]:
		return 'm'
	}
	return 0
}
