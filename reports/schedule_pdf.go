package reports

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// ScheduleDoc is what the training schedule (jadwal pelatihan) of one class
// prints: the caller gathers it from the store.
type ScheduleDoc struct {
	Institution    data.Institution
	Class          data.Class
	ProgramName    string // the sub-kejuruan: "Las SMAW 3G"
	Kejuruan       string
	ProgramJP      int    // the program's total JP
	RoomName       string // the class's room
	InstructorName string // the class's lead instructor
	Rows           []ScheduleRow
	// Printed is the date of the place-date line and the PDF's creation
	// date; the same doc printed at the same time gives the same bytes.
	// Zero means now.
	Printed time.Time
}

// ScheduleRow is one session of the schedule, in the order printed.
type ScheduleRow struct {
	Date       time.Time
	Start, End string // "07:30", "11:00"
	JP         int
	UnitCode   string // "" for a session without a unit (opening, test)
	UnitTitle  string
	Instructor string
	Room       string
}

// WriteSchedulePDF writes the schedule of a class in portrait on paper: the
// letterhead, the title, the class data, the sessions table (its header
// repeated on every page, the days shaded in turn), the total JP, and the
// head of the institution's sign-off.
func WriteSchedulePDF(w io.Writer, doc ScheduleDoc, paper Paper) error {
	printed := doc.Printed
	if printed.IsZero() {
		printed = time.Now()
	}
	code := strings.TrimSpace(doc.Class.Code)
	pdf := newPDF(paper, Portrait, printed)
	pdf.SetTitle(pdfText(strings.TrimSpace("Jadwal Pelatihan "+code)), true)
	pdf.SetSubject(pdfText(doc.ProgramName), true)
	pdf.SetAuthor(pdfText(lastLine(doc.Institution.Lines)), true)
	// Measuring with a document of its own writes nothing into the pages.
	measure := newPDF(paper, Portrait, printed)
	pdf.AddPage()
	if err := letterhead(pdf, measure, doc.Institution); err != nil {
		return err
	}
	left, _, _, _ := pdf.GetMargins()
	width := contentWidth(pdf)

	// Title.
	setFont(pdf, "B", 13)
	pdf.CellFormat(width, 6.5, "JADWAL PELATIHAN", "", 1, "C", false, 0, "")
	if sub := scheduleSubtitle(doc); sub != "" {
		setFont(pdf, "", 10)
		for _, l := range wrapText(pdf, sub, width) {
			pdf.CellFormat(width, lineHeight(10), l, "", 1, "C", false, 0, "")
		}
	}
	pdf.Ln(3)

	scheduleClassBlock(pdf, measure, doc)
	pdf.Ln(4)

	// Sessions.
	cols := scheduleColumns(measure, doc.Rows, width)
	t := newTable(pdf, measure, 8, cols)
	t.continued = func() {
		setFont(pdf, "I", 8)
		setTextColor(pdf, colorMuted)
		head := "Jadwal Pelatihan " + code
		if doc.ProgramName != "" {
			head += " · " + doc.ProgramName
		}
		pdf.SetX(left)
		pdf.CellFormat(width, 5, truncateText(pdf, pdfText(head)+" (lanjutan)", width), "", 1, "L", false, 0, "")
		setTextColor(pdf, colorText)
		pdf.Ln(1)
	}
	t.header()

	total, days := 0, 0
	for i, r := range doc.Rows {
		total += r.JP
		if i == 0 || !sameDay(r.Date, doc.Rows[i-1].Date) {
			days++
		}
	}
	// Totals: label over No…Waktu, the JP, then how the total compares.
	note := ""
	if doc.ProgramJP > 0 && total != doc.ProgramJP {
		diff := total - doc.ProgramJP
		word := "kurang"
		if diff > 0 {
			word = "lebih"
		} else {
			diff = -diff
		}
		note = word + " " + strconv.Itoa(diff) + " JP dari JP program (" + strconv.Itoa(doc.ProgramJP) + " JP)"
	}
	totalFill := colorTotalBg
	totalSpans := []int{3, 1, 3}
	totalCells := []tableCell{
		{{Text: "Jumlah (" + strconv.Itoa(len(doc.Rows)) + " sesi, " + strconv.Itoa(days) + " hari)", Align: "R"}},
		{{Text: strconv.Itoa(total)}},
		{{Text: note, Style: "I"}},
	}
	totalStyle := rowStyle{Fill: &totalFill, Bold: true}

	// The head's sign-off, at the right under the table.
	inst := doc.Institution
	title := strings.TrimSpace(inst.HeadTitle)
	if title == "" {
		title = "Kepala"
	}
	sig := signature{
		Above: []string{placeDate(inst, printed), title + ","},
		Name:  inst.HeadName,
		NIP:   inst.HeadNIP,
	}
	const sigW, sigGap = 90.0, 6.0
	sigH := drawSignature(measure, 0, 0, sigW, sig, false)

	// The last rows go with the totals and the sign-off to a new page rather
	// than leave the signature alone on the last one.
	const keepRows = 3
	tail := max(0, len(doc.Rows)-keepRows)
	shade := false
	for i, r := range doc.Rows {
		newDay := i == 0 || !sameDay(r.Date, doc.Rows[i-1].Date)
		if newDay {
			shade = !shade
		}
		if i == tail && t.rowsOnPage > 0 {
			h := t.height(totalSpans, totalCells, true) + sigGap + sigH
			for j := i; j < len(doc.Rows); j++ {
				h += t.height(nil, scheduleCells(j, doc.Rows[j], true), false)
			}
			if !fits(pdf, h) {
				t.newPage()
			}
		}
		var style rowStyle
		if !shade {
			fill := colorZebra
			style.Fill = &fill
		}
		// The date shows on a day's first row and again at the top of a page.
		cells := scheduleCells(i, r, true)
		if !newDay && t.rowsOnPage > 0 && fits(pdf, t.height(nil, cells, false)) {
			cells = scheduleCells(i, r, false)
		}
		t.row(cells, style)
	}
	if len(doc.Rows) == 0 {
		t.rowSpans([]int{len(cols)}, []tableCell{{{Text: "Belum ada sesi terjadwal.", Style: "I", Align: "C"}}}, rowStyle{})
	}
	t.rowSpans(totalSpans, totalCells, totalStyle)

	pdf.Ln(sigGap)
	if !fits(pdf, sigH) {
		pdf.AddPage()
	}
	drawSignature(pdf, left+width-sigW, pdf.GetY(), sigW, sig, true)

	printedNote := "Jadwal Pelatihan " + code + " · dicetak " + data.FormatDate(printed, "id")
	return writePDF(w, pdf, printedNote)
}

