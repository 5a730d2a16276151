package nlp

import (
	"syscall"
	"unsafe"
)

// hugePage is the x86-64 and arm64 transparent huge page size.
const hugePage = 2 << 20

// hugeSlots returns n zeroed slots and asks the kernel to back them with
// huge pages. The parser's table (64 MB) is read at random, one cache
// miss per feature; with 4 KB pages nearly every miss is a TLB miss as
// well, and huge pages cut annotation time by about 5%. The advice is a
// hint: where the kernel declines (THP off, an old kernel) the table
// works the same.
func hugeSlots(n int) []wslot {
	size := int(unsafe.Sizeof(wslot{}))
	if n*size < 4*hugePage {
		return make([]wslot, n)
	}
	// Over-allocate by a page so the slots can start on a page boundary;
	// a half-covered page would stay small.
	buf := make([]wslot, n+hugePage/size)
	skip := int(-uintptr(unsafe.Pointer(&buf[0]))%hugePage) / size
	slots := buf[skip : skip+n : skip+n]
	mem := unsafe.Slice((*byte)(unsafe.Pointer(&slots[0])), n*size)
	const madvHugepage, madvCollapse = 14, 25
	_ = syscall.Madvise(mem, madvHugepage)
	// Pages the allocator already touched (zeroing reused memory) are
	// small; collapse them now rather than wait for khugepaged.
	_ = syscall.Madvise(mem, madvCollapse)
	return slots
}
