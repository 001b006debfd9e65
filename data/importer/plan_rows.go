package importer

import (
	"regexp"
	"strconv"
	"strings"

	"balai/data"
)

// Why a row was skipped: it holds no person.
const (
	SkipHeaderRepeated = "skip_header_repeated" // the column titles again, above a section
	SkipColumnNumbers  = "skip_column_numbers"  // 1, 2, 3 … under the titles
	SkipOneValue       = "skip_one_value"       // a section title or a stray cell
)

// Problems of a date that contradicts its column's order.
const (
	CodeDateMonthFirst = "date_month_first_in_day_first_column" // Detail: the date
	CodeDateDayFirst   = "date_day_first_in_month_first_column" // Detail: the date
)

// notAPerson tells why a row with values cannot be a person, or "".
func (p *planner) notAPerson(cells []string, values int) string {
	switch {
	case p.repeatsHeader(cells):
		return SkipHeaderRepeated
	case columnNumbers(cells):
		return SkipColumnNumbers
	case values == 1 && !p.nikOnly(cells):
		return SkipOneValue
	}
	return ""
}

// repeatsHeader reports whether the row holds the column titles again.
func (p *planner) repeatsHeader(cells []string) bool {
	if p.folded == nil {
		p.folded = make([]string, len(p.header))
		for c, h := range p.header {
			p.folded[c] = foldHeader(h)
		}
	}
	same, titles := 0, 0
	for c, h := range p.folded {
		if h == "" {
			continue
		}
		titles++
		if c < len(cells) && len(cells[c]) >= len(h) && foldHeader(cells[c]) == h {
			same++
		}
		if titles == 3 && same == 0 {
			return false // most rows: none of the first titles again
		}
	}
	return same >= 2 && same*2 >= titles
}

// columnNumbers reports whether the row numbers the columns: 1, 2, 3 … (at
// least three, each one more than the one before).
func columnNumbers(cells []string) bool {
	n, last := 0, 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		v, err := strconv.Atoi(strings.Trim(c, "()."))
		if err != nil || (n > 0 && v != last+1) {
			return false
		}
		n, last = n+1, v
	}
	return n >= 3
}

// nikOnly reports whether the row's one value is a NIK (a person whose other
// cells are empty: rejected for them, not skipped).
func (p *planner) nikOnly(cells []string) bool {
	for c, f := range p.mapping {
		if f == data.FieldNIK && c < len(cells) {
			digits := 0
			for _, r := range cells[c] {
				if r >= '0' && r <= '9' {
					digits++
				}
			}
			return digits >= 10
		}
	}
	return false
}

// dateColumn is what the importer knows of the order of day and month in
// one date field's column.
type dateColumn struct {
	order    data.DateOrder // OrderUnknown until a hint or a value proves it
	fromHint bool
	guessed  bool // an ambiguous value was read day first before the order was known
}

// readDates reads the row's dates in their columns' order: a value that
// proves the order fixes it for the column; one that contradicts it rejects
// the row (a birth date) or is left out with a warning (a registration date).
// Dates are put back as yyyy-mm-dd, so nothing after reads them differently.
func (p *planner) readDates(pl *plan, cells []string) {
	for _, field := range []string{data.FieldBirthDate, data.FieldRegisteredOn} {
		raw := &pl.input.BirthDate
		if field == data.FieldRegisteredOn {
			raw = &pl.input.RegisteredOn
		}
		if *raw == "" {
			continue
		}
		col := p.dates[field]
		proves := data.DateOrderOf(*raw)
		if col.order != data.OrderUnknown && proves != data.OrderUnknown && proves != col.order {
			code := CodeDateMonthFirst
			if proves == data.DayFirst {
				code = CodeDateDayFirst
			}
			pr := data.Problem{Field: field, Code: code, Detail: *raw}
			if data.IsIdentityField(field) {
				pl.outcome = OutcomeRejected
				pl.problems = append(pl.problems, p.rowProblems(cells, pl.row, []data.Problem{pr})...)
			} else {
				pl.warnings = append(pl.warnings, p.rowProblems(cells, pl.row, []data.Problem{pr})...)
				*raw = ""
			}
			continue
		}
		if col.order == data.OrderUnknown && proves != data.OrderUnknown {
			col.order = proves
		}
		if col.order == data.OrderUnknown && data.DateOrderOf(*raw) == data.OrderUnknown && ambiguous(*raw) {
			col.guessed = true
		}
		if d, ok := data.ParseDateInOrder(*raw, col.order); ok {
			*raw = d.Format(data.DateLayout)
		}
	}
}

// ambiguous reports whether a date reads both ways (08/10/1982).
func ambiguous(raw string) bool {
	_, dayFirst := data.ParseDateInOrder(raw, data.DayFirst)
	_, monthFirst := data.ParseDateInOrder(raw, data.MonthFirst)
	return dayFirst && monthFirst && data.DateOrderOf(raw) == data.OrderUnknown && numericDate.MatchString(strings.TrimSpace(raw))
}

var numericDate = regexp.MustCompile(`^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}`)

// misread reports whether ambiguous dates were read day first in a column
// that has since proved to put the month first: the import must start again
// with the order known.
func (p *planner) misread() map[string]data.DateOrder {
	var orders map[string]data.DateOrder
	for f, col := range p.dates {
		if col.guessed && col.order == data.MonthFirst {
			if orders == nil {
				orders = map[string]data.DateOrder{}
			}
			orders[f] = data.MonthFirst
		}
	}
	if orders != nil {
		for f, col := range p.dates {
			if _, ok := orders[f]; !ok && col.order != data.OrderUnknown {
				orders[f] = col.order
			}
		}
	}
	return orders
}

// hintOrder is the date order a column title's hint gives: "(dd-mm-yyyy)",
// "(mm/dd/yyyy)", or an example such as "contoh: 8/14/1983".
func hintOrder(hint string) data.DateOrder {
	d, m := strings.Index(hint, "dd"), strings.Index(hint, "mm")
	switch {
	case d >= 0 && m >= 0 && d < m:
		return data.DayFirst
	case d >= 0 && m >= 0 && m < d:
		return data.MonthFirst
	}
	for _, ex := range exampleDate.FindAllString(hint, -1) {
		if o := data.DateOrderOf(ex); o != data.OrderUnknown {
			return o
		}
	}
	return data.OrderUnknown
}

var exampleDate = regexp.MustCompile(`\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}`)

// titleOrders are the date orders the hints of a header's date columns give.
func titleOrders(header, mapping []string) map[string]data.DateOrder {
	orders := map[string]data.DateOrder{}
	for c, f := range mapping {
		if c >= len(header) {
			continue
		}
		field := f
		if f == data.FieldBirthPlaceDate {
			field = data.FieldBirthDate
		}
		if field != data.FieldBirthDate && field != data.FieldRegisteredOn {
			continue
		}
		if o := hintOrder(readTitle(header[c]).hint); o != data.OrderUnknown {
			orders[field] = o
		}
	}
	return orders
}
