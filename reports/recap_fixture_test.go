package reports

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"balai/data"
)

// recapPrinted is the printing time of the recaps' tests.
var recapPrinted = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func rymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// recapFixture are the classes and outcomes of two years: three programs,
// four classes, 52 participants with every status and placement.
func recapFixture() ([]data.RealisasiClass, []data.ParticipantOutcome) {
	classes := []data.RealisasiClass{
		{ClassID: "a", Code: "LAS-2026-01", Batch: "Angkatan I", ProgramName: "Las SMAW 3G", Kejuruan: "Las", Start: rymd(2026, 2, 2), End: rymd(2026, 4, 2), Quota: 16},
		{ClassID: "b", Code: "LAS-2026-02", Batch: "Angkatan II", ProgramName: "Las SMAW 3G", Kejuruan: "Las", Start: rymd(2026, 7, 27), End: rymd(2026, 9, 25), Quota: 16},
		{ClassID: "c", Code: "TIK-2026-01", Batch: "Angkatan I", ProgramName: "Operator Komputer Muda", Kejuruan: "TIK", Start: rymd(2026, 3, 2), End: rymd(2026, 4, 24), Quota: 20},
		{ClassID: "d", Code: "BKR-2025-01", Batch: "Angkatan I", ProgramName: "Pembuatan Roti dan Kue (Bakery)", Kejuruan: "Tata Boga", Start: rymd(2025, 8, 4), End: rymd(2025, 10, 3), Quota: 16},
	}
	statuses := []string{data.PlacementEmployed, data.PlacementEmployed, data.PlacementSelfEmployed, data.PlacementNotWorking,
		data.PlacementStudying, data.PlacementUntraced, "", data.PlacementEmployed}
	edus := []string{"SMA", "SMK", "SMK", "D3", "SMP", "S1", "SMK", ""}
	var people []data.ParticipantOutcome
	for ci, c := range classes {
		for i := range 13 {
			p := data.ParticipantOutcome{ClassID: c.ClassID, ProgramName: c.ProgramName, ClassYear: c.Start.Year(), ClassEnd: c.End,
				Sex: []string{data.SexMale, data.SexFemale}[(i+ci)%2], Education: edus[i%len(edus)], Status: data.ParticipantGraduated,
				Certificate: true, Placement: statuses[(i+ci)%len(statuses)]}
			switch i {
			case 11:
				p.Status, p.Certificate = data.ParticipantNotCompetent, false
			case 12:
				p.Status, p.Certificate, p.Placement = data.ParticipantWithdrawn, false, ""
			}
			if data.IsPlaced(p.Placement) && i%3 != 0 {
				p.PlacedOn = c.End.AddDate(0, 1+i*ci%14, 0)
			}
			people = append(people, p)
		}
	}
	return classes, people
}

func realisasiFixture() RealisasiDoc {
	classes, people := recapFixture()
	inst := data.DefaultInstitution()
	inst.HeadName, inst.HeadNIP = "Drs. H. Mulyadi, M.Si.", "196805121994031007"
	return RealisasiDoc{Institution: inst, Period: "Tahun 2026", Recap: data.BuildRealisasi(classes, people, recapPrinted),
		Outcomes: data.BuildOutcomes(people, recapPrinted), Printed: recapPrinted}
}

// keepForLooking writes b to $BALAI_LOOK/name when the variable is set, to
// look at a document by eye.
func keepForLooking(t *testing.T, name string, b []byte) {
	t.Helper()
	if dir := os.Getenv("BALAI_LOOK"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pdfTextOf is the text of a PDF as pdftotext reads it (the test is skipped
// without poppler).
func pdfTextOf(t *testing.T, pdf []byte) string {
	t.Helper()
	needPoppler(t)
	return pdfTool(t, "pdftotext", "-layout", savePDF(t, pdf, "doc.pdf"), "-")
}