// scheduleCells are the cells of row r, number i from 0; the date only if
// withDate.
func scheduleCells(i int, r ScheduleRow, withDate bool) []tableCell {
	date := ""
	if withDate {
		date = data.DayName(r.Date) + ", " + data.FormatDate(r.Date, "id")
	}
	unit := tableCell{}
	if c := strings.TrimSpace(r.UnitCode); c != "" {
		unit = append(unit, cellPara{Text: c, Style: "B", Size: 7.5})
	}
	unit = append(unit, cellPara{Text: r.UnitTitle})
	return []tableCell{
		textCell(strconv.Itoa(i + 1)),
		textCell(date),
		textCell(timeRange(r.Start, r.End)),
		textCell(jpText(r.JP)),
		unit,
		textCell(r.Instructor),
		textCell(r.Room),
	}
}

// scheduleSubtitle is the line under the title: program and class code.
func scheduleSubtitle(doc ScheduleDoc) string {
	var parts []string
	if p := strings.TrimSpace(doc.ProgramName); p != "" {
		parts = append(parts, "Sub-kejuruan "+p)
	}
	if b := strings.TrimSpace(doc.Class.Batch); b != "" {
		parts = append(parts, b)
	}
	if doc.Class.Year > 0 {
		parts = append(parts, "Tahun "+strconv.Itoa(doc.Class.Year))
	}
	return strings.Join(parts, " · ")
}

// scheduleClassBlock prints the class data in two columns of "label : value".
func scheduleClassBlock(pdf, measure *gofpdf.Fpdf, doc ScheduleDoc) {
	c := doc.Class
	dates := ""
	switch {
	case !c.Start.IsZero() && !c.End.IsZero():
		dates = data.FormatDate(c.Start, "id") + " s.d. " + data.FormatDate(c.End, "id")
	case !c.Start.IsZero():
		dates = "mulai " + data.FormatDate(c.Start, "id")
	}
	planned := 0
	for _, r := range doc.Rows {
		planned += r.JP
	}
	jp := strconv.Itoa(planned) + " JP terjadwal"
	if doc.ProgramJP > 0 {
		jp += " / " + strconv.Itoa(doc.ProgramJP) + " JP program"
	}
	year := ""
	if c.Year > 0 {
		year = strconv.Itoa(c.Year)
	}
	leftPairs := [][2]string{
		{"Kode Kelas", c.Code},
		{"Program/Sub-kejuruan", doc.ProgramName},
		{"Kejuruan", doc.Kejuruan},
		{"Angkatan", c.Batch},
		{"Tahun", year},
	}
	rightPairs := [][2]string{
		{"Sumber Dana", c.Funding},
		{"Tanggal", dates},
		{"Jumlah JP", jp},
		{"Ruang", doc.RoomName},
		{"Instruktur", doc.InstructorName},
	}
	left, _, _, _ := pdf.GetMargins()
	width := contentWidth(pdf)
	// The right block as wide as its longest line (dates, JP) needs, within
	// 40–50% of the width; the left one, whose labels are longer, the rest.
	const gap = 6.0
	rightW := min(max(fieldBlockWidth(measure, rightPairs), (width-gap)*0.4), (width-gap)*0.5)
	leftW := width - gap - rightW
	y := pdf.GetY()
	y1 := fieldBlock(pdf, left, y, leftW, leftPairs)
	y2 := fieldBlock(pdf, left+leftW+gap, y, width-gap-leftW, rightPairs)
	pdf.SetXY(left, max(y1, y2))
}

