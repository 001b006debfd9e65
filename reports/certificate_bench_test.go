package reports

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"balai/data"
)

// countWriter counts what is written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// BenchmarkCertificatesPDF1000 prints a large batch: 1,000 certificates, each
// with its own photo, sharing the logo and the signature, 8 units each.
func BenchmarkCertificatesPDF1000(b *testing.B) {
	const n = 1000
	// As a centre prints them: the landscape design with a verification
	// address, the funding line, two logos, rank and instructor.
	base := designCase{name: "Andi Wijaya", units: 8, images: true}.certificate(b)
	certs := make([]data.Certificate, n)
	photoBytes := 0
	for i := range certs {
		c := base
		c.ID = fmt.Sprintf("%08d-1111-4222-8333-444444444444", i)
		c.Number = fmt.Sprintf("%04d/LAS/UPTD-BLKI/XI/2026", i+1)
		c.Seq = i + 1
		c.Code = testCode(i + 1)
		c.Content.Name = fmt.Sprintf("Peserta Pelatihan Nomor %d", i+1)
		c.Content.Photo = testPhotoJPEG(b, i+1)
		photoBytes += len(c.Content.Photo)
		certs[i] = c
	}
	// The peak resident memory of the writing alone: the setup's garbage
	// returned to the system, then Linux's high-water mark reset.
	// The balai binary runs with a soft memory limit of 200 MiB
	// (app.SoftMemoryLimit; reports cannot import app).
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(200 << 20))
	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	var size int64
	for b.Loop() {
		cw := &countWriter{w: io.Discard}
		if err := WriteCertificatesPDF(context.Background(), cw, certs, CertificateOptions{Paper: A4, Created: certCreated}); err != nil {
			b.Fatal(err)
		}
		size = cw.n
	}
	b.ReportMetric(float64(size)/1e6, "MB")
	b.ReportMetric(float64(photoBytes)/n/1024, "photo-KB")
	if peak := peakRSS(); resetPeakRSS && peak > 0 {
		b.ReportMetric(peak, "peak-RSS-MB")
	}
}

// peakRSS is the process's peak resident memory in MB, 0 when unknown.
func peakRSS() float64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(status), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
