package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// csvRows writes rows of type Row as CSV: a header of the fields' parquet
// column names, then one record a row. Reflection keeps the columns those
// of the Parquet schema by construction.
type csvRows[R, Row any] struct {
	w      *csv.Writer
	toRow  func(R) Row
	record []string
}

func csvSink[R, Row any](toRow func(R) Row) func(io.Writer) (sink[R], error) {
	return func(w io.Writer) (sink[R], error) {
		header := columns(reflect.TypeFor[Row]())
		c := &csvRows[R, Row]{w: csv.NewWriter(w), toRow: toRow, record: make([]string, len(header))}
		if err := c.w.Write(header); err != nil {
			return nil, err
		}
		return c, nil
	}
}

func (c *csvRows[R, Row]) write(r R) (bool, error) {
	v := reflect.ValueOf(c.toRow(r))
	for i := range c.record {
		c.record[i] = cell(v.Field(i))
	}
	return true, c.w.Write(c.record)
}

func (c *csvRows[R, Row]) close() error {
	c.w.Flush()
	return c.w.Error()
}

// columns are a row type's column names, from its parquet tags.
func columns(t reflect.Type) []string {
	out := make([]string, t.NumField())
	for i := range out {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("parquet"), ",")
		out[i] = name
	}
	return out
}

// cell formats one field as a CSV cell: nil pointers are empty, times are
// RFC 3339 (a bare date at midnight UTC, as event dates are), floats as
// short as round-trips.
func cell(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if t, ok := v.Interface().(time.Time); ok {
		return stamp(t)
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	}
	panic(fmt.Sprintf("export: no CSV cell for %s", v.Type()))
}

func stamp(t time.Time) string {
	t = t.UTC()
	if t.Equal(t.Truncate(24 * time.Hour)) {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
