package reports

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The back of a certificate: whose it is, the table of competency units, the
// sign-offs ("Mengetahui," the head at the left, the lead instructor at the
// right, or one of them), and how to verify the certificate.

// The back's measures, mm.
const (
	backSigW     = 95.0
	backSigSpace = 20.0
	backSigSize  = 9.5
	backNoteSize = 7.5
	backLegendH  = 4.5
)

// layoutBack lays out the back of c: the table gets the room the title,
// the holder, the sign-offs and the note leave it, and the sign-offs follow
// it, never lower than the bottom margin allows.
func layoutBack(pdf *gofpdf.Fpdf, c data.Certificate, sp certSpec, im certImages) certPage {
	b := sp.newPage(pdf)
	landscape := sp.orientation == Landscape
	left, width, top, bottom := certMarginX, sp.width-2*certMarginX, certMarginTop+3, sp.height-certMarginBottom
	if landscape {
		left, width, top, bottom = certInset, sp.width-2*certInset, certInset-2, sp.height-certInset+2
	}
	st := bodyStyle{scale: 1, colour: sp.colour, bilingual: sp.bilingual, left: left, width: width}
	y := top + st.centred(b, top, certUnitsTitle, "SB", 15, sp.colour, 1) + 2
	y = layoutBackHolder(b, c, left, y, width, landscape) + 3

	// From the bottom up: how to verify, the sign-offs; the table gets the rest.
	probe := &pageBuilder{pdf: pdf}
	note := verifyNote(c)
	noteSt := st
	noteSt.left, noteSt.width = left, width
	noteH := noteSt.centred(probe, 0, note, "", backNoteSize, colorMuted, 1)
	signs := backSigns(c.Content, sp.backSign, im.signature)
	sigW := min(backSigW, (width-20)/2)
	// Both name lines on one line: the blocks' rooms for the signature
	// start level.
	var above, below [2]float64
	for i, s := range signs {
		if s != nil {
			h, space := layoutSignBlock(probe, *s, 0, 0, sigW, false)
			above[i], below[i] = space, h-space
		}
	}
	sigH := max(above[0], above[1]) + max(below[0], below[1])
	footTop := bottom - noteH - 3 - sigH
	y = layoutUnitsTable(b, c.Content.Units, left, y, width, footTop-4-backLegendH-y, landscape)
	b.cell(left, y+0.8, width, backLegendH-1, certUnitsLegend, "I", 8, "L", colorMuted)
	y += backLegendH

	sigY := max(y+4, min(footTop, y+max(4, (footTop-y)/3)))
	xs := [2]float64{left + 4, left + width - 4 - sigW}
	for i, s := range signs {
		if s != nil {
			layoutSignBlock(b, *s, xs[i], sigY+max(above[0], above[1])-above[i], sigW, true)
		}
	}
	noteSt.centred(b, max(bottom-noteH, sigY+sigH+2), note, "", backNoteSize, colorMuted, 1)
	return b.page
}

// backSigns are the sign-offs of the back, left and right (nil for none):
// "Mengetahui," the head at the left and the instructor, dated, at the
// right; or the one chosen, dated, at the right.
func backSigns(cc data.CertificateContent, who string, sig *pageImage) [2]*signBlock {
	head, instr := headSignBlock(cc, sig, false, true), instructorSignBlock(cc, true)
	var out [2]*signBlock
	switch who {
	case data.BackSignHead:
		head = headSignBlock(cc, sig, true, false)
		out[1] = &head
	case data.BackSignInstructor:
		out[1] = &instr
	default:
		out[0], out[1] = &head, &instr
	}
	for _, s := range out {
		if s != nil {
			s.Size, s.Space = backSigSize, backSigSpace
		}
	}
	return out
}

