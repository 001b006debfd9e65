package reports

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"

	"balai/assets"
)

// The printed documents of Balai (schedule, attendance sheet, certificate)
// share what is here: paper sizes, a gofpdf document set up with the embedded
// Noto Sans fonts and reproducible output, text measuring, and the
// "Halaman 1 dari 3" page footer. Beside it: the letterhead (kop surat,
// letterhead.go), the sign-off block (signoff.go), a table that breaks across
// pages repeating its header (table.go), and images (pdf_images.go).
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

// serifFamily is Noto Serif, for a certificate's title and name: certificate
// documents register it (addSerifFonts) and select it with "S" in a style:
// "SB" bold, "SI" italic, the only two there are. ("S" is never gofpdf's
// strikeout here.)
const serifFamily = "NotoSerif"

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

type fontFiles struct {
	regular, bold, italic  []byte
	serifBold, serifItalic []byte
}

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
	f.serifBold = read("NotoSerif-Bold.ttf")
	f.serifItalic = read("NotoSerif-Italic.ttf")
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
	setDefaultFont(pdf)
	return pdf
}

// addSerifFonts registers Noto Serif in pdf, for the styles with "S": bold,
// and italic when withItalic is set (only bilingual certificates use it).
// Only certificates use the serif: gofpdf embeds every font registered, used
// or not, and registering one costs more than laying out a certificate.
func addSerifFonts(pdf *gofpdf.Fpdf, withItalic bool) {
	fonts, err := loadFonts()
	if err != nil {
		pdf.SetError(err)
		return
	}
	pdf.AddUTF8FontFromBytes(serifFamily, "B", fonts.serifBold)
	if withItalic {
		pdf.AddUTF8FontFromBytes(serifFamily, "I", fonts.serifItalic)
	}
}

// setDefaultFont selects the regular style at 10 points.
func setDefaultFont(pdf *gofpdf.Fpdf) { setFont(pdf, "", 10) }

// setFont selects the embedded family in style "", "B" or "I" (with "U" to
// underline) at size points; with "S" the serif family (see serifFamily).
// There is no bold italic: "BI" is bold.
func setFont(pdf *gofpdf.Fpdf, style string, size float64) {
	family, style := fontOf(style)
	pdf.SetFont(family, style, size)
}

// fontOf is the family and the gofpdf style of a style as Balai writes it.
func fontOf(style string) (family, pdfStyle string) {
	family = fontFamily
	if strings.Contains(style, "S") {
		family, style = serifFamily, strings.ReplaceAll(style, "S", "")
	}
	if strings.Contains(style, "B") {
		style = strings.ReplaceAll(style, "I", "")
	}
	return family, style
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

// lastLine is the last line of lines that is not blank, trimmed.
func lastLine(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}
