package office

import (
	"context"
	"errors"
	"fmt"
	"io"

	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// ErrNothingToPrint says a class has no certificate in force to print.
var ErrNothingToPrint = errors.New("no certificates to print")

// Issued is a class's certificates once issued: the report of who got one
// and who did not, and the print settings to print them with.
type Issued struct {
	Report  data.IssueReport
	Options reports.CertificateOptions
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
	is := Issued{Report: rep, Options: opt}
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
	return ctx.Err()
}

// WriteFiles writes every certificate in force as a PDF of its own into dir
// and returns the files' paths.
func (is Issued) WriteFiles(ctx context.Context, dir string) ([]string, error) {
	return WriteCertificateFiles(ctx, dir, is.Report.All(), is.Options)
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
	return WriteCertificatesPDF(ctx, w, certs, opt)
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
