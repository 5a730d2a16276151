// Command gate checks metric thresholds in a JSON report, for CI:
//
//	gate report.json 'scrapinghub.f1>=0.960' 'trafilatura.f1>=0.90'
//
// Each check is a dotted path into the JSON object, an operator (>= or <=)
// and a number. A path step into an array picks the element whose "name"
// is that step: datasets.scrapinghub.f1. It prints every check and exits 1 if any fails.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: gate REPORT.json 'path.to.metric>=0.9' ...")
		os.Exit(2)
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "gate:", err)
		os.Exit(2)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		fmt.Fprintln(os.Stderr, "gate:", err)
		os.Exit(2)
	}
	failed := false
	for _, check := range os.Args[2:] {
		ok, msg := evaluate(doc, check)
		fmt.Println(msg)
		failed = failed || !ok
	}
	if failed {
		os.Exit(1)
	}
}

func evaluate(doc any, check string) (bool, string) {
	op := ">="
	i := strings.Index(check, op)
	if i < 0 {
		op = "<="
		i = strings.Index(check, op)
	}
	if i < 0 {
		return false, "FAIL " + check + ": no >= or <="
	}
	path, want := check[:i], check[i+2:]
	limit, err := strconv.ParseFloat(want, 64)
	if err != nil {
		return false, "FAIL " + check + ": bad number"
	}
	v := doc
	for _, k := range strings.Split(path, ".") {
		v = field(v, k)
		if v == nil {
			return false, "FAIL " + check + ": no " + path + " in report"
		}
	}
	got, ok := v.(float64)
	if !ok {
		return false, "FAIL " + check + ": " + path + " is not a number"
	}
	pass := got >= limit
	if op == "<=" {
		pass = got <= limit
	}
	status := "ok  "
	if !pass {
		status = "FAIL"
	}
	return pass, fmt.Sprintf("%s %s = %.4f (want %s %s)", status, path, got, op, want)
}

// field steps from v to its member k: an object's key, or the element of an
// array whose "name" is k.
func field(v any, k string) any {
	switch x := v.(type) {
	case map[string]any:
		return x[k]
	case []any:
		for _, e := range x {
			if m, ok := e.(map[string]any); ok && m["name"] == k {
				return m
			}
		}
	}
	return nil
}
