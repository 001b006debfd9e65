package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// csvRows streams the records of comma-, semicolon- or tab-separated text,
// UTF-8 with or without BOM (or Windows-1252, as older Excel saves it), LF or
// CRLF.
type csvRows struct {
	raw      []byte
	r        *csv.Reader
	row      int // spreadsheet row number of the last record
	lastLine int // line the last record ended on
}

func newCSVRows(raw []byte) (*csvRows, error) {
	raw, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(raw))
	r.Comma = detectDelimiter(raw)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return &csvRows{raw: raw, r: r}, nil
}

// decodeText returns raw as UTF-8 without a BOM.
func decodeText(raw []byte) ([]byte, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		var err error
		if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
			return nil, fmt.Errorf("%w: text encoding: %v", ErrUnreadable, err)
		}
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return nil, fmt.Errorf("%w: binary data, not text", ErrUnreadable)
	}
	return raw, nil
}

func (c *csvRows) next() ([]string, int, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err != nil {
		return nil, 0, fmt.Errorf("%w: csv: %v", ErrUnreadable, err)
	}
	// encoding/csv skips empty lines; count them so row numbers match what
	// Excel shows for the same file.
	line, _ := c.r.FieldPos(0)
	if skipped := line - c.lastLine - 1; skipped > 0 && c.row > 0 {
		c.row += skipped
	} else if c.row == 0 && line > 1 {
		c.row = line - 1
	}
	c.lastLine, _ = c.r.FieldPos(len(rec) - 1)
	c.row++
	return rec, c.row, nil
}

// count reads the rest of the text to count its records (cheap next to
// importing them).
func (c *csvRows) count() (int, error) {
	r := csv.NewReader(bytes.NewReader(c.raw))
	r.Comma, r.FieldsPerRecord, r.LazyQuotes, r.ReuseRecord = c.r.Comma, -1, true, true
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return 0, fmt.Errorf("%w: csv: %v", ErrUnreadable, err)
		}
		n++
	}
}

func (c *csvRows) info() sheetInfo { return sheetInfo{} }
func (c *csvRows) close()          {}

// detectDelimiter picks the separator that occurs most in the first line
// outside quotes: Indonesian Excel writes ';', others ','.
func detectDelimiter(raw []byte) rune {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		counts := map[rune]int{}
		inQuote := false
		for _, r := range line {
			switch {
			case r == '"':
				inQuote = !inQuote
			case !inQuote && (r == ';' || r == ',' || r == '\t'):
				counts[r]++
			}
		}
		best := ','
		for _, d := range []rune{';', '\t'} {
			if counts[d] > counts[best] {
				best = d
			}
		}
		return best
	}
	return ','
}
