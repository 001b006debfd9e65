package data

import (
	"strings"
	"time"
)

// DateOrder is the order of day and month in the numeric dates of a column.
type DateOrder int

const (
	OrderUnknown DateOrder = iota
	DayFirst               // 17/08/1998, as Indonesian Excel writes
	MonthFirst             // 8/17/1998, as English-locale Excel writes
)

// DateOrderOf tells the order a written date proves: DayFirst when its first
// number is above 12, MonthFirst when its second is, OrderUnknown when either
// reading is possible or it has no day and month numbers (ISO dates, month
// names, Excel serials).
func DateOrderOf(raw string) DateOrder {
	a, b, _, ok := numericDMY(raw)
	switch {
	case !ok:
		return OrderUnknown
	case a > 12 && b <= 12:
		return DayFirst
	case b > 12 && a <= 12:
		return MonthFirst
	}
	return OrderUnknown
}

// ParseDateInOrder reads raw as ParseDateCell does, taking the first two
// numbers of a numeric date as month and day when order is MonthFirst.
func ParseDateInOrder(raw string, order DateOrder) (time.Time, bool) {
	if order == MonthFirst {
		if a, b, y, ok := numericDMY(raw); ok {
			return makeDate(y, a, b)
		}
	}
	return ParseDateCell(raw)
}

// numericDMY splits a date written as two numbers and a four-digit year
// ("8/14/1983", "14-08-1983 0:00") into its parts, in the order written.
func numericDMY(raw string) (a, b, y int, ok bool) {
	fields := strings.FieldsFunc(strings.TrimSpace(raw), func(r rune) bool {
		return r == '/' || r == '-' || r == '.' || r == ' ' || r == ','
	})
	if len(fields) == 4 && isClock(fields[3]) {
		fields = fields[:3]
	}
	if len(fields) != 3 || len(fields[0]) > 2 || len(fields[1]) > 2 || len(fields[2]) != 4 {
		return 0, 0, 0, false
	}
	var okA, okB, okY bool
	a, okA = atoiOK(fields[0])
	b, okB = atoiOK(fields[1])
	y, okY = atoiOK(fields[2])
	return a, b, y, okA && okB && okY
}
