package office

import (
	"balai/data/demo"

	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/google/uuid"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// The recaps over a register of 100,000 job seekers and 200 classes of 16
// (2025 and 2026), with attendance, certificates and placements: each
// report, gathered and written, must take under 2 s. Figures are in the
// README.

// benchReportsStore fills a store: the demo's 100,000 seekers, then the
// classes and what follows them written with SQL, as the store holds them.
func benchReportsStore(b *testing.B) *store.Store {
	b.Helper()
	st := openStore(b)
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, st, 100_000, 5); err != nil {
		b.Fatal(err)
	}
	var programs []string
	for i, name := range []string{"Las SMAW 3G", "Operator Komputer Muda", "Pembuatan Roti dan Kue"} {
		p := data.Program{Code: fmt.Sprintf("P%d", i), Name: name, Kejuruan: "Las", JP: 240,
			Units: []data.Unit{{Code: "U1", Title: "Unit satu", JP: 120}, {Code: "U2", Title: "Unit dua", JP: 120}}}
		if err := st.CreateProgram(ctx, &p); err != nil {
			b.Fatal(err)
		}
		programs = append(programs, p.ID)
	}
	seekers, err := st.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortRegistered}, 0, 200*16)
	if err != nil {
		b.Fatal(err)
	}
	if err := insertBenchClasses(st, programs, seekers); err != nil {
		b.Fatal(err)
	}
	return st
}

// insertBenchClasses writes 200 classes, 30 sessions each, 16 participants
// each with a mark per session, certificates for the competent and
// placements for half, in one transaction.
func insertBenchClasses(st *store.Store, programs []string, seekers []data.Seeker) error {
	tx, err := st.DB().Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	now := "2026-11-26T10:00:00Z"
	exec := func(q string, args ...any) {
		if err == nil {
			_, err = tx.Exec(q, args...)
		}
	}
	statuses := []string{"graduated", "graduated", "graduated", "graduated", "graduated", "graduated", "graduated",
		"graduated", "graduated", "graduated", "graduated", "graduated", "graduated", "not_competent", "withdrawn", "active"}
	placements := []string{"employed", "self_employed", "not_working", "studying", "untraced"}
	for c := range 200 {
		start := time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC).AddDate(0, 0, c*3)
		end := start.AddDate(0, 0, 41)
		cid := uuid.NewString()
		exec(`INSERT INTO classes (id, program_id, code, batch, year, funding, start_date, end_date, quota, method, training_type,
			created_at, updated_at) VALUES (?, ?, ?, 'Angkatan I', ?, 'APBN', ?, ?, 16, 'luring', 'PBK', ?, ?)`,
			cid, programs[c%3], fmt.Sprintf("B%03d", c), start.Year(), start.Format(data.DateLayout), end.Format(data.DateLayout), now, now)
		var sessions []string
		for s := range 30 {
			sid := uuid.NewString()
			sessions = append(sessions, sid)
			exec(`INSERT INTO sessions (id, class_id, date, start_time, end_time, jp, created_at, updated_at)
				VALUES (?, ?, ?, '07:30', '14:30', 8, ?, ?)`, sid, cid, start.AddDate(0, 0, s).Format(data.DateLayout), now, now)
		}
		for p := range 16 {
			pid := uuid.NewString()
			exec(`INSERT INTO participants (id, class_id, seeker_id, status, enrolled_on, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, pid, cid, seekers[c*16+p].ID, statuses[p], start.Format(data.DateLayout), now, now)
			for _, sid := range sessions {
				exec(`INSERT INTO attendance (session_id, participant_id, code, updated_at) VALUES (?, ?, 'H', ?)`, sid, pid, now)
			}
			if statuses[p] == "graduated" {
				exec(`INSERT INTO certificates (id, number, seq, code, class_id, participant_id, seeker_id, name, content, issued_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`, uuid.NewString(), fmt.Sprintf("%d/%d", c, p), c*16+p,
					uuid.NewString(), cid, pid, seekers[c*16+p].ID, seekers[c*16+p].Name, now)
			}
			if p%2 == 0 && end.Before(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)) {
				exec(`INSERT INTO placements (id, participant_id, seq, status, employer, city, start_date, source, recorded_at)
					VALUES (?, ?, 1, ?, 'PT Contoh', 'Balikpapan', ?, 'import', ?)`, uuid.NewString(), pid,
					placements[(c+p)%5], end.AddDate(0, 1+p%9, 0).Format(data.DateLayout), now)
			}
		}
	}
	if err != nil {
		return err
	}
	return tx.Commit()
}

func BenchmarkReports100k(b *testing.B) {
	st := benchReportsStore(b)
	ctx := context.Background()
	run := func(name string, f func() error) {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("realisasi-pdf", func() error {
		doc, err := RealisasiDoc(ctx, st, 0)
		if err == nil && len(doc.Recap.Programs) != 3 {
			err = fmt.Errorf("programs %d", len(doc.Recap.Programs))
		}
		if err != nil {
			return err
		}
		return reports.WriteRealisasiPDF(io.Discard, doc, reports.A4)
	})
	run("realisasi-xlsx", func() error {
		doc, err := RealisasiDoc(ctx, st, 0)
		if err != nil {
			return err
		}
		return reports.WriteRealisasiXLSX(io.Discard, doc)
	})
	run("peserta-xlsx", func() error {
		rows, today, err := AlumniList(ctx, st, 0)
		if err == nil && len(rows) != 3200 {
			err = fmt.Errorf("rows %d", len(rows))
		}
		if err != nil {
			return err
		}
		return reports.WritePesertaXLSX(io.Discard, rows, today)
	})
	for _, ext := range []string{"pdf", "xlsx"} {
		run("ipk31-"+ext, func() error {
			doc, err := IPK31Doc(ctx, st, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC))
			if err == nil && doc.Recap.Cells[data.IPKSumA][data.IPKTotal] < 50_000 {
				err = fmt.Errorf("A = %d", doc.Recap.Cells[data.IPKSumA][data.IPKTotal])
			}
			if err != nil {
				return err
			}
			if ext == "pdf" {
				return reports.WriteIPK31PDF(io.Discard, doc, reports.A4)
			}
			return reports.WriteIPK31XLSX(io.Discard, doc)
		})
	}
	run("tracer-due", func() error {
		_, err := st.TracerRounds(ctx, true)
		return err
	})
	run("dashboard-all-years", func() error {
		f, err := st.ReadOutcomeFacts(ctx, 0)
		if err == nil {
			_ = f.Outcomes()
		}
		return err
	})
}