// layoutBackHolder puts whose certificate this is from y — label, colon,
// value — in one column, or two side by side on a landscape page; it
// returns the y under it.
func layoutBackHolder(b *pageBuilder, c data.Certificate, left, y, width float64, twoCols bool) float64 {
	info := [][2]string{
		{"Nama", c.Content.Name},
		{"Nomor Sertifikat", c.Number},
		{"Sub Kejuruan", programValue(c.Content)},
	}
	const infoSize = 10
	ih := lineHeight(infoSize)
	labelW := 34.0
	column := func(pairs [][2]string, x, w, y float64) float64 {
		for _, r := range pairs {
			v := strings.TrimSpace(pdfText(r[1]))
			if v == "" {
				continue
			}
			b.cell(x, y, labelW, ih, r[0], "", infoSize, "L", colorText)
			b.cell(x+labelW, y, 4, ih, ":", "", infoSize, "L", colorText)
			setFont(b.pdf, "B", infoSize)
			for _, l := range wrapText(b.pdf, v, w-labelW-4) {
				b.cell(x+labelW+4, y, w-labelW-4, ih, l, "B", infoSize, "L", colorText)
				y += ih
			}
		}
		return y
	}
	if !twoCols {
		return column(info, left, width, y)
	}
	// The name across the page, then the number and the program side by side.
	y = column(info[:1], left, width, y)
	half := (width - 8) / 2
	return max(column(info[1:2], left, half, y), column(info[2:], left+half+8, half, y))
}

// unitsTable is the table of units as laid out: its rows' cells, the total
// JP and the size, padding and line spacing that fit.
type unitsTable struct {
	rows  [][]string
	total int
	size  float64
	padY  float64
	lineF float64 // the lines' distance, to lineHeight
}

// unitsFits are the table's settings from the most comfortable to the most
// compact: the size shrinks first, then the padding, then the line spacing.
var unitsFits = func() []unitsTable {
	var out []unitsTable
	for size := 10.0; size >= 6; size -= 0.5 {
		out = append(out, unitsTable{size: size, padY: 1.2, lineF: 1})
	}
	return append(out, unitsTable{size: 6, padY: 0.8, lineF: 1}, unitsTable{size: 6, padY: 0.5, lineF: 0.9})
}()

// layoutUnitsTable puts the table of units from y, as comfortable as fits in
// room (unitsFits), with the total JP under it, and returns the y under it.
// With twoUp (a landscape page) a table that would shrink below 8 points is
// set in two halves side by side instead.
func layoutUnitsTable(b *pageBuilder, units []data.CertificateUnit, left, y, width, room float64, twoUp bool) float64 {
	var t unitsTable
	for i, u := range units {
		jp := ""
		if u.JP > 0 {
			jp = strconv.Itoa(u.JP)
			t.total += u.JP
		}
		t.rows = append(t.rows, []string{strconv.Itoa(i + 1), u.Code, u.Title, jp, strings.ToUpper(strings.TrimSpace(u.Result))})
	}
	one := certColumns(width, false)
	if fitUnits(b.pdf, &t, [][]tableColumn{one}, [][][]string{t.rows}, room) && t.size >= 8 || !twoUp || len(t.rows) < 2 {
		return drawUnitsHalf(b, t, one, t.rows, left, y, true)
	}
	const gap = 6.0
	half := certColumns((width-gap)/2, true)
	split := (len(t.rows) + 1) / 2
	parts := [][][]string{t.rows[:split], t.rows[split:]}
	fitUnits(b.pdf, &t, [][]tableColumn{half, half}, parts, room)
	end := drawUnitsHalf(b, t, half, parts[0], left, y, false)
	return max(end, drawUnitsHalf(b, t, half, parts[1], left+(width+gap)/2, y, true))
}

// fitUnits sets t to the first of unitsFits at which every part of the
// table, each in its columns (the last with the total), fits in room, or the
// most compact; it reports whether it fits.
func fitUnits(pdf *gofpdf.Fpdf, t *unitsTable, cols [][]tableColumn, parts [][][]string, room float64) bool {
	for _, f := range unitsFits {
		t.size, t.padY, t.lineF = f.size, f.padY, f.lineF
		h := 0.0
		for i, rows := range parts {
			h = max(h, certTableHeight(pdf, cols[i], headerCells(cols[i]), rows, *t, i == len(parts)-1))
		}
		if h <= room {
			return true
		}
	}
	return false
}

