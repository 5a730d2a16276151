package kb

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadAgents reads a Phoenix agents dictionary ("SOLDIER [~MIL]") into a
// map from lower-case noun phrase to sector code ("soldier" → "MIL").
// Templates declared as "!PERSON! = MAN, MEN" expand where they appear
// ("POLICE!PERSON!" → policeman, policemen); a phrase ending in the bare
// stem MINIST takes the !MINIST! forms. The "~" that marks a code as
// combinable is dropped ("[IGO~]" → "IGO"); an irregular plural in
// braces ("THIEF {THIEVES}") is read as a second form and an empty "{}"
// ignored. Lines it cannot read are skipped; only read errors are returned.
func ReadAgents(r io.Reader) (map[string]string, error) {
	templates := map[string][]string{}
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if name, forms, ok := strings.Cut(line, "="); ok && strings.HasPrefix(line, "!") {
			var fs []string
			for _, f := range strings.Split(forms, ",") {
				if f = strings.TrimSpace(f); f != "" {
					fs = append(fs, f)
				}
			}
			templates[strings.TrimSpace(name)] = fs
			continue
		}
		i := strings.IndexByte(line, '[')
		j := strings.LastIndexByte(line, ']')
		if i < 0 || j < i {
			continue
		}
		code := strings.Trim(strings.TrimSpace(line[i+1:j]), "~")
		if code == "" || strings.ContainsAny(code, " ~") {
			continue
		}
		// "THIEF {THIEVES}": an irregular plural in braces is a form of
		// its own; "{}" marks none.
		phrase, plural := line[:i], ""
		if a := strings.IndexByte(phrase, '{'); a >= 0 {
			if b := strings.IndexByte(phrase[a:], '}'); b > 0 {
				plural = strings.TrimSpace(phrase[a+1 : a+b])
				phrase = phrase[:a] + phrase[a+b+1:]
			}
		}
		phrase = strings.TrimSpace(phrase)
		if strings.HasSuffix(phrase, "MINIST") && templates["!MINIST!"] != nil {
			phrase = strings.TrimSuffix(phrase, "MINIST") + "!MINIST!"
		}
		for _, form := range []string{phrase, plural} {
			for _, p := range expandTemplates(form, templates) {
				p = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p, "_", " ")), " "))
				if p != "" && !strings.ContainsAny(p, "!{}") {
					out[p] = code
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("agents line %d: %w", n+1, err)
	}
	return out, nil
}

// expandTemplates replaces the first !NAME! in phrase by each of its forms,
// recursively; an unknown template is left in place for the caller to drop.
func expandTemplates(phrase string, templates map[string][]string) []string {
	i := strings.IndexByte(phrase, '!')
	if i < 0 {
		return []string{phrase}
	}
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return []string{phrase}
	}
	name := phrase[i : i+j+2]
	forms, ok := templates[name]
	if !ok {
		return []string{phrase}
	}
	if i > 0 && isLetter(phrase[i-1]) && i+j+2 < len(phrase) && isLetter(phrase[i+j+2]) {
		return nil // a template glued inside a word: AD!MINIST!RATION
	}
	// Expand only the rest of the phrase further, never a form itself: a
	// template whose forms mention it would otherwise recurse forever.
	rests := expandTemplates(phrase[i+j+2:], templates)
	var out []string
	for _, f := range forms {
		for _, r := range rests {
			out = append(out, phrase[:i]+f+r)
		}
	}
	return out
}

func isLetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }
