package reports

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	_ "image/gif" // logos are PNG or JPEG; a GIF costs nothing to accept
	"image/png"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	xdraw "golang.org/x/image/draw"
	"golang.org/x/text/unicode/norm"

	"balai/assets"
	"balai/data"
)

// The printed documents of Balai (schedule, attendance sheet, certificate)
// share what is here: paper sizes, a gofpdf document set up with the embedded
// Noto Sans fonts and reproducible output, the letterhead (kop surat), the
// sign-off block, a table that breaks across pages repeating its header, and
// the "Halaman 1 dari 3" page footer.
//
// Lengths are millimetres, font sizes points. Every string printed goes
// through pdfText (NFC, no characters the font cannot take).

// Paper is a sheet size, portrait, in millimetres.
type Paper struct {
	Name          string
	Width, Height float64
}

// Paper sizes of Indonesian offices.
var (
	A4 = Paper{Name: "A4", Width: 210, Height: 297}
	F4 = Paper{Name: "F4", Width: 215, Height: 330} // folio
)

// Papers lists the supported sizes, A4 first.
var Papers = []Paper{A4, F4}

// ParsePaper reads a paper name as given on the command line or in settings:
// "A4", "F4" or "folio", in any case.
func ParsePaper(name string) (Paper, error) {
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "A4":
		return A4, nil
	case "F4", "FOLIO":
		return F4, nil
	}
	return Paper{}, fmt.Errorf("unknown paper %q: use A4 or F4", name)
}

// Orientation of the pages.
type Orientation string

const (
	Portrait  Orientation = "P"
	Landscape Orientation = "L"
)

// fontFamily is the name the embedded fonts are registered under; styles ""
// (regular), "B" (bold) and "I" (italic) exist, "BI" does not.
const fontFamily = "NotoSans"

// Page margins.
const (
	marginLeft   = 15.0
	marginRight  = 15.0
	marginTop    = 12.0
	marginBottom = 16.0 // the footer sits in it
	footerGap    = 8.0  // from the page's bottom edge to the footer's baseline area
	cellMargin   = 1.2  // left/right padding inside table cells
)

// Colours, as RGB.
var (
	colorText       = [3]int{0, 0, 0}
	colorMuted      = [3]int{90, 90, 90}
	colorRule       = [3]int{110, 110, 110}
	colorHeaderBg   = [3]int{221, 235, 247} // the XLSX export's header blue
	colorZebra      = [3]int{244, 247, 250}
	colorTotalBg    = [3]int{235, 235, 235}
	colorWhite      = [3]int{255, 255, 255}
	colorLetterRule = [3]int{0, 0, 0}
)

type fontFiles struct{ regular, bold, italic []byte }

var loadFonts = sync.OnceValues(func() (fontFiles, error) {
	var f fontFiles
	var err error
	read := func(name string) []byte {
		b, e := assets.Fonts.ReadFile("fonts/" + name)
		if e != nil && err == nil {
			err = fmt.Errorf("embedded font %s: %w", name, e)
		}
		return b
	}
	f.regular = read("NotoSans-Regular.ttf")
	f.bold = read("NotoSans-Bold.ttf")
	f.italic = read("NotoSans-Italic.ttf")
	return f, err
})

// newPDF starts a document on paper in orientation o, with the embedded fonts,
// the margins above, and created as its creation and modification date, so
// that the same content always gives the same bytes. Finish it with writePDF.
// A font that cannot be read leaves the document in error (pdf.Error()).
func newPDF(paper Paper, o Orientation, created time.Time) *gofpdf.Fpdf {
	if o != Landscape {
		o = Portrait
	}
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: string(o),
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: paper.Width, Ht: paper.Height},
	})
	pdf.SetCatalogSort(true) // resources in a fixed order: identical bytes
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetProducer("Balai", false)
	pdf.SetCreator("Balai", false)
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetCellMargin(cellMargin)
	pdf.SetDisplayMode("fullwidth", "continuous")
	fonts, err := loadFonts()
	if err != nil {
		pdf.SetError(err)
		return pdf
	}
	pdf.AddUTF8FontFromBytes(fontFamily, "", fonts.regular)
	pdf.AddUTF8FontFromBytes(fontFamily, "B", fonts.bold)
	pdf.AddUTF8FontFromBytes(fontFamily, "I", fonts.italic)
	setFont(pdf, "", 10)
	return pdf
}

