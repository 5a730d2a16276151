package export_test

import (
	"fmt"

	"github.com/entente-news/entente/internal/export"
)

func ExampleSplitCAMEO() {
	for _, code := range []string{"BLRGOV", "IGOEUREEC", "RUSMILELI"} {
		fmt.Printf("%s %+v\n", code, export.SplitCAMEO(code))
	}
	// Output:
	// BLRGOV {Country:BLR KnownGroup: Ethnic: Religion1: Religion2: Type1:GOV Type2: Type3:}
	// IGOEUREEC {Country:EUR KnownGroup:EEC Ethnic: Religion1: Religion2: Type1:IGO Type2: Type3:}
	// RUSMILELI {Country:RUS KnownGroup: Ethnic: Religion1: Religion2: Type1:MIL Type2:ELI Type3:}
}
