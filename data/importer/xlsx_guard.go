package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// checkWorkbook unpacks every part of an XLSX once, without keeping it, and
// refuses the workbook before anything reads it for real when it unpacks to
// more than MaxUnzipped (a "zip bomb": a few MB that inflate to gigabytes,
// whatever sizes its directory claims), when its shared strings, which
// excelize reads whole, are larger than MaxSharedXML, or when a part holds a
// text longer than a cell may be (one 2 GB cell). On the way it counts the
// rows of every part, by part name: some writers (excelize streaming among
// them) do not say how many rows a sheet has.
func checkWorkbook(raw []byte) (partRows map[string]int, err error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("%w: xlsx: %v", ErrUnreadable, err)
	}
	partRows = map[string]int{}
	var total int64
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		n, rows, err := scanPart(f, limits.unzipped-total)
		total += n
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(f.Name, "sharedStrings.xml") && n > limits.sharedXML {
			return nil, &LimitError{What: "shared strings", Limit: limits.sharedXML}
		}
		partRows[f.Name] = rows
	}
	return partRows, nil
}

// scanPart unpacks one part, counting its bytes (at most budget), its row
// elements (<row …> or <x:row …>) and the longest text between two tags.
func scanPart(f *zip.File, budget int64) (n int64, rows int, err error) {
	rc, err := f.Open()
	if err != nil {
		return 0, 0, fmt.Errorf("%w: xlsx part %s: %v", ErrUnreadable, f.Name, err)
	}
	defer rc.Close()
	var (
		buf          = make([]byte, 64<<10)
		run          int64
		inTag        bool
		name         tagName
		maxTextBytes = int64(limits.cellChars) * 6 // UTF-8 and XML escapes make text longer than its characters
	)
	for {
		k, err := rc.Read(buf)
		for _, b := range buf[:k] {
			switch {
			case b == '<':
				inTag, run = true, 0
				name.reset()
			case inTag:
				if name.add(b) {
					rows++
				}
				inTag = b != '>'
			default:
				run++
				if run > maxTextBytes {
					return n, rows, &LimitError{What: "cell", Limit: int64(limits.cellChars)}
				}
			}
		}
		n += int64(k)
		if n > budget {
			return n, rows, &LimitError{What: "unpacked workbook", Limit: limits.unzipped}
		}
		if err == io.EOF {
			return n, rows, nil
		}
		if err != nil {
			return n, rows, fmt.Errorf("%w: xlsx part %s: %v", ErrUnreadable, f.Name, err)
		}
	}
}

// tagName follows the name of the tag being read, byte by byte, to tell a
// row element's start.
type tagName struct {
	local [4]byte // the name after any prefix, up to 4 bytes
	n     int     // bytes of local; -1 once the name has ended
}

func (t *tagName) reset() { t.n = 0 }

// add takes the next byte of the tag and reports whether it ended the name
// "row" (or "prefix:row").
func (t *tagName) add(b byte) bool {
	switch {
	case t.n < 0:
		return false
	case b == ':':
		t.n = 0
		return false
	case b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r':
		is := t.n == 3 && string(t.local[:3]) == "row"
		t.n = -1
		return is
	case t.n < len(t.local):
		t.local[t.n] = b
		t.n++
		return false
	default: // longer than "row"
		t.n = -1
		return false
	}
}