// setFont selects the embedded family in style "", "B" or "I" (with "U" to
// underline) at size points. There is no bold italic: "BI" is bold.
func setFont(pdf *gofpdf.Fpdf, style string, size float64) {
	if strings.Contains(style, "B") {
		style = strings.ReplaceAll(style, "I", "")
	}
	pdf.SetFont(fontFamily, style, size)
}

func setTextColor(pdf *gofpdf.Fpdf, c [3]int) { pdf.SetTextColor(c[0], c[1], c[2]) }
func setFillColor(pdf *gofpdf.Fpdf, c [3]int) { pdf.SetFillColor(c[0], c[1], c[2]) }
func setDrawColor(pdf *gofpdf.Fpdf, c [3]int) { pdf.SetDrawColor(c[0], c[1], c[2]) }

// contentWidth is the width between the left and right margins.
func contentWidth(pdf *gofpdf.Fpdf) float64 {
	w, _ := pdf.GetPageSize()
	l, _, r, _ := pdf.GetMargins()
	return w - l - r
}

// pageBottom is the lowest y content may reach on the current page.
func pageBottom(pdf *gofpdf.Fpdf) float64 {
	_, h := pdf.GetPageSize()
	_, b := pdf.GetAutoPageBreak()
	return h - b
}

// lineHeight is a comfortable line distance for a font size: 1.3 × the size.
func lineHeight(size float64) float64 { return size * 1.3 * 25.4 / 72 }

// pdfText makes s safe to print with the embedded font: composed (NFC, so
// that "Nguyễn" typed with combining accents prints as one letter each),
// control characters and tabs as spaces, characters beyond the Basic
// Multilingual Plane (emoji), which gofpdf cannot measure, as "?".
func pdfText(s string) string {
	s = norm.NFC.String(s)
	clean := true
	for _, r := range s {
		if r > 0xFFFF || (unicode.IsControl(r) && r != '\n') || r == '\u00ad' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\r':
		case r == '\u00ad': // soft hyphen: gofpdf would print it
		case r > 0xFFFF:
			b.WriteByte('?')
		case unicode.IsControl(r) && r != '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wrapText breaks s into lines that fit a cell of width w (its cell margins
// included) in the current font. Newlines in s start new lines; an empty s is
// no lines.
func wrapText(pdf *gofpdf.Fpdf, s string, w float64) []string {
	s = strings.TrimSpace(pdfText(s))
	if s == "" {
		return nil
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		para = strings.Join(strings.Fields(para), " ")
		if para == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, pdf.SplitText(para, w)...)
	}
	return lines
}

// fitFontSize is the largest size ≤ size (down to min) at which s fits width w
// in style, for single lines that must not wrap (letterhead, titles).
func fitFontSize(pdf *gofpdf.Fpdf, style, s string, size, min, w float64) float64 {
	for ; size > min; size -= 0.25 {
		setFont(pdf, style, size)
		if pdf.GetStringWidth(s) <= w {
			return size
		}
	}
	return min
}

// letterhead draws the institution's kop surat (see layoutLetterhead) at
// the top of the current page and leaves the cursor under it; measure
// measures the text.
func letterhead(pdf, measure *gofpdf.Fpdf, inst data.Institution) error {
	left, top, _, _ := pdf.GetMargins()
	logo, err := newPageImage("letterhead-logo", inst.Logo, 600)
	if err != nil {
		return fmt.Errorf("letterhead logo: %w", err)
	}
	b := &pageBuilder{pdf: measure}
	y := layoutLetterhead(b, inst, logo, left, top, contentWidth(pdf))
	widths := map[int]bool{}
	for _, e := range b.page.elems {
		drawElementPDF(pdf, e, 0, 0, widths)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("letterhead: %w", err)
	}
	setTextColor(pdf, colorText)
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	pdf.SetXY(left, y+3.9)
	setFont(pdf, "", 10)
	return nil
}

// registerImage makes img (PNG, JPEG or GIF) available to pdf.ImageOptions
// under name and returns its size information. A JPEG in RGB or grey of at
// most maxPx on either side is embedded as it is; any other image is decoded,
// scaled down to maxPx when larger, and embedded as an 8-bit PNG (gofpdf cannot
// read 16-bit or interlaced PNG).
func registerImage(pdf *gofpdf.Fpdf, name string, img []byte, maxPx int) (*gofpdf.ImageInfoType, error) {
	if info := pdf.GetImageInfo(name); info != nil {
		return info, nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, errors.New("the image is empty")
	}
	typ := "jpg"
	plainJPEG := format == "jpeg" && (cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel)
	if !plainJPEG || max(cfg.Width, cfg.Height) > maxPx {
		src, _, err := image.Decode(bytes.NewReader(img))
		if err != nil {
			return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
		}
		b := src.Bounds()
		w, h := b.Dx(), b.Dy()
		if m := max(w, h); m > maxPx {
			w, h = max(1, w*maxPx/m), max(1, h*maxPx/m)
		}
		dst := image.NewNRGBA(image.Rect(0, 0, w, h))
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, b, xdraw.Src, nil)
		var buf bytes.Buffer
		if err := png.Encode(&buf, dst); err != nil {
			return nil, err
		}
		img, typ = buf.Bytes(), "png"
	}
	info := pdf.RegisterImageOptionsReader(name, gofpdf.ImageOptions{ImageType: typ}, bytes.NewReader(img))
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	return info, nil
}

