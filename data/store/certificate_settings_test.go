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

func TestCertificateDesignSettings(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	got, err := s.CertificateSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Design != data.DesignLandscape || got.BackSign != data.BackSignBoth || got.Colour != data.DefaultCertificateColour {
		t.Errorf("defaults: design %q, back %q, colour %q", got.Design, got.BackSign, got.Colour)
	}
	want := data.DefaultCertificateSettings()
	want.Design, want.Bilingual, want.Colour, want.BackSign = data.DesignPreprinted, true, "7b1e23", data.BackSignHead
	want.VerifyAddress, want.FundingLine, want.Province = " https://blki.example.go.id/verifikasi ", true, " Kalimantan  Timur"
	if err := s.SetCertificateSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err = s.CertificateSettings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Design != data.DesignPreprinted || !got.Bilingual || got.Colour != "#7B1E23" || got.BackSign != data.BackSignHead ||
		got.VerifyAddress != "https://blki.example.go.id/verifikasi" || !got.FundingLine || got.Province != "Kalimantan Timur" {
		t.Errorf("saved = %+v", got)
	}
	// Settings saved before these existed read as the defaults.
	if err := s.SetSetting(ctx, settingCertificate, `{"pattern":"{seq}","next_seq":3,"paper":"A4"}`); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CertificateSettings(ctx); got.Design != data.DesignLandscape || got.NextSeq != 3 || got.Colour != data.DefaultCertificateColour {
		t.Errorf("old settings read as %+v", got)
	}
	for _, tt := range []struct {
		change func(*data.CertificateSettings)
		want   string
	}{
		{func(cs *data.CertificateSettings) { cs.Design = "round" }, data.CodeCertDesign},
		{func(cs *data.CertificateSettings) { cs.BackSign = "nobody" }, data.CodeCertBackSign},
		{func(cs *data.CertificateSettings) { cs.Colour = "blue" }, data.CodeCertColour},
		{func(cs *data.CertificateSettings) { cs.VerifyAddress = "blki.example.go.id/verifikasi" }, data.CodeCertVerifyAddress},
		{func(cs *data.CertificateSettings) { cs.VerifyAddress = "ftp://blki.example.go.id" }, data.CodeCertVerifyAddress},
	} {
		cs := data.DefaultCertificateSettings()
		tt.change(&cs)
		var p *data.Problem
		if err := s.SetCertificateSettings(ctx, cs); !errors.As(err, &p) || p.Code != tt.want {
			t.Errorf("%+v: err = %v, want %s", cs, err, tt.want)
		}
	}
}

func TestInstitutionNameRankLogo2(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	in := data.DefaultInstitution()
	in.Name, in.HeadRank, in.Logo2 = "  UPTD BLKI  Balikpapan ", "iv b", demo.Logo()
	if err := s.SetInstitution(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, err := s.Institution(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "UPTD BLKI Balikpapan" || got.HeadRank != "IV/b" || string(got.Logo2) != string(in.Logo2) || got.Logo != nil {
		t.Errorf("saved: name %q, rank %q, logo2 %d bytes, logo %d bytes", got.Name, got.HeadRank, len(got.Logo2), len(got.Logo))
	}
	in.Logo2 = []byte("not an image")
	if err := s.SetInstitution(ctx, in); !errors.Is(err, data.ErrLogoFormat) {
		t.Errorf("a broken second logo: err = %v", err)
	}
}
