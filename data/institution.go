package data

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // logos: JPEG or PNG
	_ "image/png"
	"strings"
)

// Institution is the training centre as its printed documents present it:
// the letterhead (kop surat), its address, and the head who signs.
type Institution struct {
	// Lines are the letterhead lines from the top, e.g. the government, the
	// office and the UPTD's own name; the last is printed largest.
	Lines []string
	// Name is the centre's name as running text says it: "UPTD Balai
	// Latihan Kerja Industri Balikpapan" (a certificate's "diselenggarakan
	// oleh …"); "" takes it from the head's title (OrganiserName).
	Name    string
	Address string // street, district, postcode: "Jl. Soekarno-Hatta Km. 5, Balikpapan 76125"
	City    string // the place of the place-date line: "Balikpapan, 26 November 2026"
	Phone   string
	Email   string
	// Logo is a PNG or JPEG image printed left of the letterhead (the
	// province's); nil for none.
	Logo []byte
	// Logo2 is a second logo, printed at the right of a certificate (the
	// centre's own); nil for none.
	Logo2 []byte
	// The head of the centre (Kepala UPTD) who signs documents.
	HeadName  string
	HeadTitle string // "Kepala UPTD Balai Latihan Kerja Industri Balikpapan"
	HeadNIP   string // stored as NormalizeNIP gives it; print it with FormatNIP
	HeadRank  string // pangkat/golongan grade, "IV/b" (see Ranks); "" for none
}

// OrganiserName is the centre's name in running text: Name, else the head's
// title without "Kepala", else the last letterhead line.
func (inst Institution) OrganiserName() string {
	if n := CleanText(inst.Name); n != "" {
		return n
	}
	if t := CleanText(inst.HeadTitle); t != "" {
		if rest, ok := strings.CutPrefix(t, "Kepala "); ok {
			return rest
		}
	}
	for i := len(inst.Lines) - 1; i >= 0; i-- {
		if l := CleanText(inst.Lines[i]); l != "" {
			return l
		}
	}
	return ""
}

// MaxLogoBytes is the largest logo file SetInstitution accepts.
const MaxLogoBytes = 2 << 20

// ErrLogoFormat is returned by SetInstitution for a logo that is not a
// readable PNG or JPEG image, or that is larger than MaxLogoBytes.
var ErrLogoFormat = errors.New("the logo is not a PNG or JPEG image of at most 2 MB")

// DefaultInstitution is the letterhead used until the user saves one: a
// provincial BLK in Balikpapan, without a head's name, so that the sign-off
// of a printed form is left blank to be filled in by hand.
func DefaultInstitution() Institution {
	return Institution{
		Lines: []string{
			"PEMERINTAH PROVINSI KALIMANTAN TIMUR",
			"DINAS TENAGA KERJA DAN TRANSMIGRASI",
			"UPTD BALAI LATIHAN KERJA INDUSTRI BALIKPAPAN",
		},
		Name:      "UPTD Balai Latihan Kerja Industri Balikpapan",
		Address:   "Jl. Soekarno-Hatta, Balikpapan, Kalimantan Timur",
		City:      "Balikpapan",
		HeadTitle: "Kepala UPTD Balai Latihan Kerja Industri Balikpapan",
	}
}

// CheckLogo accepts a PNG or JPEG image of at most MaxLogoBytes, as a logo
// or a scanned signature; anything else gives ErrLogoFormat.
func CheckLogo(img []byte) error {
	if len(img) > MaxLogoBytes {
		return ErrLogoFormat
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Width < 1 || cfg.Height < 1 {
		return ErrLogoFormat
	}
	return nil
}
