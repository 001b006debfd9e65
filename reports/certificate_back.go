package reports

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// layoutBack lays out the back of c: whose certificate it is, then the table
// of competency units, its font shrunk until it fits above the legend.
func layoutBack(pdf *gofpdf.Fpdf, c data.Certificate, paper Paper) certPage {
	b := &pageBuilder{pdf: pdf, page: certPage{width: paper.Width, height: paper.Height}}
	left, width := certMarginX, paper.Width-2*certMarginX
	y := certMarginTop + 5

	b.cell(left, y, width, 8, "DAFTAR UNIT KOMPETENSI", "B", 16, "C", colorText)
	y += 12
	y = layoutBackHolder(b, c, left, y, width)
	y += 5
	const legendH = 10.0
	y = layoutUnitsTable(b, c.Content.Units, left, y, width, paper.Height-certMarginBottom-legendH-y)
	b.cell(left, y+1.5, width, 5, "Keterangan: K = Kompeten, BK = Belum Kompeten", "I", 8.5, "L", colorMuted)
	return b.page
}

// layoutBackHolder puts whose certificate this is from y — label, colon,
// value — and returns the y under it.
func layoutBackHolder(b *pageBuilder, c data.Certificate, left, y, width float64) float64 {
	cc := c.Content
	type kv struct{ k, v string }
	program := strings.TrimSpace(cc.ProgramName)
	if k := strings.TrimSpace(cc.Kejuruan); k != "" {
		program = strings.TrimSpace(program + " (Kejuruan " + k + ")")
	}
	info := []kv{
		{"Nama", cc.Name},
		{"Nomor Sertifikat", c.Number},
		{"Sub Kejuruan", program},
	}
	const infoSize = 10.5
	ih := lineHeight(infoSize)
	labelW := 36.0
	for _, r := range info {
		v := strings.TrimSpace(pdfText(r.v))
		if v == "" {
			continue
		}
		b.cell(left, y, labelW, ih, r.k, "", infoSize, "L", colorText)
		b.cell(left+labelW, y, 4, ih, ":", "", infoSize, "L", colorText)
		setFont(b.pdf, "B", infoSize)
		for _, l := range wrapText(b.pdf, v, width-labelW-4) {
			b.cell(left+labelW+4, y, width-labelW-4, ih, l, "B", infoSize, "L", colorText)
			y += ih
		}
	}
	return y
}

// layoutUnitsTable puts the table of units from y, its font shrunk until it
// fits in room, with the total JP under it, and returns the y under it.
func layoutUnitsTable(b *pageBuilder, units []data.CertificateUnit, left, y, width, room float64) float64 {
	cols := certColumns(width)
	rows := make([][]string, 0, len(units))
	total := 0
	for i, u := range units {
		jp := ""
		if u.JP > 0 {
			jp = strconv.Itoa(u.JP)
			total += u.JP
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), u.Code, u.Title, jp, strings.ToUpper(strings.TrimSpace(u.Result))})
	}
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.Title
	}
	const padY = 1.2
	size := 10.0
	for ; size > 6; size -= 0.5 {
		if certTableHeight(b.pdf, cols, header, rows, size, padY) <= room {
			break
		}
	}
	y = certTableRow(b, cols, header, left, y, size, padY, "B", &colorHeaderBg, "C")
	for _, r := range rows {
		y = certTableRow(b, cols, r, left, y, size, padY, "", nil, "")
	}
	// Total: the label over No to the title, the JP, an empty result.
	totalCols := []tableColumn{{Width: cols[0].Width + cols[1].Width + cols[2].Width, Align: "R"}, cols[3], cols[4]}
	return certTableRow(b, totalCols, []string{"Jumlah", strconv.Itoa(total), ""}, left, y, size, padY, "B", &colorTotalBg, "")
}

// certColumns are the back's table columns for width.
func certColumns(width float64) []tableColumn {
	cols := []tableColumn{
		{Title: "No", Width: 10, Align: "C"},
		{Title: "Kode Unit", Width: 38, Align: "L"},
		{Title: "Judul Unit Kompetensi", Align: "L"},
		{Title: "JP", Width: 14, Align: "C"},
		{Title: "Hasil (K/BK)", Width: 24, Align: "C"},
	}
	cols[2].Width = width - 10 - 38 - 14 - 24
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

func certRowHeight(lines [][]string, size, padY float64) float64 {
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	return float64(n)*lineHeight(size) + 2*padY
}

func certTableHeight(pdf *gofpdf.Fpdf, cols []tableColumn, header []string, rows [][]string, size, padY float64) float64 {
	h := certRowHeight(certTableLines(pdf, cols, header, "B", size), size, padY) * 2 // header and total
	for _, r := range rows {
		h += certRowHeight(certTableLines(pdf, cols, r, "", size), size, padY)
	}
	return h
}

// certTableRow lays out one row of the table as the table in pdf.go draws
// it (ruled cells, an optional fill) and returns the y under it. align ""
// takes the columns'.
func certTableRow(b *pageBuilder, cols []tableColumn, cells []string, x, y, size, padY float64, style string, fill *[3]int, align string) float64 {
	lines := certTableLines(b.pdf, cols, cells, style, size)
	h := certRowHeight(lines, size, padY)
	lh := lineHeight(size)
	for i, c := range cols {
		if fill != nil {
			b.fill(x, y, c.Width, h, *fill)
		}
		b.stroke(x, y, c.Width, h, 0.2, colorRule)
		a := c.Align
		if align != "" {
			a = align
		}
		for j, l := range lines[i] {
			b.cell(x, y+padY+float64(j)*lh, c.Width, lh, l, style, size, a, colorText)
		}
		x += c.Width
	}
	return y + h
}
