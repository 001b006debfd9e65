package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"balai/data"
)

func TestCLICertificatesAndVerify(t *testing.T) {
	st := openStore(t)
	if code, out, errOut := runCLI(t, st, "demo", "--seekers", "60"); code != 0 || !strings.Contains(out, "ready for its certificates") {
		t.Fatalf("demo: exit %d: %s%s", code, out, errOut)
	}
	ctx := context.Background()
	class, err := st.ClassByCode(ctx, "LAS-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "sertifikat.pdf")
	each := filepath.Join(dir, "per-orang")
	code, out, errOut := runCLI(t, st, "certificates", "--class", class.Code, "--out", pdf, "--per-person", each)
	if code != 0 {
		t.Fatalf("certificates: exit %d: %s", code, errOut)
	}
	if got, want := lastLine(out), "issued 13, reprinted 0, not eligible 3"; got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	b, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	if pages := pdfPages(t, pdf); pages != 0 && pages != 26 {
		t.Errorf("PDF has %d pages, want 26 (front and back of 13)", pages)
	}
	files, _ := filepath.Glob(filepath.Join(each, "*.pdf"))
	if len(files) != 13 {
		t.Errorf("per-person files = %d, want 13", len(files))
	}

	// Again: nothing new; every certificate reprinted with the same numbers.
	code, out, _ = runCLI(t, st, "certificates", "--class", class.Code, "--out", pdf)
	if got, want := lastLine(out), "issued 0, reprinted 13, not eligible 3"; code != 0 || got != want {
		t.Errorf("second run: exit %d, last line %q, want %q", code, got, want)
	}

	certs, err := st.ClassCertificates(ctx, class.ID)
	if err != nil || len(certs) != 13 {
		t.Fatalf("certificates in store: %d, %v", len(certs), err)
	}
	good := certs[0].Code
	altered := []byte(good)
	altered[7] = map[bool]byte{true: 'B', false: 'A'}[altered[7] == 'A']
	tests := []struct {
		name   string
		args   []string
		code   int
		status string
	}{
		{"valid", []string{"verify", good}, 0, "VALID"},
		{"valid, typed in groups", []string{"verify", good[:20], good[20:]}, 0, "VALID"},
		{"valid, lower case with dashes", []string{"verify", strings.ToLower(good[:20]) + "-" + good[20:]}, 0, "VALID"},
		{"valid, the address of the QR code", []string{"verify", "https://blki.example.go.id/verifikasi?kode=" + good}, 0, "VALID"},
		{"altered", []string{"verify", string(altered)}, 1, "INVALID"},
		{"garbage", []string{"verify", "hello"}, 1, "INVALID"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, st, tt.args...)
		if code != tt.code || strings.SplitN(out, "\n", 2)[0] != tt.status {
			t.Errorf("%s: exit %d, output %q %q; want %d and %s first", tt.name, code, out, errOut, tt.code, tt.status)
		}
		if tt.status == "VALID" && !strings.Contains(out, certs[0].Content.Name) {
			t.Errorf("%s: output does not name the holder:\n%s", tt.name, out)
		}
	}
	if err := st.RevokeCertificate(ctx, certs[0].ID, st.Now(), "Data kelahiran salah"); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, st, "verify", good)
	if code != 1 || !strings.HasPrefix(out, "REVOKED\n") || !strings.Contains(out, "Data kelahiran salah") ||
		!strings.Contains(out, "26 November 2026") {
		t.Errorf("revoked: exit %d:\n%s", code, out)
	}

	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"certificates", "--class", "XXX-2026-99", "--out", pdf}, 1, `no class "XXX-2026-99"`},
		{[]string{"certificates", "--class", class.Code}, 2, "usage"},
		{[]string{"certificates", "--class", class.Code, "--calibration", "--out", pdf}, 2, "usage"},
		{[]string{"certificates", "--class", class.Code, "--out", pdf, "--design", "round"}, 2, `unknown design "round"`},
		{[]string{"verify"}, 2, "usage"},
	} {
		code, _, errOut := runCLI(t, st, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d %q, want %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
}

// pdfPages counts a PDF's pages with pdfinfo; 0 when pdfinfo is missing.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(l, "Pages:"); ok {
			var n int
			for _, r := range strings.TrimSpace(rest) {
				n = n*10 + int(r-'0')
			}
			return n
		}
	}
	return 0
}

// The designs, the ZIP for sending, the calibration page, and certificates
// issued but never printed.
func TestCLICertificateDesignsZipCalibration(t *testing.T) {
	st := openStore(t)
	if code, out, errOut := runCLI(t, st, "demo", "--seekers", "60"); code != 0 {
		t.Fatalf("demo: exit %d: %s%s", code, out, errOut)
	}
	ctx := context.Background()
	class, err := st.ClassByCode(ctx, "LAS-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	// Issued, then the run stopped before printing.
	if _, err := st.IssueCertificates(ctx, class.ID); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pdf, zipFile := filepath.Join(dir, "potret.pdf"), filepath.Join(dir, "kirim.zip")
	code, out, errOut := runCLI(t, st, "certificates", "--class", class.Code, "--out", pdf, "--zip", zipFile, "--design", "portrait")
	if code != 0 {
		t.Fatalf("certificates: exit %d: %s", code, errOut)
	}
	if got, want := lastLine(out), "issued 0, reprinted 0, not eligible 3"; got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	if n := strings.Count(out, "(issued before, never printed)"); n != 13 {
		t.Errorf("%d certificates printed for the first time, want 13:\n%s", n, out)
	}
	audit, _ := st.CertificateAudit(ctx, 100)
	if audit[0].Action != data.AuditPrint {
		t.Errorf("logged as %q, want print", audit[0].Action)
	}
	zr, err := zip.OpenReader(zipFile)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 13 || !strings.HasSuffix(zr.File[0].Name, ".pdf") {
		t.Errorf("the ZIP holds %d files", len(zr.File))
	}
	if info, err := exec.Command("pdfinfo", pdf).Output(); err == nil && !strings.Contains(string(info), "595.28 x 841.89 pts") {
		t.Errorf("--design portrait did not print portrait:\n%s", info)
	}
	if code, out, _ := runCLI(t, st, "certificates", "--class", class.Code, "--out", pdf); code != 0 ||
		lastLine(out) != "issued 0, reprinted 13, not eligible 3" {
		t.Errorf("third run: exit %d, %q", code, lastLine(out))
	}

	cal := filepath.Join(dir, "kalibrasi.pdf")
	code, out, errOut = runCLI(t, st, "certificates", "--calibration", "--out", cal)
	if code != 0 || !strings.Contains(out, "calibration page") {
		t.Fatalf("calibration: exit %d: %s%s", code, out, errOut)
	}
	if pages := pdfPages(t, cal); pages != 0 && pages != 1 {
		t.Errorf("calibration: %d pages", pages)
	}
}
