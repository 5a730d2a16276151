package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
)

// readMO reads a GNU gettext .mo catalogue into msgid → msgstr. The format
// is a header of seven 32-bit words and two tables of (length, offset)
// pairs; a dozen lines of Go save a dependency on a gettext library.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(bo.Uint32(b[8:]))
	orig, trans := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", fmt.Errorf("%s: entry %d out of range", path, i)
		}
		l, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if off+l > len(b) || off < 0 || l < 0 {
			return "", fmt.Errorf("%s: string %d out of range", path, i)
		}
		return string(b[off : off+l]), nil
	}
	out := make(map[string]string, n)
	for i := range n {
		id, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		s, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		// Context and plural forms are NUL-separated; country names use
		// neither, but keep the first form if one appears.
		id, _, _ = strings.Cut(id, "\x00")
		s, _, _ = strings.Cut(s, "\x00")
		if id != "" && s != "" {
			out[id] = s
		}
	}
	return out, nil
}
