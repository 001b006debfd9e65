package store_test

import (
	"balai/data/demo"
	"balai/data/store"

	"balai/data"

	"context"
	"path/filepath"
	"testing"
	"time"
)

// Benchmarks over a register of 100,000 seekers, the size the lists must stay
// smooth at. Figures are recorded in the README.

const benchSeekers = 100_000

var benchNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func benchStore(b *testing.B) *store.Store {
	b.Helper()
	s, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	s.Now = func() time.Time { return benchNow }
	b.Cleanup(func() { s.Close() })
	return s
}

func benchRegister(b *testing.B) *store.Store {
	b.Helper()
	s := benchStore(b)
	if n, err := demo.AddSeekers(context.Background(), s, benchSeekers, 3); err != nil || n != benchSeekers {
		b.Fatalf("demo register: %d, %v", n, err)
	}
	return s
}

// BenchmarkSearch100k is one search as typed in the register: the count of
// matches and the first page, for words of different frequency, a phone
// prefix and a NIK typed in groups. Target under 10 ms.
func BenchmarkSearch100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	for _, q := range []string{"siti", "rahm", "nur", "agus sapu", "0812", "6471 05", "6471 0522 0586"} {
		b.Run(q, func(b *testing.B) {
			f := store.SeekerFilter{Query: q}
			for i := 0; i < b.N; i++ {
				if _, err := s.CountSeekers(ctx, f); err != nil {
					b.Fatal(err)
				}
				if _, err := s.FindSeekers(ctx, f, 0, 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFirstPage100k is what the register shows on opening: the count
// and the first 100 rows sorted by name. Target under 20 ms.
func BenchmarkFirstPage100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.CountSeekers(ctx, store.SeekerFilter{}); err != nil {
			b.Fatal(err)
		}
		list, err := s.FindSeekers(ctx, store.SeekerFilter{}, 0, 100)
		if err != nil || len(list) != 100 {
			b.Fatal(len(list), err)
		}
	}
}

// BenchmarkScrollPage100k fetches a page deep in the register, as scrolling does.
func BenchmarkScrollPage100k(b *testing.B) {
	s := benchRegister(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		off := (i * 7919 * 100) % (benchSeekers - 100)
		if _, err := s.FindSeekers(ctx, store.SeekerFilter{Sort: data.SortKecamatan}, off, 100); err != nil {
			b.Fatal(err)
		}
	}
}
