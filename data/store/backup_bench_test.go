package store_test

import (
	"balai/data/store"

	"balai/data/demo"

	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// BenchmarkBackup100k backs up a register of 100,000 seekers with 1,000
// certificates issued (each holder with a photo) and checks the copy, as
// every backup is checked before it is kept. Target: under 3 s. Meanwhile a
// reader does what the register screen does (count and first page) without
// pause: max-read-ms is its longest wait, against idle-read-ms without a
// backup; max-step-ms is the longest step of the copy. The window itself
// never waits for a backup (it runs on a goroutine of its own): these say
// how long a screen's query may.
func BenchmarkBackup100k(b *testing.B) {
	s, c := benchCertificateClass(b, 1000)
	ctx := context.Background()
	n, err := s.CountSeekers(ctx, store.SeekerFilter{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := demo.AddSeekers(ctx, s, benchSeekers-n, 4); err != nil {
		b.Fatal(err)
	}
	if rep, err := s.IssueCertificates(ctx, c.ID); err != nil || len(rep.Issued) < 1000 {
		b.Fatalf("issue: %d, %v", len(rep.Issued), err)
	}
	idle := longestRead(b, s, 2*time.Second, nil)
	dir := b.TempDir()
	b.ResetTimer()
	for i := range b.N {
		dst := filepath.Join(dir, "copy"+string(rune('a'+i%26))+time.Now().Format("150405.000")+".db")
		var maxStep time.Duration
		done := make(chan struct{})
		var read time.Duration
		var wg sync.WaitGroup
		wg.Go(func() { read = longestRead(b, s, 0, done) })
		start := time.Now()
		last := start
		err := s.Backup(ctx, dst, func(_, _ int) {
			now := time.Now()
			maxStep = max(maxStep, now.Sub(last))
			last = now
		})
		copied := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		h, err := store.InspectFile(ctx, dst)
		total := time.Since(start)
		close(done)
		wg.Wait()
		if err != nil || !h.Sound() || h.Counts.Seekers != benchSeekers || h.Counts.Certificates < 1000 {
			b.Fatalf("copy: %+v, %v", h.Counts, err)
		}
		if fi, err := os.Stat(dst); err == nil {
			b.ReportMetric(float64(fi.Size())/(1<<20), "MB")
		}
		b.ReportMetric(float64(copied.Milliseconds()), "copy-ms")
		b.ReportMetric(float64((total - copied).Milliseconds()), "check-ms")
		b.ReportMetric(float64(maxStep.Microseconds())/1000, "max-step-ms")
		b.ReportMetric(float64(read.Microseconds())/1000, "max-read-ms")
		b.ReportMetric(float64(idle.Microseconds())/1000, "idle-read-ms")
	}
}

// longestRead runs the register's first query (count and first page) over
// and over, for d or until done is closed, and returns the longest.
func longestRead(b *testing.B, s *store.Store, d time.Duration, done <-chan struct{}) time.Duration {
	ctx := context.Background()
	var longest time.Duration
	end := time.Now().Add(d)
	for {
		select {
		case <-done:
			return longest
		default:
		}
		if d > 0 && time.Now().After(end) {
			return longest
		}
		t0 := time.Now()
		if _, err := s.CountSeekers(ctx, store.SeekerFilter{}); err != nil {
			b.Error(err)
			return longest
		}
		if _, err := s.FindSeekers(ctx, store.SeekerFilter{}, 0, 100); err != nil {
			b.Error(err)
			return longest
		}
		longest = max(longest, time.Since(t0))
		time.Sleep(5 * time.Millisecond) // a screen reads now and then, not in a busy loop
	}
}
