package store_test

import (
	"balai/data/demo"

	"context"
	"errors"
	"testing"

	"balai/data"
)

func TestCertificateSettingsRoundTrip(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	got, err := s.CertificateSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := data.DefaultCertificateSettings(); got.Pattern != want.Pattern || got.NextSeq != 1 || got.Paper != "A4" {
		t.Errorf("defaults = %+v, want %+v", got, want)
	}
	want := data.CertificateSettings{Pattern: "{seq:4}/{program}/{year}", NextSeq: 42, Paper: "f4", OffsetX: 2.5, OffsetY: -1,
		Signature: demo.Logo()}
	if err := s.SetCertificateSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err = s.CertificateSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Pattern != want.Pattern || got.NextSeq != 42 || got.Paper != "F4" || got.OffsetX != 2.5 || got.OffsetY != -1 ||
		string(got.Signature) != string(want.Signature) {
		t.Errorf("saved = %+v", got)
	}

	bad := []struct {
		name string
		cs   data.CertificateSettings
		want string
	}{
		{"no seq", data.CertificateSettings{Pattern: "{year}", NextSeq: 1, Paper: "A4"}, data.CodeCertPatternNoSeq},
		{"next seq 0", data.CertificateSettings{Pattern: "{seq}", NextSeq: 0, Paper: "A4"}, data.CodeCertNextSeq},
		{"letter paper", data.CertificateSettings{Pattern: "{seq}", NextSeq: 1, Paper: "Letter"}, data.CodeCertPaper},
		{"offset", data.CertificateSettings{Pattern: "{seq}", NextSeq: 1, Paper: "A4", OffsetY: 31}, data.CodeCertOffset},
	}
	for _, tt := range bad {
		err := s.SetCertificateSettings(ctx, tt.cs)
		var p *data.Problem
		if !errors.As(err, &p) || p.Code != tt.want {
			t.Errorf("%s: err = %v, want problem %s", tt.name, err, tt.want)
		}
	}
	if err := s.SetCertificateSettings(ctx, data.CertificateSettings{Pattern: "{seq}", NextSeq: 1, Paper: "A4",
		Signature: []byte("not an image")}); !errors.Is(err, data.ErrSignatureFormat) {
		t.Errorf("bad signature: err = %v, want ErrSignatureFormat", err)
	}
	if got, _ := s.CertificateSettings(ctx); got.NextSeq != 42 {
		t.Errorf("a refused save changed the settings: %+v", got)
	}
}
