package export

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

// TestColumnsOnlyGrow pins the CSV and Parquet columns each kind had when
// export was first released: a new field goes after them, so a script
// that reads a CSV column by position keeps reading the same one.
func TestColumnsOnlyGrow(t *testing.T) {
	tests := []struct {
		kind  string
		row   reflect.Type
		first string // the released header
	}{
		{"articles", reflect.TypeFor[articleRow](),
			"id,url,title,author,published,language,source,origin,cluster,tone,positive,negative,polarity,word_count,mentions,quotes,events,amounts,text"},
		{"quotes", reflect.TypeFor[quoteRow](),
			"article_id,published,article_source,language,url,title,speaker,speaker_code,speaker_name,speaker_text,descriptor,cue,direct,text,sentence,start,end"},
		{"events", reflect.TypeFor[eventRow](),
			"id,date,source,source_code,source_name,target,target_code,target_name,cameo,type,quad_class,goldstein,realized,modality,num_mentions,num_articles,num_sources,sentence,sentence_index,start,end,article_id,published,article_source,language,url,title"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" keep their released columns in place", func(t *testing.T) {
			var names []string
			for _, f := range parquet.SchemaOf(reflect.New(tt.row).Interface()).Fields() {
				names = append(names, f.Name())
			}
			want := strings.Split(tt.first, ",")
			if len(names) < len(want) {
				t.Fatalf("%d columns, fewer than the %d released", len(names), len(want))
			}
			if diff := cmp.Diff(want, names[:len(want)]); diff != "" {
				t.Errorf("released columns moved (-released +now):\n%s", diff)
			}
		})
	}
}
