package pipeline

import (
	"testing"

	"github.com/entente-news/entente/internal/news"
)

func TestKeepDropsFindingsOutsideTheText(t *testing.T) {
	ms := []news.Mention{
		{Span: news.Span{Start: 0, End: 5}, Actor: "BLR"},
		{Span: news.Span{Start: 3, End: 99}, Actor: "RUS"},
		{Span: news.Span{Start: 4, End: 2}, Actor: "UKR"},
		{Span: news.Span{Start: 6, End: 10}},
	}
	got, dropped := keep(ms, 0, func(m news.Mention) bool { return inText(m.Span, 10) && m.Actor != "" })
	if len(got) != 1 || got[0].Actor != "BLR" || dropped != 3 {
		t.Errorf("kept %v, dropped %d; want only BLR kept and 3 dropped", got, dropped)
	}
}
