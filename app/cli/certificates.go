package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"balai/app/office"
	"balai/data"
	"balai/reports"
)

// certificatesCmd issues the certificates of a class not yet issued and
// prints all those in force, into one PDF and, asked, one file each or one
// ZIP; or, with --calibration, writes the calibration page of the
// pre-printed design.
func (c *env) certificatesCmd(ctx context.Context, args []string) error {
	const synopsis = "certificates --class CODE --out FILE.pdf [--per-person DIR] [--zip FILE.zip] [--design landscape|portrait|preprinted]\n" +
		"       balai certificates --calibration --out FILE.pdf"
	fs := c.flags("certificates", synopsis)
	code := fs.String("class", "", "class code, as 'balai classes' lists it")
	out := fs.String("out", "", "PDF file to write: every certificate, front and back, ready for duplex printing")
	dir := fs.String("per-person", "", "also write one PDF per participant into this folder")
	zipOut := fs.String("zip", "", "also write one PDF per participant into this ZIP file, for sending to graduates")
	design := fs.String("design", "", "landscape, portrait or preprinted (default: as in the settings)")
	calibration := fs.Bool("calibration", false, "write the calibration page of the pre-printed design instead (with --out)")
	pos, err := parse(fs, args)
	switch {
	case err != nil:
		return err
	case len(pos) > 0 || *out == "" || (*code == "") == !*calibration:
		return usageError{"usage: balai " + synopsis}
	case *design != "" && !slices.Contains(data.CertificateDesigns, *design):
		return usageError{fmt.Sprintf("unknown design %q: use landscape, portrait or preprinted", *design)}
	}
	if *calibration {
		return c.calibrationPage(ctx, *out)
	}
	class, err := c.classByCode(ctx, *code)
	if err != nil {
		return err
	}
	is, err := office.IssueCertificates(ctx, c.store, class.ID)
	nothing := errors.Is(err, office.ErrNothingToPrint)
	if err != nil && !nothing {
		return err
	}
	if *design != "" {
		is.Options.Design = *design
	}
	rep := is.Report
	for _, cert := range rep.Issued {
		fmt.Fprintf(c.out, "issued %s: %s\n", cert.Number, cert.Content.Name)
	}
	for _, cert := range rep.Unprinted {
		fmt.Fprintf(c.out, "printing %s: %s (issued before, never printed)\n", cert.Number, cert.Content.Name)
	}
	for _, e := range rep.NotEligible {
		reasons := make([]string, len(e.Reasons))
		for i, p := range e.Reasons {
			reasons[i] = englishProblem(p)
		}
		fmt.Fprintf(c.out, "not eligible: %s (%s)\n", e.Name, strings.Join(reasons, "; "))
	}
	if nothing {
		fmt.Fprintf(c.out, "no certificates to print for %s: nobody is eligible\n", class.Code)
	} else if err := c.printCertificates(ctx, is, *out, *dir, *zipOut); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "issued %d, reprinted %d, not eligible %d\n", len(rep.Issued), len(rep.Reprinted), len(rep.NotEligible))
	return nil
}

// printCertificates writes the certificates issued into one PDF and, asked,
// one file each into dir and one file each into the ZIP archive zipOut.
func (c *env) printCertificates(ctx context.Context, is office.Issued, out, dir, zipOut string) error {
	err := office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error { return is.WritePDF(ctx, w) })
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.out, "wrote %d certificates to %s\n", len(is.Report.All()), out)
	if dir != "" {
		paths, err := is.WriteFiles(ctx, dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "wrote %d files to %s\n", len(paths), dir)
	}
	if zipOut != "" {
		err := office.WriteFileAtomic(zipOut, office.PrivateFile, func(w io.Writer) error { return is.WriteZip(ctx, w) })
		if err != nil {
			return fmt.Errorf("write %s: %w", zipOut, err)
		}
		fmt.Fprintf(c.out, "wrote %d files to %s\n", len(is.Report.All()), zipOut)
	}
	return nil
}

// calibrationPage writes the pre-printed design's calibration page with the
// paper and offsets of the settings.
func (c *env) calibrationPage(ctx context.Context, out string) error {
	opt, err := office.CertificateOptions(ctx, c.store)
	if err != nil {
		return err
	}
	err = office.WriteFileAtomic(out, office.PrivateFile, func(w io.Writer) error {
		return reports.WriteCertificateCalibrationPDF(w, opt)
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(c.out, "wrote the calibration page (%s, offsets X %g mm, Y %g mm) to %s\n", opt.Paper.Name, opt.OffsetX, opt.OffsetY, out)
	return nil
}

// exitStatus ends a command with a status and no further message: what
// there was to say has been printed.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// verifyCmd checks a certificate's verification code. The exit status is 0
// only for VALID: scripts can rely on it.
func (c *env) verifyCmd(ctx context.Context, args []string) error {
	fs := c.flags("verify", "verify CODE")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageError{"usage: balai verify CODE"}
	}
	v, err := c.store.VerifyCertificate(ctx, strings.Join(pos, ""))
	if err != nil {
		return err
	}
	fmt.Fprintln(c.out, v.Status)
	if v.Certificate == nil {
		fmt.Fprintln(c.out, "the code matches no certificate issued here: it may be mistyped or altered")
		return exitStatus(1)
	}
	cert := v.Certificate
	cc := cert.Content
	if cert.Revoked() {
		fmt.Fprintf(c.out, "revoked from %s: %s\n", data.FormatDate(cert.RevokedOn, "id"), cert.RevokeReason)
	}
	line := func(k, v string) { fmt.Fprintf(c.out, "%-14s %s\n", k+":", v) }
	line("number", cert.Number)
	if cert.Replaces != "" {
		line("replaces", cert.Replaces)
	}
	line("name", cc.Name)
	born := strings.TrimSpace(strings.Trim(cc.BirthPlace+", "+data.FormatDate(cc.BirthDate, "id"), ", "))
	line("born", born)
	line("program", fmt.Sprintf("%s (%s), %d JP", cc.ProgramName, cc.Kejuruan, cc.JP))
	line("training", data.FormatDate(cc.Start, "id")+" – "+data.FormatDate(cc.End, "id"))
	line("result", resultWord(cc.Result))
	line("issued", strings.Trim(cc.Place+", "+data.FormatDate(cc.IssuedOn, "id"), ", "))
	line("signed by", cc.SignatoryName)
	if v.Status != data.VerifyValid {
		return exitStatus(1)
	}
	return nil
}

// resultWord is a result code as printed on the certificate.
func resultWord(code string) string {
	if code == data.ResultNotCompetent {
		return "BELUM KOMPETEN"
	}
	return "KOMPETEN"
}