// fieldBlockWidth is the width fieldBlock needs to print pairs unwrapped.
func fieldBlockWidth(pdf *gofpdf.Fpdf, pairs [][2]string) float64 {
	labelW, valueW := 0.0, 0.0
	for _, p := range pairs {
		setFont(pdf, "", 9)
		labelW = max(labelW, pdf.GetStringWidth(p[0]))
		setFont(pdf, "B", 9)
		valueW = max(valueW, pdf.GetStringWidth(pdfText(p[1])))
	}
	return labelW + 3 + valueW + 4*cellMargin + 0.5
}

// fieldBlock prints "label : value" lines at x, y within width w, values
// wrapped under themselves; it returns the y under the block.
func fieldBlock(pdf *gofpdf.Fpdf, x, y, w float64, pairs [][2]string) float64 {
	const size = 9.0
	h := lineHeight(size)
	setFont(pdf, "", size)
	labelW := 0.0
	for _, p := range pairs {
		labelW = max(labelW, pdf.GetStringWidth(p[0]))
	}
	labelW += 2 * cellMargin
	colonW := 3.0
	valueW := w - labelW - colonW
	for _, p := range pairs {
		setFont(pdf, "", size)
		pdf.SetXY(x, y)
		pdf.CellFormat(labelW, h, p[0], "", 0, "L", false, 0, "")
		pdf.CellFormat(colonW, h, ":", "", 0, "C", false, 0, "")
		setFont(pdf, "B", size)
		lines := wrapText(pdf, p[1], valueW)
		if len(lines) == 0 {
			lines = []string{"-"}
		}
		for _, l := range lines {
			pdf.SetXY(x+labelW+colonW, y)
			pdf.CellFormat(valueW, h, l, "", 0, "L", false, 0, "")
			y += h
		}
	}
	setFont(pdf, "", size)
	return y
}

// scheduleColumns sizes the sessions table to width: No, date, time and JP
// as wide as their widest content, instructor and room up to a limit, and
// the unit the rest.
func scheduleColumns(pdf *gofpdf.Fpdf, rows []ScheduleRow, width float64) []tableColumn {
	measure := func(style string, size float64, texts ...string) float64 {
		setFont(pdf, style, size)
		m := 0.0
		for _, s := range texts {
			m = max(m, pdf.GetStringWidth(pdfText(s)))
		}
		return m + 2*cellMargin + 0.5
	}
	no := measure("B", 8, "No", strconv.Itoa(len(rows)))
	dateW := measure("B", 8, "Hari/Tanggal")
	timeW := measure("B", 8, "Waktu", "07:30–16:00")
	jpW := measure("B", 8, "JP", "888")
	instW := measure("B", 8, "Instruktur")
	roomW := measure("B", 8, "Ruang")
	for _, r := range rows {
		dateW = max(dateW, measure("", 8, data.DayName(r.Date)+", "+data.FormatDate(r.Date, "id")))
		timeW = max(timeW, measure("", 8, timeRange(r.Start, r.End)))
		instW = max(instW, measure("", 8, r.Instructor))
		roomW = max(roomW, measure("", 8, r.Room))
	}
	instW = min(instW, 34)
	roomW = min(roomW, 26)
	unitW := width - no - dateW - timeW - jpW - instW - roomW
	if unitW < 60 {
		// Long names: narrow instructor and room (they wrap), then the date.
		short := 60 - unitW
		take := min(short, max(0, instW-22)+max(0, roomW-16))
		if take > 0 {
			fi := max(0, instW-22) / (max(0, instW-22) + max(0, roomW-16))
			instW -= take * fi
			roomW -= take * (1 - fi)
		}
		unitW = width - no - dateW - timeW - jpW - instW - roomW
	}
	return []tableColumn{
		{Title: "No", Width: no, Align: "C"},
		{Title: "Hari/Tanggal", Width: dateW},
		{Title: "Waktu", Width: timeW, Align: "C"},
		{Title: "JP", Width: jpW, Align: "C"},
		{Title: "Unit Kompetensi", Width: unitW},
		{Title: "Instruktur", Width: instW},
		{Title: "Ruang", Width: roomW},
	}
}

// timeRange is "07:30–11:00"; one missing end gives the other alone.
func timeRange(start, end string) string {
	start, end = strings.TrimSpace(start), strings.TrimSpace(end)
	switch {
	case start != "" && end != "":
		return start + "–" + end
	case start != "":
		return start
	}
	return end
}

func jpText(jp int) string {
	if jp <= 0 {
		return ""
	}
	return strconv.Itoa(jp)
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

func lastLine(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}
