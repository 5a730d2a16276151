//go:build !linux

package nlp

// hugeSlots returns n zeroed slots; huge pages are asked for on Linux only.
func hugeSlots(n int) []wslot { return make([]wslot, n) }
