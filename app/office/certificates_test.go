package office

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"balai/data"
)

func TestIssueAndPrintCertificates(t *testing.T) {
	st := openStore(t)
	finished, _, planned := demoClasses(t, st)
	ctx := context.Background()

	is, err := IssueCertificates(ctx, st, finished)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := [3]int{len(is.Report.Issued), len(is.Report.Reprinted), len(is.Report.NotEligible)}, [3]int{13, 0, 3}; got != want {
		t.Errorf("issued, reprinted, not eligible = %v, want %v", got, want)
	}
	var pdf bytes.Buffer
	if err := is.WritePDF(ctx, &pdf); err != nil || !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("PDF: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "per-orang")
	paths, err := is.WriteFiles(ctx, dir)
	if err != nil || len(paths) != 13 {
		t.Fatalf("files: %d, %v", len(paths), err)
	}
	for _, p := range paths {
		if b, err := os.ReadFile(p); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || filepath.Dir(p) != dir {
			t.Errorf("%s: %v", p, err)
		}
	}
	if fi, err := os.Stat(dir); err != nil || runtime.GOOS != "windows" && fi.Mode().Perm() != 0o700 {
		t.Errorf("per-person folder mode %v (%v), want 0700 like the files in it", fi.Mode().Perm(), err)
	}

	// Again: nothing new, the same certificates reprinted.
	again, err := IssueCertificates(ctx, st, finished)
	if err != nil || len(again.Report.Issued) != 0 || len(again.Report.Reprinted) != 13 {
		t.Errorf("again: %d issued, %d reprinted, %v", len(again.Report.Issued), len(again.Report.Reprinted), err)
	}

	// Cancelled: no PDF.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := again.WritePDF(cancelled, &bytes.Buffer{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}

	// A class nobody finished: nothing to print, but the report says why.
	none, err := IssueCertificates(ctx, st, planned)
	if !errors.Is(err, ErrNothingToPrint) || len(none.Report.NotEligible) == 0 {
		t.Errorf("planned class: %v, %d not eligible", err, len(none.Report.NotEligible))
	}
	if _, err := IssueCertificates(ctx, st, "nope"); err == nil || !strings.HasPrefix(err.Error(), "issue certificates: ") {
		t.Errorf("unknown class: %v", err)
	}
}

func TestReprintCertificate(t *testing.T) {
	st := openStore(t)
	finished, _, _ := demoClasses(t, st)
	ctx := context.Background()
	is, err := IssueCertificates(ctx, st, finished)
	if err != nil {
		t.Fatal(err)
	}
	cert := is.Report.Issued[0]
	var buf bytes.Buffer
	if err := ReprintCertificate(ctx, st, cert.ID, &buf); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("reprint: %v", err)
	}
	if err := st.RevokeCertificate(ctx, cert.ID, st.Now(), "Nama salah"); err != nil {
		t.Fatal(err)
	}
	if err := ReprintCertificate(ctx, st, cert.ID, &bytes.Buffer{}); err == nil {
		t.Error("a revoked certificate was reprinted")
	}
}

func TestCertificateFileName(t *testing.T) {
	tests := []struct {
		number, name, want string
	}{
		{"001/LAS/BLK/XI/2026", "Siti Aminah", "001-LAS-BLK-XI-2026 Siti Aminah.pdf"},
		{"002", ` Budi "Santoso": A*B? `, "002 Budi -Santoso-- A-B-.pdf"},
		{"003", "Dewi.", "003 Dewi.pdf"},
		{"004", strings.Repeat("Nama ", 40), "004 " + strings.TrimSpace(strings.Repeat("Nama ", 40)[:116]) + ".pdf"},
	}
	for _, tt := range tests {
		c := data.Certificate{Number: tt.number}
		c.Content.Name = tt.name
		if got := CertificateFileName(c); got != tt.want {
			t.Errorf("CertificateFileName(%q, %q) = %q, want %q", tt.number, tt.name, got, tt.want)
		}
	}
}

// A ZIP of one PDF per certificate, the same bytes for the same
// certificates; writing it records them as printed.
func TestCertificateZip(t *testing.T) {
	st := openStore(t)
	finished, _, _ := demoClasses(t, st)
	ctx := context.Background()
	is, err := IssueCertificates(ctx, st, finished)
	if err != nil {
		t.Fatal(err)
	}
	is.Options.Created = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	var a, b bytes.Buffer
	if err := is.WriteZip(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if err := WriteCertificateZip(ctx, &b, is.Report.All(), is.Options); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two ZIPs of the same certificates differ (%v)", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(a.Bytes()), int64(a.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != 13 {
		t.Fatalf("%d files in the ZIP, want 13", len(zr.File))
	}
	f, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 5)
	if _, err := io.ReadFull(f, head); err != nil || string(head) != "%PDF-" || zr.File[0].Name != CertificateFileName(is.Report.All()[0]) {
		t.Errorf("first file %q starts %q (%v)", zr.File[0].Name, head, err)
	}
	again, _ := IssueCertificates(ctx, st, finished)
	if len(again.Report.Reprinted) != 13 || len(again.Report.Unprinted) != 0 {
		t.Errorf("after the ZIP: %d reprinted, %d unprinted", len(again.Report.Reprinted), len(again.Report.Unprinted))
	}
}

func TestReissueAndCalibrationOptions(t *testing.T) {
	st := openStore(t)
	finished, _, _ := demoClasses(t, st)
	ctx := context.Background()
	cs, _ := st.CertificateSettings(ctx)
	cs.Design, cs.Bilingual, cs.Colour, cs.BackSign = data.DesignPortrait, true, "#7B1E23", data.BackSignHead
	if err := st.SetCertificateSettings(ctx, cs); err != nil {
		t.Fatal(err)
	}
	opt, err := CertificateOptions(ctx, st)
	if err != nil || opt.Design != data.DesignPortrait || !opt.Bilingual || opt.Colour != "#7B1E23" || opt.BackSign != data.BackSignHead {
		t.Errorf("options from the settings: %+v, %v", opt, err)
	}
	is, err := IssueCertificates(ctx, st, finished)
	if err != nil {
		t.Fatal(err)
	}
	old := is.Report.Issued[0]
	var buf bytes.Buffer
	fresh, err := ReissueCertificate(ctx, st, old.ID, time.Time{}, "Nama salah tulis", &buf)
	if err != nil || fresh.Replaces != old.Number || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("reissue: %v, replaces %q", err, fresh.Replaces)
	}
	if got, _ := st.Certificate(ctx, fresh.ID); got.PrintedAt.IsZero() {
		t.Error("the reissued certificate, written, is not recorded as printed")
	}
	if _, err := ReissueCertificate(ctx, st, old.ID, time.Time{}, "lagi", &bytes.Buffer{}); err == nil {
		t.Error("a revoked certificate was reissued")
	}
}
