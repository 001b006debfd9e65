package store

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"reflect"
	"testing"

	"balai/data"
)

func testLogo(t *testing.T) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 48))
	for y := range 48 {
		for x := range 40 {
			img.Set(x, y, color.NRGBA{R: uint8(x * 6), G: 90, B: uint8(y * 5), A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestInstitutionDefault(t *testing.T) {
	s := openTestStore(t)
	got, err := s.Institution(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, data.DefaultInstitution()) {
		t.Errorf("Institution() on a new store = %+v, want the default", got)
	}
	if got.City != "Balikpapan" || len(got.Lines) != 3 || got.Logo != nil {
		t.Errorf("default institution = %+v", got)
	}
}

func TestInstitutionRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	logo := testLogo(t)
	in := data.Institution{
		Lines:     []string{" PEMERINTAH PROVINSI KALIMANTAN TIMUR ", "", "DINAS TENAGA KERJA DAN TRANSMIGRASI", "UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN"},
		Address:   "Jl. Soekarno-Hatta Km. 5,  Balikpapan 76125",
		City:      "Balikpapan",
		Phone:     "(0542) 860123",
		Email:     "blki@example.go.id",
		Logo:      logo,
		HeadName:  "Ir. Dewi Ramírez Muñoz, M.T.",
		HeadTitle: "Kepala UPTD BLKI Balikpapan",
		HeadNIP:   "19671018 199303 1 004",
	}
	if err := s.SetInstitution(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, err := s.Institution(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := in
	want.Lines = []string{"PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI", "UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN"}
	want.Address = "Jl. Soekarno-Hatta Km. 5, Balikpapan 76125"
	want.HeadNIP = "196710181993031004"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if data.FormatNIP(got.HeadNIP) != "19671018 199303 1 004" {
		t.Errorf("FormatNIP(%q) = %q", got.HeadNIP, data.FormatNIP(got.HeadNIP))
	}

	// Saving without a logo removes it; the rest is replaced.
	in2 := want
	in2.Logo = nil
	in2.Phone = ""
	if err := s.SetInstitution(ctx, in2); err != nil {
		t.Fatal(err)
	}
	got, err = s.Institution(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Logo != nil || got.Phone != "" || got.HeadName != in.HeadName {
		t.Errorf("after removing the logo: %+v", got)
	}
}

func TestSetInstitutionRefuses(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	good := data.DefaultInstitution()
	good.HeadName = "Budi Santoso"
	if err := s.SetInstitution(ctx, good); err != nil {
		t.Fatal(err)
	}

	noLines := good
	noLines.Lines = []string{" ", ""}
	err := s.SetInstitution(ctx, noLines)
	var p *data.Problem
	if !errors.As(err, &p) || p.Field != "lines" || p.Code != data.CodeRequired {
		t.Errorf("no letterhead lines: err = %v, want a required problem on lines", err)
	}

	badLogo := good
	badLogo.HeadName = "Someone Else"
	badLogo.Logo = []byte("GIF89a not really an image")
	if err := s.SetInstitution(ctx, badLogo); !errors.Is(err, data.ErrLogoFormat) {
		t.Errorf("bad logo: err = %v, want ErrLogoFormat", err)
	}
	big := good
	big.Logo = append(testLogo(t), make([]byte, data.MaxLogoBytes)...)
	if err := s.SetInstitution(ctx, big); !errors.Is(err, data.ErrLogoFormat) {
		t.Errorf("oversized logo: err = %v, want ErrLogoFormat", err)
	}

	got, err := s.Institution(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, good) {
		t.Errorf("a refused save changed the institution: %+v", got)
	}
}
