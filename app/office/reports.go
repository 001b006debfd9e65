package office

import (
	"context"
	"strconv"
	"time"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// The recaps and lists of what became of the alumni, gathered for both the
// window's Laporan screen and the commands.

// RealisasiDoc gathers the realisasi recap of year (0: every year) with
// the dashboard of the same classes; the per-year chart covers every year.
func RealisasiDoc(ctx context.Context, st *store.Store, year int) (reports.RealisasiDoc, error) {
	var doc reports.RealisasiDoc
	facts, err := st.ReadOutcomeFacts(ctx, year)
	if err != nil {
		return doc, err
	}
	outcomes := facts.Outcomes()
	if year != 0 {
		all, err := st.ReadOutcomeFacts(ctx, 0)
		if err != nil {
			return doc, err
		}
		outcomes.ByYear = all.Outcomes().ByYear
	}
	inst, err := st.Institution(ctx)
	if err != nil {
		return doc, err
	}
	return reports.RealisasiDoc{Institution: inst, Period: PeriodText(year), Recap: facts.Realisasi(),
		Outcomes: outcomes, Printed: st.Now()}, nil
}

// PeriodText names a recap's period: "Tahun 2026", or "Semua tahun" for 0.
func PeriodText(year int) string {
	if year == 0 {
		return "Semua tahun"
	}
	return "Tahun " + strconv.Itoa(year)
}

// IPK31Doc gathers the IPK III/1 recap of the month holding day.
func IPK31Doc(ctx context.Context, st *store.Store, day time.Time) (reports.IPK31Doc, error) {
	r, err := st.IPK31(ctx, day)
	if err != nil {
		return reports.IPK31Doc{}, err
	}
	inst, err := st.Institution(ctx)
	return reports.IPK31Doc{Institution: inst, Recap: r, Printed: st.Now()}, err
}

// TracerListDoc gathers the call list of a class's round.
func TracerListDoc(ctx context.Context, st *store.Store, classID string, round int) (reports.TracerListDoc, error) {
	sheet, err := st.TracerSheet(ctx, classID, round)
	if err != nil {
		return reports.TracerListDoc{}, err
	}
	inst, err := st.Institution(ctx)
	return reports.TracerListDoc{Institution: inst, Sheet: sheet, Printed: st.Now()}, err
}

// AlumniList reads the participants of year's classes (0: every year),
// withdrawn ones included, and the day they are reported on.
func AlumniList(ctx context.Context, st *store.Store, year int) ([]data.AlumniRow, time.Time, error) {
	rows, err := st.AlumniRows(ctx, data.AlumniFilter{Year: year, IncludeWithdrawn: true})
	return rows, data.DateOf(st.Now()), err
}