// placeDate is the place-date line over a signature: "Balikpapan, 26 November 2026".
func placeDate(inst data.Institution, t time.Time) string {
	d := data.FormatDate(t, "id")
	if c := strings.TrimSpace(inst.City); c != "" {
		return c + ", " + d
	}
	return d
}

// signature is one sign-off block: the lines above the space for the
// signature (place and date, "Mengetahui,", the signatory's office), then the
// name and NIP under it.
type signature struct {
	Above []string // printed in order, each wrapped to the block's width
	Name  string   // bold and underlined; blank gives a dotted line to fill in by hand
	NIP   string   // formatted with data.FormatNIP; blank gives "NIP. " and dots
}

// signatureSpace is the vertical room left for the handwritten signature and stamp.
const signatureSpace = 20.0

// drawSignature draws s in a block of width w at x, y (its top) and returns
// the y under it. With draw false it only measures.
func drawSignature(pdf *gofpdf.Fpdf, x, y, w float64, s signature, draw bool) float64 {
	const size = 10.0
	h := lineHeight(size)
	setFont(pdf, "", size)
	setTextColor(pdf, colorText)
	for _, a := range s.Above {
		for _, l := range wrapText(pdf, a, w) {
			if draw {
				pdf.SetXY(x, y)
				pdf.CellFormat(w, h, l, "", 0, "L", false, 0, "")
			}
			y += h
		}
	}
	y += signatureSpace
	name := strings.TrimSpace(pdfText(s.Name))
	if name == "" {
		name = "(" + strings.Repeat(".", 45) + ")"
		setFont(pdf, "", size)
	} else {
		setFont(pdf, "BU", size)
	}
	for _, l := range pdf.SplitText(name, w) {
		if draw {
			pdf.SetXY(x, y)
			pdf.CellFormat(w, h, l, "", 0, "L", false, 0, "")
		}
		y += h
	}
	setFont(pdf, "", size)
	nip := data.FormatNIP(strings.TrimSpace(s.NIP))
	if nip == "" {
		nip = strings.Repeat(".", 36)
	}
	if draw {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, h, "NIP. "+pdfText(nip), "", 0, "L", false, 0, "")
	}
	return y + h
}

