package reports

import (
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// scheduleLayout is a schedule laid out on its paper: the head of the first
// page, the sessions table's columns and its rows page by page, and the
// sign-off of the head of the institution. Lengths are mm from the page's top
// left corner.
type scheduleLayout struct {
	Left, Width float64
	Pages       []pageStart
	Head        docHead
	Columns     []tableColumn
	Rows        []tableRow // the header on each page, the sessions, the totals
	SignOff     signOff
	Note        string // the footer's note
}

const (
	scheduleFontSize = 8.0
	scheduleSigW     = 90.0
	scheduleSigGap   = 6.0 // between the table and the sign-off
	// scheduleTailRows last rows go with the totals and the sign-off to a
	// new page rather than leave the signature alone on the last one.
	scheduleTailRows = 2
	// scheduleKeepRows is the fewest rows a last page holds: fewer, and the
	// last two pages share their rows evenly (no orphan of two or three).
	scheduleKeepRows = 6
)

// layoutSchedule lays out doc, printed on printed, measuring with m; when
// its last page holds fewer than scheduleKeepRows sessions, again with the
// last two pages' sessions shared evenly.
func layoutSchedule(m *gofpdf.Fpdf, doc ScheduleDoc, printed time.Time) (scheduleLayout, error) {
	l, err := layoutScheduleBreaking(m, doc, printed, -1)
	if err != nil || len(l.Pages) < 2 {
		return l, err
	}
	per := sessionsPerPage(l)
	prev, last := per[len(per)-2], per[len(per)-1]
	if last >= scheduleKeepRows || prev == 0 {
		return l, nil
	}
	first := len(doc.Rows) - last // the last page's first session
	if move := (prev+last)/2 - last; move > 0 {
		return layoutScheduleBreaking(m, doc, printed, first-move)
	}
	return l, nil
}

// sessionsPerPage counts the session rows of l on each page.
func sessionsPerPage(l scheduleLayout) []int {
	per := make([]int, len(l.Pages))
	for _, r := range l.Rows {
		if r.Index >= 0 {
			per[r.Page]++
		}
	}
	return per
}

// layoutScheduleBreaking lays out doc, starting a page at session breakAt
// (-1: where they fill the pages).
func layoutScheduleBreaking(m *gofpdf.Fpdf, doc ScheduleDoc, printed time.Time, breakAt int) (scheduleLayout, error) {
	left, _, _, _ := m.GetMargins()
	width := contentWidth(m)
	code := strings.TrimSpace(doc.Class.Code)
	l := scheduleLayout{
		Left: left, Width: width,
		Note: "Jadwal Pelatihan " + code + " · dicetak " + data.FormatDate(printed, "id"),
	}
	head, err := layoutDocHead(m, doc.Institution, headSpec{
		Title: "JADWAL PELATIHAN", Subtitle: scheduleSubtitle(doc),
		TitleGap: 3, FieldsGap: 4,
		Fields: func(m *gofpdf.Fpdf, left, width float64) [2]fieldColumn {
			return scheduleFields(m, doc, left, width)
		},
	})
	if err != nil {
		return l, err
	}
	l.Head = head
	flow := newPageFlow(m)
	flow.Y = head.Bottom

	l.Columns = scheduleColumns(m, doc.Rows, width)
	continued := "Jadwal Pelatihan " + code
	if doc.ProgramName != "" {
		continued += " · " + doc.ProgramName
	}
	t := newTableLayout(m, flow, scheduleFontSize, l.Columns, continuedHead(m, continued+" (lanjutan)", width))
	t.header()
	sig := scheduleSignature(doc.Institution, printed)
	sigH := signatureHeight(m, scheduleSigW, sig)
	layoutScheduleRows(t, doc, sigH, breakAt)
	l.Rows = t.rows

	// The head's sign-off, at the right under the table.
	flow.Y += scheduleSigGap
	if !flow.fits(sigH) {
		flow.newPage("")
	}
	l.SignOff = signOff{Page: flow.page(), X: left + width - scheduleSigW, Y: flow.Y, W: scheduleSigW, signature: sig}
	l.Pages = flow.Pages
	return l, nil
}

// layoutScheduleRows places the sessions, the days shaded in turn, then the
// totals. The date shows on a day's first row and again at the top of a
// page; the last rows go to a new page with the totals and the sign-off (of
// height sigH) when they would not all fit on this one, and session breakAt
// starts a page.
func layoutScheduleRows(t *tableLayout, doc ScheduleDoc, sigH float64, breakAt int) {
	rows := doc.Rows
	totalSpans, totalCells := scheduleTotals(doc)
	tail := max(0, len(rows)-scheduleTailRows)
	shade := false
	for i, r := range rows {
		newDay := i == 0 || !sameDay(r.Date, rows[i-1].Date)
		if newDay {
			shade = !shade
		}
		if i == breakAt && t.rowsOnPage > 0 {
			t.newPage()
		}
		if i == tail && t.rowsOnPage > 0 {
			h := t.height(totalSpans, totalCells, true) + scheduleSigGap + sigH
			for j := i; j < len(rows); j++ {
				h += t.height(nil, scheduleCells(j, rows[j], true), false)
			}
			if !t.flow.fits(h) {
				t.newPage()
			}
		}
		var style rowStyle
		if !shade {
			fill := colorZebra
			style.Fill = &fill
		}
		cells := scheduleCells(i, r, true)
		if !newDay && t.rowsOnPage > 0 && t.flow.fits(t.height(nil, cells, false)) {
			cells = scheduleCells(i, r, false)
		}
		t.row(i, cells, style)
	}
	if len(rows) == 0 {
		t.rowSpans([]int{len(t.cols)}, []tableCell{{{Text: "Belum ada sesi terjadwal.", Style: "I", Align: "C"}}}, rowStyle{})
	}
	totalFill := colorTotalBg
	t.rowSpans(totalSpans, totalCells, rowStyle{Fill: &totalFill, Bold: true})
}

// scheduleTotals is the totals row: the label over No to Waktu, the JP, then
// how the total compares with the program's.
func scheduleTotals(doc ScheduleDoc) ([]int, []tableCell) {
	total, days := 0, 0
	for i, r := range doc.Rows {
		total += r.JP
		if i == 0 || !sameDay(r.Date, doc.Rows[i-1].Date) {
			days++
		}
	}
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
	return []int{3, 1, 3}, []tableCell{
		{{Text: "Jumlah (" + strconv.Itoa(len(doc.Rows)) + " sesi, " + strconv.Itoa(days) + " hari)", Align: "R"}},
		{{Text: strconv.Itoa(total)}},
		{{Text: note, Style: "I"}},
	}
}

// scheduleSignature is the sign-off of the head of the institution.
func scheduleSignature(inst data.Institution, printed time.Time) signature {
	title := strings.TrimSpace(inst.HeadTitle)
	if title == "" {
		title = "Kepala"
	}
	return signature{
		Above: []string{placeDate(inst, printed), title + ","},
		Name:  inst.HeadName,
		NIP:   inst.HeadNIP,
	}
}

// scheduleDateLabel is how the table names a session's day:
// "Senin, 5 Januari 2026".
func scheduleDateLabel(t time.Time) string {
	return data.DayName(t) + ", " + data.FormatDate(t, "id")
}

// scheduleCells are the cells of row r, number i from 0; the date only if
// withDate.
func scheduleCells(i int, r ScheduleRow, withDate bool) []tableCell {
	date := ""
	if withDate {
		date = scheduleDateLabel(r.Date)
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

// scheduleColumns sizes the sessions table to width: No, date, time and JP
// as wide as their widest content, instructor and room up to a limit, and
// the unit the rest.
func scheduleColumns(m *gofpdf.Fpdf, rows []ScheduleRow, width float64) []tableColumn {
	measure := func(style string, size float64, texts ...string) float64 {
		setFont(m, style, size)
		w := 0.0
		for _, s := range texts {
			w = max(w, m.GetStringWidth(pdfText(s)))
		}
		return w + 2*cellMargin + 0.5
	}
	no := measure("B", 8, "No", strconv.Itoa(len(rows)))
	dateW := measure("B", 8, "Hari/Tanggal")
	timeW := measure("B", 8, "Waktu", "07:30–16:00")
	jpW := measure("B", 8, "JP", "888")
	instW := measure("B", 8, "Instruktur")
	roomW := measure("B", 8, "Ruang")
	for _, r := range rows {
		dateW = max(dateW, measure("", 8, scheduleDateLabel(r.Date)))
		timeW = max(timeW, measure("", 8, timeRange(r.Start, r.End)))
		instW = max(instW, measure("", 8, r.Instructor))
		roomW = max(roomW, measure("", 8, r.Room))
	}
	// A room's name never wraps ("Bengkel Las / 1" reads as two rooms): the
	// instructor's column gives way first.
	instW = min(instW, 34)
	roomW = min(roomW, 45)
	unitW := width - no - dateW - timeW - jpW - instW - roomW
	if unitW < 50 {
		instW -= min(50-unitW, max(0, instW-22))
		unitW = width - no - dateW - timeW - jpW - instW - roomW
	}
	if unitW < 42 { // rooms with very long names: they wrap after all
		roomW -= min(42-unitW, max(0, roomW-20))
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
	if !doc.From.IsZero() || !doc.To.IsZero() {
		parts = append(parts, "sesi "+schedulePeriod(doc))
	}
	return strings.Join(parts, " · ")
}

// scheduleFields lays out the class data in two columns of fields between
// left and left+width: the right one as wide as its longest line (dates, JP)
// needs, within 40–50% of the width; the left one, whose labels are longer,
// the rest.
func scheduleFields(m *gofpdf.Fpdf, doc ScheduleDoc, left, width float64) [2]fieldColumn {
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
	const gap = 6.0
	rightW := min(max(fieldColumnWidth(m, rightPairs), (width-gap)*0.4), (width-gap)*0.5)
	leftW := width - gap - rightW
	return [2]fieldColumn{
		layoutFieldColumn(m, left, leftW, leftPairs),
		layoutFieldColumn(m, left+leftW+gap, width-gap-leftW, rightPairs),
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

// schedulePeriod is the range of dates a partial schedule holds, as its
// sessions show it.
func schedulePeriod(doc ScheduleDoc) string {
	sheet := AttendanceDoc{From: doc.From, To: doc.To}
	for _, r := range doc.Rows {
		sheet.Sessions = append(sheet.Sessions, AttendanceSession{Date: r.Date})
	}
	return sheetPeriod(&sheet)
}