// drawUnitsHalf lays out rows under the header in cols from x, y, with the
// total row when total is set, and returns the y under it.
func drawUnitsHalf(b *pageBuilder, t unitsTable, cols []tableColumn, rows [][]string, x, y float64, total bool) float64 {
	y = certTableRow(b, cols, headerCells(cols), x, y, t, "B", &colorHeaderBg, "C")
	for _, r := range rows {
		y = certTableRow(b, cols, r, x, y, t, "", nil, "")
	}
	if !total {
		return y
	}
	// Total: the label over No to the title, the JP, an empty result.
	totalCols := []tableColumn{{Width: cols[0].Width + cols[1].Width + cols[2].Width, Align: "R"}, cols[3], cols[4]}
	return certTableRow(b, totalCols, []string{"Jumlah", strconv.Itoa(t.total), ""}, x, y, t, "B", &colorTotalBg, "")
}

func headerCells(cols []tableColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Title
	}
	return out
}

// certColumns are the back's table columns for width; compact ones for a
// half of a landscape page.
func certColumns(width float64, compact bool) []tableColumn {
	if compact {
		cols := []tableColumn{
			{Title: "No", Width: 7, Align: "C"},
			{Title: "Kode Unit", Width: 27, Align: "L"},
			{Title: "Judul Unit Kompetensi", Align: "L"},
			{Title: "JP", Width: 9, Align: "C"},
			{Title: "Hasil", Width: 12, Align: "C"},
		}
		cols[2].Width = width - 7 - 27 - 9 - 12
		return cols
	}
	cols := []tableColumn{
		{Title: "No", Width: 10, Align: "C"},
		{Title: "Kode Unit", Width: 32, Align: "L"},
		{Title: "Judul Unit Kompetensi", Align: "L"},
		{Title: "JP", Width: 12, Align: "C"},
		{Title: "Hasil (K/BK)", Width: 22, Align: "C"},
	}
	cols[2].Width = width - 10 - 32 - 12 - 22
	return cols
}

// certTableLines wraps each cell of a row in style at size.
func certTableLines(pdf *gofpdf.Fpdf, cols []tableColumn, cells []string, style string, size float64) [][]string {
	out := make([][]string, len(cells))
	setFont(pdf, style, size)
	for i, c := range cells {
		out[i] = wrapText(pdf, c, cols[i].Width)
	}
	return out
}

func certRowHeight(lines [][]string, t unitsTable) float64 {
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	return float64(n)*lineHeight(t.size)*t.lineF + 2*t.padY
}

// certTableHeight is the height of the header and rows, and of the total
// row when total is set.
func certTableHeight(pdf *gofpdf.Fpdf, cols []tableColumn, header []string, rows [][]string, t unitsTable, total bool) float64 {
	h := certRowHeight(certTableLines(pdf, cols, header, "B", t.size), t)
	if total {
		h += lineHeight(t.size)*t.lineF + 2*t.padY
	}
	for _, r := range rows {
		h += certRowHeight(certTableLines(pdf, cols, r, "", t.size), t)
	}
	return h
}

// certTableRow lays out one row of the table as the table in pdf.go draws
// it (ruled cells, an optional fill) and returns the y under it. align ""
// takes the columns'.
func certTableRow(b *pageBuilder, cols []tableColumn, cells []string, x, y float64, t unitsTable, style string, fill *[3]int, align string) float64 {
	lines := certTableLines(b.pdf, cols, cells, style, t.size)
	h := certRowHeight(lines, t)
	lh := lineHeight(t.size) * t.lineF
	for i, c := range cols {
		// Each cell's lines in the middle of the row's height.
		top := y + (h-float64(len(lines[i]))*lh)/2
		if fill != nil {
			b.fill(x, y, c.Width, h, *fill)
		}
		b.stroke(x, y, c.Width, h, 0.2, colorRule)
		a := c.Align
		if align != "" {
			a = align
		}
		for j, l := range lines[i] {
			b.cell(x, top+float64(j)*lh, c.Width, lh, l, style, t.size, a, colorText)
		}
		x += c.Width
	}
	return y + h
}
