package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// csvRows streams the records of comma-, semicolon- or tab-separated text:
// UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), or
// Windows-1252 (older Excel); LF or CRLF. Quotes are read strictly, so that
// a stray one (`6471…;"Budi" Santoso;L`) costs its own row only: that row
// comes back as a BadRowError and reading goes on with the next line.
type csvRows struct {
	raw   []byte
	comma rune
	r     *csv.Reader
	base  int // physical lines before the reader's first line
	lines lineIndex

	row      int // spreadsheet row number of the last record
	lastLine int // physical line the last record ended on
}

// BadRowError is a row the file's text does not let Balai read: it becomes
// a rejected row, and the rows after it are read as usual.
type BadRowError struct {
	Row    int
	Reason string // CodeBadQuote
	Text   string // the line, cut short
}

func (e *BadRowError) Error() string { return fmt.Sprintf("row %d: %s", e.Row, e.Reason) }

// CodeBadQuote: a quote opens a cell and does not close it where the cell
// ends. Detail: the line.
const CodeBadQuote = "bad_quote"

func newCSVRows(raw []byte) (*csvRows, error) {
	raw, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	c := &csvRows{raw: raw, comma: detectDelimiter(raw), lines: lineIndex{text: raw}}
	c.r = c.reader(raw)
	return c, nil
}

func (c *csvRows) reader(text []byte) *csv.Reader {
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = c.comma
	r.FieldsPerRecord = -1
	return r
}

// decodeText returns raw as UTF-8 without a BOM.
func decodeText(raw []byte) ([]byte, error) {
	if int64(len(raw)) > limits.fileBytes {
		return nil, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: UTF-16 text: %v", ErrUnreadable, err)
		}
		raw = out
	}
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
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return c.badQuote(pe)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("%w: csv: %v", ErrUnreadable, err)
	}
	first, _ := c.r.FieldPos(0)
	last, _ := c.r.FieldPos(len(rec) - 1)
	row := c.advance(c.base+first, c.base+last)
	if err := checkRow(rec, row); err != nil {
		return nil, 0, err
	}
	return rec, row, nil
}

// advance moves the row count to a record on physical lines first..last.
// encoding/csv skips empty lines; they count, so that row numbers match
// what Excel shows for the same file.
func (c *csvRows) advance(first, last int) int {
	if skipped := first - c.lastLine - 1; skipped > 0 && c.row > 0 {
		c.row += skipped
	} else if c.row == 0 && first > 1 {
		c.row = first - 1
	}
	c.lastLine = last
	c.row++
	return c.row
}

// badQuote handles a record encoding/csv refused. A bare quote inside a cell
// (`Budi "Bob" Santoso`) is harmless: the line is read again leniently. A
// quote that opens a cell and does not close it rejects its line, and
// reading starts again on the next line: the rows after it still count.
func (c *csvRows) badQuote(pe *csv.ParseError) ([]string, int, error) {
	start, end := c.base+pe.StartLine, c.base+pe.Line
	text := c.lines.get(start, end)
	if errors.Is(pe.Err, csv.ErrBareQuote) {
		lazy := c.reader(text)
		lazy.LazyQuotes = true
		if rec, err := lazy.Read(); err == nil {
			row := c.advance(start, end)
			if err := checkRow(rec, row); err != nil {
				return nil, 0, err
			}
			return rec, row, nil
		}
	}
	row := c.advance(start, start)
	if end > start {
		// The reader ran on looking for the closing quote: start again on
		// the line after the one that opened it.
		c.base = start
		c.r = c.reader(c.raw[c.lines.offset(start+1):])
	}
	return nil, row, &BadRowError{Row: row, Reason: CodeBadQuote, Text: clip(strings.TrimRight(string(c.lines.get(start, start)), "\r\n"))}
}

// count reads the rest of the text to count its records (cheap next to
// importing them).
func (c *csvRows) count() (int, error) {
	n := 0
	for line := range bytes.Lines(c.raw) {
		if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
	}
	return n, nil
}

func (c *csvRows) info() sheetInfo { return sheetInfo{} }
func (c *csvRows) close()          {}

// lineIndex finds the physical lines of a text, indexing them as asked.
type lineIndex struct {
	text   []byte
	starts []int // byte offset of line i+1
}

// offset is the byte offset where physical line n (from 1) starts.
func (l *lineIndex) offset(n int) int {
	if len(l.starts) == 0 {
		l.starts = append(l.starts, 0)
	}
	for len(l.starts) < n {
		last := l.starts[len(l.starts)-1]
		i := bytes.IndexByte(l.text[last:], '\n')
		if i < 0 {
			return len(l.text)
		}
		l.starts = append(l.starts, last+i+1)
	}
	return l.starts[n-1]
}

// get is the text of physical lines from..to.
func (l *lineIndex) get(from, to int) []byte {
	return l.text[l.offset(from):l.offset(to+1)]
}

// detectDelimiter picks the separator that occurs most in the first line
// outside quotes: Indonesian Excel writes ';', others ',', "Unicode text" tabs.
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
