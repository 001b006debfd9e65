package office

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// CertificateOptions are the print settings of certificates, from the store.
func CertificateOptions(ctx context.Context, st *store.Store) (reports.CertificateOptions, error) {
	cs, err := st.CertificateSettings(ctx)
	if err != nil {
		return reports.CertificateOptions{}, err
	}
	paper, err := reports.ParsePaper(cs.Paper)
	if err != nil {
		paper = reports.A4
	}
	return reports.CertificateOptions{Paper: paper, Design: cs.Design, Bilingual: cs.Bilingual, Colour: cs.Colour,
		BackSign: cs.BackSign, OffsetX: cs.OffsetX, OffsetY: cs.OffsetY, Created: time.Now()}, nil
}

// CertificateFileName is a certificate's own PDF's name: its number and the
// holder's name, with what Windows refuses in file names replaced.
func CertificateFileName(c data.Certificate) string {
	clean := func(s string) string {
		s = strings.Map(func(r rune) rune {
			switch {
			case r < 32, strings.ContainsRune(`<>:"/\|?*`, r):
				return '-'
			}
			return r
		}, strings.TrimSpace(s))
		return strings.Trim(s, ". ")
	}
	name := clean(c.Number) + " " + clean(c.Content.Name)
	if len(name) > 120 {
		name = name[:120]
	}
	return strings.TrimSpace(name) + ".pdf"
}

// WriteCertificateFiles writes one PDF per certificate into dir and returns
// the files' paths. It stops at the first error and when ctx is cancelled.
func WriteCertificateFiles(ctx context.Context, dir string, certs []data.Certificate, opt reports.CertificateOptions) ([]string, error) {
	// 0700 like the files in it: certificates name people (UU PDP).
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create folder %s: %w", dir, err)
	}
	paths := make([]string, 0, len(certs))
	for _, c := range certs {
		if err := ctx.Err(); err != nil {
			return paths, err
		}
		p := filepath.Join(dir, CertificateFileName(c))
		if err := WriteFileAtomic(p, PrivateFile, func(w io.Writer) error {
			return WriteCertificatesPDF(ctx, w, []data.Certificate{c}, opt)
		}); err != nil {
			return paths, fmt.Errorf("write %s: %w", p, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// certificateMemoryLimit is the soft heap limit while certificates are
// written. gofpdf holds a whole document until it is written — about 160 MB
// for a thousand certificates with photos — and without a limit Go lets the
// heap grow to twice what is live before collecting. The limit is soft: a
// job that needs more still gets it, collected more often. It is not set for
// the whole process because it slows other large jobs (a 100,000-row CSV
// import by a fifth).
const certificateMemoryLimit = 200 << 20

var memoryLimit struct {
	sync.Mutex
	users int
}

// WriteCertificatesPDF writes certificates as one PDF under
// certificateMemoryLimit, unless GOMEMLIMIT chose a limit for the process.
func WriteCertificatesPDF(ctx context.Context, w io.Writer, certs []data.Certificate, opt reports.CertificateOptions) error {
	if os.Getenv("GOMEMLIMIT") != "" {
		return reports.WriteCertificatesPDF(ctx, w, certs, opt)
	}
	memoryLimit.Lock()
	if memoryLimit.users == 0 {
		debug.SetMemoryLimit(certificateMemoryLimit)
	}
	memoryLimit.users++
	memoryLimit.Unlock()
	defer func() {
		memoryLimit.Lock()
		if memoryLimit.users--; memoryLimit.users == 0 {
			debug.SetMemoryLimit(math.MaxInt64)
		}
		memoryLimit.Unlock()
	}()
	return reports.WriteCertificatesPDF(ctx, w, certs, opt)
}
