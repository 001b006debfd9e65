package office

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// ErrNothingToPrint says a class has no certificate in force to print.
var ErrNothingToPrint = errors.New("no certificates to print")

// Issued is a class's certificates once issued: the report of who got one
// and who did not, and the print settings to print them with. Once written,
// the certificates are recorded as printed in the store.
type Issued struct {
	Report  data.IssueReport
	Options reports.CertificateOptions
	store   *store.Store
}

// IssueCertificates issues the certificates of a class not yet issued. The
// print settings are read first: nothing is issued that cannot be printed.
// With no certificate in force afterwards the error is ErrNothingToPrint,
// and Report still says who is not eligible and why.
func IssueCertificates(ctx context.Context, st *store.Store, classID string) (Issued, error) {
	opt, err := CertificateOptions(ctx, st)
	if err != nil {
		return Issued{}, err
	}
	rep, err := st.IssueCertificates(ctx, classID)
	if err != nil {
		return Issued{}, fmt.Errorf("issue certificates: %w", err)
	}
	is := Issued{Report: rep, Options: opt, store: st}
	if len(rep.All()) == 0 {
		return is, ErrNothingToPrint
	}
	return is, nil
}

// WritePDF writes every certificate in force as one PDF, front and back,
// ready for duplex printing. Cancelling ctx stops it, even halfway through
// the output.
func (is Issued) WritePDF(ctx context.Context, w io.Writer) error {
	if err := WriteCertificatesPDF(ctx, ctxWriter{ctx, w}, is.Report.All(), is.Options); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return is.printed(ctx, is.Report.All())
}

// WriteFiles writes every certificate in force as a PDF of its own into dir
// and returns the files' paths.
func (is Issued) WriteFiles(ctx context.Context, dir string) ([]string, error) {
	paths, err := WriteCertificateFiles(ctx, dir, is.Report.All(), is.Options)
	if err != nil {
		return paths, err
	}
	return paths, is.printed(ctx, is.Report.All())
}

// WriteZip writes every certificate in force as a PDF of its own into one
// ZIP archive, for sending to the graduates.
func (is Issued) WriteZip(ctx context.Context, w io.Writer) error {
	if err := WriteCertificateZip(ctx, w, is.Report.All(), is.Options); err != nil {
		return err
	}
	return is.printed(ctx, is.Report.All())
}

// printed records certs as printed, once they are written.
func (is Issued) printed(ctx context.Context, certs []data.Certificate) error {
	if is.store == nil {
		return nil
	}
	return markPrinted(ctx, is.store, certs)
}

func markPrinted(ctx context.Context, st *store.Store, certs []data.Certificate) error {
	ids := make([]string, 0, len(certs))
	for _, c := range certs {
		if c.PrintedAt.IsZero() {
			ids = append(ids, c.ID)
		}
	}
	if err := st.MarkCertificatesPrinted(ctx, ids); err != nil {
		return fmt.Errorf("record the certificates as printed: %w", err)
	}
	return nil
}

// ReprintCertificate writes a certificate again, as issued, and logs the
// reprint. A revoked certificate is refused.
func ReprintCertificate(ctx context.Context, st *store.Store, certID string, w io.Writer) error {
	certs, err := st.ReprintCertificates(ctx, []string{certID})
	if err != nil {
		return err
	}
	opt, err := CertificateOptions(ctx, st)
	if err != nil {
		return err
	}
	if err := WriteCertificatesPDF(ctx, w, certs, opt); err != nil {
		return err
	}
	return markPrinted(ctx, st, certs)
}

// ReissueCertificate revokes a certificate for a reason and issues its
// holder a new one in the same transaction (store.ReissueCertificate), then
// writes the new one to w. It returns the new certificate; when writing
// fails after the reissue, the new certificate is returned with the error.
func ReissueCertificate(ctx context.Context, st *store.Store, certID string, on time.Time, reason string, w io.Writer) (data.Certificate, error) {
	opt, err := CertificateOptions(ctx, st)
	if err != nil {
		return data.Certificate{}, err
	}
	cert, err := st.ReissueCertificate(ctx, certID, on, reason)
	if err != nil {
		return cert, err
	}
	if err := WriteCertificatesPDF(ctx, w, []data.Certificate{cert}, opt); err != nil {
		return cert, err
	}
	return cert, markPrinted(ctx, st, []data.Certificate{cert})
}

// ctxWriter stops writing once its context is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
