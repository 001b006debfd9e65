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

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// csvRows streams the records of comma-, semicolon- or tab-separated text:
// UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), or
// Windows-1252 (older Excel); LF or CRLF. Quotes are read strictly, so that
// a stray one (`6471…;"Budi" Santoso;L`) costs its own row only: that row
// comes back as a BadRowError and reading goes on with the next line.
type csvRows struct {
	file  File
	enc   encoding.Encoding // nil: UTF-8
	comma rune

	src  io.ReadCloser
	text *bufio.Reader // the decoded text at base
	r    *csv.Reader
	base int // physical lines before the reader's first line

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

func newCSVRows(f File) (*csvRows, error) {
	if f.Size > limits.fileBytes {
		return nil, &LimitError{What: "file", Limit: limits.fileBytes}
	}
	enc, err := textEncoding(f)
	if err != nil {
		return nil, err
	}
	c := &csvRows{file: f, enc: enc}
	if err := c.start(0); err != nil {
		return nil, err
	}
	first, _ := c.text.Peek(64 << 10)
	c.comma = detectDelimiter(first)
	c.r = c.reader(c.text)
	return c, nil
}

// start opens the text again, skipping its first skip physical lines.
func (c *csvRows) start(skip int) error {
	if c.src != nil {
		c.src.Close()
	}
	src, err := c.file.Open()
	if err != nil {
		return err
	}
	c.src = src
	c.text = bufio.NewReaderSize(decoded(src, c.enc), 64<<10)
	c.base = skip
	for skipped := 0; skipped < skip; {
		_, err := c.text.ReadSlice('\n')
		switch {
		case err == nil:
			skipped++
		case errors.Is(err, bufio.ErrBufferFull): // a long line: read on
		case err == io.EOF:
			return nil
		default:
			return fmt.Errorf("read %s: %w", c.file.Name, err)
		}
	}
	return nil
}

func (c *csvRows) reader(text io.Reader) *csv.Reader {
	r := csv.NewReader(text)
	r.Comma = c.comma
	r.FieldsPerRecord = -1
	return r
}

// decoded is r's text as UTF-8 without a BOM. Text already known to be
// valid UTF-8 (enc nil) only loses its BOM: decoding it again would cost a
// tenth of a large import for nothing.
func decoded(r io.Reader, enc encoding.Encoding) io.Reader {
	if enc == nil {
		return withoutBOM(r)
	}
	return transform.NewReader(r, enc.NewDecoder())
}

func withoutBOM(r io.Reader) io.Reader {
	b := bufio.NewReaderSize(r, 64<<10)
	if head, _ := b.Peek(3); bytes.Equal(head, []byte{0xef, 0xbb, 0xbf}) {
		b.Discard(3)
	}
	return b
}

// textEncoding tells how the file's text is written: UTF-16 by its BOM,
// else UTF-8 when every byte of it is (nil), else Windows-1252. Binary data
// is refused.
func textEncoding(f File) (encoding.Encoding, error) {
	head, err := f.head(4)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), nil
	}
	valid, err := scanText(f)
	if err != nil || valid {
		return nil, err
	}
	return charmap.Windows1252, nil
}

// scanText reads the whole file once: whether it is valid UTF-8, refusing
// binary data (a NUL byte).
func scanText(f File) (bool, error) {
	r, err := f.Open()
	if err != nil {
		return false, err
	}
	defer r.Close()
	buf := make([]byte, 64<<10)
	valid, carry := true, 0
	for {
		n, err := r.Read(buf[carry:])
		chunk := buf[:carry+n]
		if bytes.IndexByte(chunk[carry:], 0) >= 0 {
			return false, fmt.Errorf("%w: binary data, not text", ErrUnreadable)
		}
		// Keep an incomplete character at the end for the next chunk.
		cut := len(chunk)
		for i := 0; i < 3 && cut > 0 && err == nil; i++ {
			if utf8.RuneStart(chunk[cut-1]) {
				if !utf8.FullRune(chunk[cut-1:]) {
					cut--
				}
				break
			}
			cut--
		}
		if valid && !utf8.Valid(chunk[:cut]) {
			valid = false
		}
		carry = copy(buf, chunk[cut:])
		if err == io.EOF {
			return valid && (carry == 0 || utf8.Valid(buf[:carry])), nil
		}
		if err != nil {
			return false, fmt.Errorf("read %s: %w", f.Name, err)
		}
	}
}

func (c *csvRows) next() ([]string, int, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote)) {
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
	text, err := c.line(start)
	if err != nil {
		return nil, 0, err
	}
	if errors.Is(pe.Err, csv.ErrBareQuote) && start == end {
		lazy := c.reader(strings.NewReader(text))
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
		if err := c.start(start); err != nil {
			return nil, 0, err
		}
		c.r = c.reader(c.text)
	}
	return nil, row, &BadRowError{Row: row, Reason: CodeBadQuote, Text: clip(strings.TrimRight(text, "\r\n"))}
}

// line is the text of physical line n (from 1), read from the file again:
// only for the rare line that cannot be read as CSV.
func (c *csvRows) line(n int) (string, error) {
	src, err := c.file.Open()
	if err != nil {
		return "", err
	}
	defer src.Close()
	br := bufio.NewReader(decoded(src, c.enc))
	for i := 1; ; i++ {
		s, err := br.ReadString('\n')
		if i == n || err != nil {
			if len(s) > limits.cellChars {
				s = s[:limits.cellChars]
			}
			return s, nil
		}
	}
}

// count reads the text again to count its lines that hold something (cheap
// next to importing them).
func (c *csvRows) count() (int, error) {
	src, err := c.file.Open()
	if err != nil {
		return 0, err
	}
	defer src.Close()
	sc := bufio.NewScanner(decoded(src, c.enc))
	sc.Buffer(make([]byte, 0, 64<<10), int(limits.fileBytes))
	n := 0
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n, sc.Err()
}

func (c *csvRows) info() sheetInfo { return sheetInfo{} }

func (c *csvRows) close() {
	if c.src != nil {
		c.src.Close()
	}
}

// detectDelimiter picks the separator that occurs most in the first line
// outside quotes: Indonesian Excel writes ';', others ',', "Unicode text" tabs.
func detectDelimiter(text []byte) rune {
	for line := range bytes.Lines(text) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		counts := map[rune]int{}
		inQuote := false
		for _, r := range string(line) {
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
