package office

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"balai/data"
	"balai/reports"
)

// WriteCertificateZip writes one PDF per certificate into a ZIP archive on
// w, named as WriteCertificateFiles names them, for sending to graduates by
// e-mail or on a stick. The archive's dates are opt.Created: the same
// certificates give the same bytes.
func WriteCertificateZip(ctx context.Context, w io.Writer, certs []data.Certificate, opt reports.CertificateOptions) error {
	if opt.Created.IsZero() {
		opt.Created = time.Now()
	}
	zw := zip.NewWriter(w)
	names := map[string]int{}
	for _, c := range certs {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := uniqueName(names, CertificateFileName(c))
		// PDFs are compressed already: stored, the archive is made faster
		// and hardly larger.
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, Modified: opt.Created.UTC()})
		if err != nil {
			return fmt.Errorf("zip %s: %w", name, err)
		}
		if err := WriteCertificatesPDF(ctx, f, []data.Certificate{c}, opt); err != nil {
			return fmt.Errorf("zip %s: %w", name, err)
		}
	}
	return zw.Close()
}

// uniqueName is name, or name with " (2)" before its extension when it was
// used before: two holders of one name keep a file each.
func uniqueName(used map[string]int, name string) string {
	used[name]++
	if n := used[name]; n > 1 {
		base, ext := strings.TrimSuffix(name, ".pdf"), ".pdf"
		return base + " (" + strconv.Itoa(n) + ")" + ext
	}
	return name
}
