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
// text longer than a cell may be (one 2 GB cell).
func checkWorkbook(raw []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("%w: xlsx: %v", ErrUnreadable, err)
	}
	var total int64
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		n, err := scanPart(f, limits.unzipped-total)
		total += n
		if err != nil {
			return err
		}
		if strings.HasSuffix(f.Name, "sharedStrings.xml") && n > limits.sharedXML {
			return &LimitError{What: "shared strings", Limit: limits.sharedXML}
		}
	}
	return nil
}

// scanPart unpacks one part, counting its bytes (at most budget) and the
// longest text between two tags.
func scanPart(f *zip.File, budget int64) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, fmt.Errorf("%w: xlsx part %s: %v", ErrUnreadable, f.Name, err)
	}
	defer rc.Close()
	var (
		buf          = make([]byte, 64<<10)
		n, run       int64
		inTag        bool
		maxTextBytes = int64(limits.cellChars) * 6 // UTF-8 and XML escapes make text longer than its characters
	)
	for {
		k, err := rc.Read(buf)
		for _, b := range buf[:k] {
			switch {
			case b == '<':
				inTag, run = true, 0
			case b == '>':
				inTag = false
			case !inTag:
				run++
				if run > maxTextBytes {
					return n, &LimitError{What: "cell", Limit: int64(limits.cellChars)}
				}
			}
		}
		n += int64(k)
		if n > budget {
			return n, &LimitError{What: "unpacked workbook", Limit: limits.unzipped}
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("%w: xlsx part %s: %v", ErrUnreadable, f.Name, err)
		}
	}
}