// writePDF stamps every page's footer — note at the left, "Halaman N dari M"
// at the right — and writes the document to w. The footers are drawn once all
// pages exist, so M is exact and the right-aligned text measures true (gofpdf's
// page-count alias would be measured as "{nb}").
func writePDF(w io.Writer, pdf *gofpdf.Fpdf, note string) error {
	if err := pdf.Error(); err != nil {
		return err
	}
	n := pdf.PageCount()
	pageW, pageH := pdf.GetPageSize()
	left, _, right, _ := pdf.GetMargins()
	autoBreak, breakMargin := pdf.GetAutoPageBreak()
	pdf.SetAutoPageBreak(false, 0)
	note = pdfText(note)
	const size = 7.5
	for p := 1; p <= n; p++ {
		pdf.SetPage(p)
		// Whatever the page's content last set stays in force in its content
		// stream: set font, colours and line width explicitly (gofpdf skips
		// a SetFont to the font it believes current; SetFontSize always writes).
		setFont(pdf, "", size)
		pdf.SetFontSize(size)
		setFillColor(pdf, colorWhite)
		setTextColor(pdf, colorMuted)
		setDrawColor(pdf, colorRule)
		pdf.SetLineWidth(0.2)
		y := pageH - footerGap - 2
		pdf.Line(left, y-0.8, pageW-right, y-0.8)
		page := "Halaman " + strconv.Itoa(p) + " dari " + strconv.Itoa(n)
		pw := pdf.GetStringWidth(page) + 2*cellMargin
		if note != "" {
			pdf.SetXY(left, y)
			pdf.CellFormat(pageW-left-right-pw-4, 4, truncateText(pdf, note, pageW-left-right-pw-4), "", 0, "L", false, 0, "")
		}
		pdf.SetXY(pageW-right-pw, y)
		pdf.CellFormat(pw, 4, page, "", 0, "R", false, 0, "")
	}
	pdf.SetPage(n)
	pdf.SetAutoPageBreak(autoBreak, breakMargin)
	setTextColor(pdf, colorText)
	return pdf.Output(w)
}

