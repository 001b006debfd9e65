package data

import "time"

// IPK III/1: Disnaker's monthly recap of job seekers (pencari kerja),
// computed from the register.
//
// Rows of month M (F its first day, L its last):
//
//	1 sisa bulan lalu   registered before F and still a job seeker on F
//	2 terdaftar         registered from F to L
//	A = 1 + 2
//	3 ditempatkan       left the register by a placement from F to L
//	4 dihapuskan        left the register by removal from F to L
//	B = 3 + 4
//	5 sisa akhir bulan  registered by L and still a job seeker after L; = A − B
//
// A seeker is a job seeker from the registration date (seekers.registered_on)
// until the first of:
//   - placed: the first placement bekerja or wirausaha on or after the
//     registration, on its start date (or, without one, the day it was
//     recorded);
//   - removed: the AK/1 card expiring 2 years after the registration (the
//     day after its last valid day, registration + 2 years), or the day the
//     seeker was archived.
//
// The day they leave is in the month they leave; a placement and a removal
// on the same day count as the placement. A leaving day before the
// registration (archived before the date typed as the registration) counts
// as the registration day. Seekers without a registration date (imported
// lists without one) are left out and counted apart (IPK31.NoDate), as are
// those under 15 on L (IPK31.Under15). Every seeker is counted in one age
// group for the whole month: their age on L.
//
// A recap of the month in progress counts the AK/1 cards expiring later in
// the month as removed (their expiry is certain); placements and archiving
// are only known once they happened.
//
// Because each seeker counted in A is in exactly one of 3, 4 and 5, the
// sums hold in every column.

// Rows of the recap, in order.
const (
	IPKCarried    = iota // 1 sisa bulan lalu
	IPKRegistered        // 2 terdaftar bulan ini
	IPKSumA              // A = 1 + 2
	IPKPlaced            // 3 ditempatkan
	IPKRemoved           // 4 dihapuskan
	IPKSumB              // B = 3 + 4
	IPKLeft              // 5 sisa akhir bulan = A − B
	IPKRows
)

// IPKRowLabels are the rows as the form prints them: number and words.
var IPKRowLabels = [IPKRows][2]string{
	{"1", "Pencari kerja yang belum ditempatkan pada akhir bulan lalu"},
	{"2", "Pencari kerja yang terdaftar bulan ini"},
	{"A", "Jumlah (1 + 2)"},
	{"3", "Pencari kerja yang ditempatkan bulan ini"},
	{"4", "Pencari kerja yang dihapuskan bulan ini"},
	{"B", "Jumlah (3 + 4)"},
	{"5", "Pencari kerja yang belum ditempatkan pada akhir bulan ini (A - B)"},
}

// IPKAgeGroups are the age groups' lower bounds; the last is open.
var IPKAgeGroups = []int{15, 20, 30, 45, 55}

// IPKAgeLabels are the age groups as printed.
var IPKAgeLabels = []string{"15–19", "20–29", "30–44", "45–54", "55+"}

// Columns of a row: L and P for each age group, then the totals for L and
// P, then the total.
const (
	IPKTotalL = 2 * 5
	IPKTotalP = IPKTotalL + 1
	IPKTotal  = IPKTotalP + 1
	IPKCols   = IPKTotal + 1
)

// AK1Validity is how long an AK/1 card is valid.
const AK1Validity = 2 // years

// JobSeekerFact is what the recap needs of one registered seeker.
type JobSeekerFact struct {
	BirthDate  time.Time
	Sex        string
	Registered time.Time   // zero: registered without a date
	Archived   time.Time   // the day archived; zero when not archived
	Placed     []time.Time // the days of the seeker's placements bekerja or wirausaha
}

// IPK31 is the recap of one month.
type IPK31 struct {
	Month   time.Time // its first day
	Cells   [IPKRows][IPKCols]int
	NoDate  int // seekers without a registration date, left out
	Under15 int // seekers under 15 at the month's end, left out
}

// leaving is when and how a seeker leaves the register; zero day: not yet.
func (f JobSeekerFact) leaving() (day time.Time, placed bool) {
	for _, p := range f.Placed {
		if p.Before(f.Registered) {
			continue
		}
		if day.IsZero() || p.Before(day) {
			day = p
		}
	}
	placed = !day.IsZero()
	removed := f.Registered.AddDate(AK1Validity, 0, 0)
	if !f.Archived.IsZero() && f.Archived.Before(removed) {
		removed = f.Archived
	}
	if removed.Before(f.Registered) {
		removed = f.Registered
	}
	if !placed || removed.Before(day) {
		return removed, false
	}
	return day, true
}

// ipkColumn is the L or P column of age's group; -1 under 15.
func ipkColumn(age int, sex string) int {
	g := -1
	for i, lo := range IPKAgeGroups {
		if age >= lo {
			g = i
		}
	}
	if g < 0 {
		return -1
	}
	if sex == SexFemale {
		return 2*g + 1
	}
	return 2 * g
}

// NewIPK31 starts the recap of the month holding day.
func NewIPK31(day time.Time) IPK31 {
	return IPK31{Month: time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)}
}

// LastDay is the month's last day.
func (r *IPK31) LastDay() time.Time { return r.Month.AddDate(0, 1, -1) }

// Add counts one seeker.
func (r *IPK31) Add(f JobSeekerFact) {
	first, last := r.Month, r.LastDay()
	if f.Registered.IsZero() {
		r.NoDate++
		return
	}
	if f.Registered.After(last) {
		return
	}
	out, placed := f.leaving()
	if out.Before(first) {
		return // left before the month
	}
	col := ipkColumn(AgeOn(f.BirthDate, last), f.Sex)
	if col < 0 {
		r.Under15++
		return
	}
	row := IPKCarried
	if !f.Registered.Before(first) {
		row = IPKRegistered
	}
	r.count(row, col)
	switch {
	case out.After(last):
		r.count(IPKLeft, col)
	case placed:
		r.count(IPKPlaced, col)
	default:
		r.count(IPKRemoved, col)
	}
}

// count adds one to row in col and to its totals.
func (r *IPK31) count(row, col int) {
	r.Cells[row][col]++
	r.Cells[row][IPKTotalL+col%2]++
	r.Cells[row][IPKTotal]++
}

// Finish fills the sum rows A and B.
func (r *IPK31) Finish() {
	for c := range IPKCols {
		r.Cells[IPKSumA][c] = r.Cells[IPKCarried][c] + r.Cells[IPKRegistered][c]
		r.Cells[IPKSumB][c] = r.Cells[IPKPlaced][c] + r.Cells[IPKRemoved][c]
	}
}

// AgeOn is the age in whole years on day of someone born on birth.
func AgeOn(birth, day time.Time) int {
	age := day.Year() - birth.Year()
	if day.Month() < birth.Month() || day.Month() == birth.Month() && day.Day() < birth.Day() {
		age--
	}
	return age
}
