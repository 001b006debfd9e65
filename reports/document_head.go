package reports

import (
	"fmt"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// docHead is the top of the first page of a schedule or attendance sheet:
// the letterhead, the title and the lines under it, and the class data in
// two columns of fields.
type docHead struct {
	Letterhead []element
	Title      string
	TitleY     float64
	Subtitle   []string // centred under the title
	Fields     [2]fieldColumn
	FieldsY    float64
	Bottom     float64 // the y where what follows the head starts
}

// The title and the room around the head's parts.
const (
	titleSize = 13.0
	titleH    = 6.5
	// letterheadGap is from the letterhead's lower rule to the title.
	letterheadGap = 3.9
	subtitleSize  = 10.0
)

// headSpec is what a document puts in its head.
type headSpec struct {
	Title    string
	Subtitle string
	// TitleGap and FieldsGap are the room under the title (and subtitle)
	// and under the fields.
	TitleGap, FieldsGap float64
	// Fields lays out the two columns of fields between left and
	// left+width.
	Fields func(m *gofpdf.Fpdf, left, width float64) [2]fieldColumn
}

// layoutDocHead lays out the head of inst's document by spec from the top
// margin, measuring with m.
func layoutDocHead(m *gofpdf.Fpdf, inst data.Institution, spec headSpec) (docHead, error) {
	left, top, _, _ := m.GetMargins()
	width := contentWidth(m)
	logo, err := newPageImage("letterhead-logo", inst.Logo, 600)
	if err != nil {
		return docHead{}, fmt.Errorf("letterhead logo: %w", err)
	}
	b := &pageBuilder{pdf: m}
	y := layoutLetterhead(b, inst, logo, left, top, width)
	h := docHead{Letterhead: b.page.elems, Title: spec.Title}
	y += letterheadGap
	h.TitleY = y
	y += titleH
	if spec.Subtitle != "" {
		setFont(m, "", subtitleSize)
		h.Subtitle = wrapText(m, spec.Subtitle, width)
		for range h.Subtitle {
			y += lineHeight(subtitleSize)
		}
	}
	y += spec.TitleGap
	h.FieldsY = y
	h.Fields = spec.Fields(m, left, width)
	h.Bottom = max(h.Fields[0].bottom(y), h.Fields[1].bottom(y)) + spec.FieldsGap
	return h, nil
}

// drawDocHead draws h on the first page.
func drawDocHead(pdf *gofpdf.Fpdf, h docHead, left, width float64) error {
	if err := drawLetterhead(pdf, h.Letterhead); err != nil {
		return err
	}
	setFont(pdf, "B", titleSize)
	pdf.SetXY(left, h.TitleY)
	pdf.CellFormat(width, titleH, h.Title, "", 1, "C", false, 0, "")
	if len(h.Subtitle) > 0 {
		setFont(pdf, "", subtitleSize)
		for _, l := range h.Subtitle {
			pdf.CellFormat(width, lineHeight(subtitleSize), l, "", 1, "C", false, 0, "")
		}
	}
	for _, c := range h.Fields {
		drawFieldColumn(pdf, c, h.FieldsY)
	}
	pdf.SetXY(left, h.Bottom)
	return nil
}

// fieldColumn is a column of "label : value" lines at X, W wide: the labels
// LabelW wide, the values wrapped under themselves.
type fieldColumn struct {
	X, W, LabelW float64
	Fields       []field
}

// field is one label and its value's lines.
type field struct {
	Label string
	Lines []string
}

const (
	fieldSize   = 9.0
	fieldColonW = 3.0
)

// layoutFieldColumn lays out pairs of label and value at x within width w;
// an empty value prints as "-".
func layoutFieldColumn(m *gofpdf.Fpdf, x, w float64, pairs [][2]string) fieldColumn {
	setFont(m, "", fieldSize)
	c := fieldColumn{X: x, W: w}
	for _, p := range pairs {
		c.LabelW = max(c.LabelW, m.GetStringWidth(p[0]))
	}
	c.LabelW += 2 * cellMargin
	setFont(m, "B", fieldSize)
	for _, p := range pairs {
		lines := wrapText(m, p[1], c.valueW())
		if len(lines) == 0 {
			lines = []string{"-"}
		}
		c.Fields = append(c.Fields, field{Label: p[0], Lines: lines})
	}
	return c
}

func (c fieldColumn) valueW() float64 { return c.W - c.LabelW - fieldColonW }

// bottom is the y under the column drawn from y.
func (c fieldColumn) bottom(y float64) float64 {
	for _, f := range c.Fields {
		for range f.Lines {
			y += lineHeight(fieldSize)
		}
	}
	return y
}

// fieldColumnWidth is the width a column needs to print pairs unwrapped.
func fieldColumnWidth(m *gofpdf.Fpdf, pairs [][2]string) float64 {
	labelW, valueW := 0.0, 0.0
	for _, p := range pairs {
		setFont(m, "", fieldSize)
		labelW = max(labelW, m.GetStringWidth(p[0]))
		setFont(m, "B", fieldSize)
		valueW = max(valueW, m.GetStringWidth(pdfText(p[1])))
	}
	return labelW + 3 + valueW + 4*cellMargin + 0.5
}

// drawFieldColumn draws c from y.
func drawFieldColumn(pdf *gofpdf.Fpdf, c fieldColumn, y float64) {
	h := lineHeight(fieldSize)
	setFont(pdf, "", fieldSize)
	for _, f := range c.Fields {
		setFont(pdf, "", fieldSize)
		pdf.SetXY(c.X, y)
		pdf.CellFormat(c.LabelW, h, f.Label, "", 0, "L", false, 0, "")
		pdf.CellFormat(fieldColonW, h, ":", "", 0, "C", false, 0, "")
		setFont(pdf, "B", fieldSize)
		for _, l := range f.Lines {
			pdf.SetXY(c.X+c.LabelW+fieldColonW, y)
			pdf.CellFormat(c.valueW(), h, l, "", 0, "L", false, 0, "")
			y += h
		}
	}
	setFont(pdf, "", fieldSize)
}