// truncateText shortens s with "…" to fit a cell of width w in the current font.
func truncateText(pdf *gofpdf.Fpdf, s string, w float64) string {
	w -= 2 * cellMargin
	if pdf.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && pdf.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// A table that breaks across pages, repeating its header row.

// tableColumn is one column: its header, width and the alignment of its cells
// ("L", "C" or "R").
type tableColumn struct {
	Title string
	Width float64
	Align string
}

// cellPara is one paragraph of a table cell, wrapped to the cell's width.
type cellPara struct {
	Text  string
	Style string  // "", "B", "I"
	Size  float64 // 0: the table's size
	Align string  // "": the column's alignment
	Muted bool    // grey text
}

// tableCell is what a cell holds: paragraphs from the top.
type tableCell []cellPara

// textCell is a cell of one plain paragraph.
func textCell(s string) tableCell { return tableCell{{Text: s}} }

// table draws rows at the cursor, starting a new page (with continued, if
// set, and the header row) when a row does not fit.
type table struct {
	pdf        *gofpdf.Fpdf
	measure    *gofpdf.Fpdf // measures the cells
	cols       []tableColumn
	size       float64 // font size of cells
	padY       float64 // space above and below a cell's text
	continued  func()  // draws what goes above the header on a continuation page
	rowsOnPage int
}

func newTable(pdf, measure *gofpdf.Fpdf, size float64, cols []tableColumn) *table {
	return &table{pdf: pdf, measure: measure, cols: cols, size: size, padY: 1.0}
}

// rowStyle is how a row is filled and written.
type rowStyle struct {
	Fill   *[3]int // background; nil for none
	Bold   bool
	Header bool
}

// cellLines is one wrapped paragraph ready to draw.
type cellLines struct {
	para  cellPara
	lines []string
	lineH float64
}

func (t *table) layout(spans []int, cells []tableCell, bold bool) ([][]cellLines, float64) {
	out := make([][]cellLines, len(cells))
	height := 0.0
	col := 0
	for i, c := range cells {
		w := 0.0
		for k := 0; k < spans[i]; k++ {
			w += t.cols[col+k].Width
		}
		col += spans[i]
		h := 0.0
		for _, p := range c {
			size := p.Size
			if size == 0 {
				size = t.size
			}
			style := p.Style
			if bold && !strings.Contains(style, "B") {
				style += "B"
			}
			p.Style, p.Size = style, size
			setFont(t.measure, style, size)
			lines := wrapText(t.measure, p.Text, w)
			lh := lineHeight(size)
			out[i] = append(out[i], cellLines{para: p, lines: lines, lineH: lh})
			h += float64(len(lines)) * lh
		}
		height = max(height, h)
	}
	return out, max(height, lineHeight(t.size)) + 2*t.padY
}

// header draws the header row.
func (t *table) header() {
	cells := make([]tableCell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = tableCell{{Text: c.Title, Align: "C"}}
	}
	spans := ones(len(cells))
	fill := colorHeaderBg
	t.draw(spans, cells, rowStyle{Fill: &fill, Bold: true, Header: true})
}

// row draws one row of one cell per column.
func (t *table) row(cells []tableCell, style rowStyle) {
	t.draw(ones(len(cells)), cells, style)
}

// rowSpans draws a row whose cell i covers spans[i] columns.
func (t *table) rowSpans(spans []int, cells []tableCell, style rowStyle) {
	t.draw(spans, cells, style)
}

// height is the height of a row (spans nil: one column per cell).
func (t *table) height(spans []int, cells []tableCell, bold bool) float64 {
	if spans == nil {
		spans = ones(len(cells))
	}
	_, h := t.layout(spans, cells, bold)
	return h
}

// newPage continues the table on a new page, under its header.
func (t *table) newPage() {
	t.pdf.AddPage()
	if t.continued != nil {
		t.continued()
	}
	t.header()
}

func ones(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

// fits reports whether a block of height h fits under the cursor on this page.
func fits(pdf *gofpdf.Fpdf, h float64) bool { return pdf.GetY()+h <= pageBottom(pdf)+0.01 }

func (t *table) draw(spans []int, cells []tableCell, style rowStyle) {
	pdf := t.pdf
	laid, h := t.layout(spans, cells, style.Bold)
	if !style.Header && !fits(pdf, h) {
		t.newPage()
	}
	if style.Header {
		// A header needs room for itself and one row under it.
		if !fits(pdf, 2*h+lineHeight(t.size)) && pdf.GetY() > marginTop+1 {
			pdf.AddPage()
			if t.continued != nil {
				t.continued()
			}
		}
		t.rowsOnPage = 0
	}
	left, _, _, _ := pdf.GetMargins()
	x, y := left, pdf.GetY()
	setDrawColor(pdf, colorRule)
	pdf.SetLineWidth(0.2)
	col := 0
	for i := range cells {
		w := 0.0
		align := t.cols[col].Align
		for k := 0; k < spans[i]; k++ {
			w += t.cols[col+k].Width
		}
		col += spans[i]
		if style.Fill != nil {
			setFillColor(pdf, *style.Fill)
			pdf.Rect(x, y, w, h, "FD")
		} else {
			pdf.Rect(x, y, w, h, "D")
		}
		ty := y + t.padY
		for _, p := range laid[i] {
			setFont(pdf, p.para.Style, p.para.Size)
			if p.para.Muted {
				setTextColor(pdf, colorMuted)
			} else {
				setTextColor(pdf, colorText)
			}
			a := align
			if p.para.Align != "" {
				a = p.para.Align
			}
			if a == "" {
				a = "L"
			}
			for _, l := range p.lines {
				pdf.SetXY(x, ty)
				pdf.CellFormat(w, p.lineH, l, "", 0, a, false, 0, "")
				ty += p.lineH
			}
		}
		x += w
	}
	setTextColor(pdf, colorText)
	pdf.SetXY(left, y+h)
	if !style.Header {
		t.rowsOnPage++
	}
}
