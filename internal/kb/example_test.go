package kb_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente-news/entente/internal/kb"
)

func ExampleKB_Lookup() {
	k := kb.Default()
	for _, name := range []string{"Lukashenka", "Аляксандр Лукашэнка", "Minsk", "the Kremlin"} {
		a := k.Lookup(name)[0]
		fmt.Printf("%s → %s (%s)\n", name, a.ID, a.Name)
	}
	// Output:
	// Lukashenka → ALEXANDER_LUKASHENKO (Alexander Lukashenko)
	// Аляксандр Лукашэнка → ALEXANDER_LUKASHENKO (Alexander Lukashenko)
	// Minsk → BLRGOV (Government of Belarus)
	// the Kremlin → RUSGOV (Government of Russia)
}

func ExampleRomanize() {
	fmt.Println(kb.Romanize("be", "Ціханоўская"))
	fmt.Println(kb.Romanize("uk", "Київ"))
	// Output:
	// [Tsikhanowskaya Tsikhanouskaya Cichanoŭskaja]
	// [Kyiv Kyyiv]
}

func ExampleLoad() {
	ext, err := kb.Load(strings.NewReader(`
actor IVAN_PETROU person
  name Ivan Petrou
  be Іван Пятроў
  role BLROPP 2024-03.. Opposition activist
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := ext.Lookup("Ivan Piatrou")[0]
	r, _ := a.RoleAt(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(a.ID, r.Code, r.Title)
	// Output:
	// IVAN_PETROU BLROPP Opposition activist
}
