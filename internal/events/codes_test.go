package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-news/entente/internal/news"
)

func TestAppendCodes(t *testing.T) {
	pair := func(s, t string) news.Event { return news.Event{SourceCode: s, TargetCode: t, CAMEO: "064"} }
	tests := []struct {
		name string
		e    news.Event
		want []news.Event
	}{
		{"an event between two single codes is one event", pair("ARN", "GON"), []news.Event{pair("ARN", "GON")}},
		{"a compound source code is an event for each of its codes", pair("FRO/BIL/SAM", "GON"),
			[]news.Event{pair("FRO", "GON"), pair("BIL", "GON"), pair("SAM", "GON")}},
		{"compound codes on both sides give every pair", pair("FRO/SAM", "ELR/GAL"),
			[]news.Event{pair("FRO", "ELR"), pair("FRO", "GAL"), pair("SAM", "ELR"), pair("SAM", "GAL")}},
		{"a compound target without a source keeps the unknown source", pair("", "ELR/GAL"),
			[]news.Event{pair("", "ELR"), pair("", "GAL")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, appendCodes(nil, tt.e)); diff != "" {
				t.Errorf("appendCodes (-want +got):\n%s", diff)
			}
		})
	}
}
