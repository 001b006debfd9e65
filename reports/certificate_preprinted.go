package reports

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The pre-printed design: centres that buy certificate blanks with the
// border, the title and the fixed words printed on them have Balai print only
// what varies, each in a box at a fixed place; the print offsets move them
// all to fit the blank, and the calibration page (certificate_calibration.go)
// shows where the boxes land.

// preQRSize is the box of the QR code: room for one holding the longest
// verification address (data.MaxVerifyAddress).
const preQRSize = 36.0

// preField is a box of the pre-printed design: what goes in it, where, and
// how it is set.
type preField struct {
	Label       string // as the calibration page names the box
	X, Y, W, H  float64
	Size        float64
	Style       string
	Align       string
	value       func(c data.Certificate) string
	imageOrCode bool // the photo and the QR code: boxes drawn otherwise
}

// preprintedFields are the boxes on a landscape page of sp's size: the body's
// centred on the page, top down; the foot's on the bottom margin.
func preprintedFields(sp certSpec) []preField {
	cx, bottom := sp.width/2, sp.height-certInset
	sigX := sp.width - certInset - landscapeSigW
	centred := func(label string, y, w, h, size float64, style string, value func(data.Certificate) string) preField {
		return preField{Label: label, X: cx - w/2, Y: y, W: w, H: h, Size: size, Style: style, Align: "C", value: value}
	}
	foot := func(label string, y, h float64, style string, value func(data.Certificate) string) preField {
		return preField{Label: label, X: sigX, Y: y, W: landscapeSigW, H: h, Size: 11, Style: style, Align: "C", value: value}
	}
	return []preField{
		centred("Nomor", 58, 150, 7, 11, "", func(c data.Certificate) string { return c.Number }),
		centred("Nama", 73, 240, 25, nameMax, "SB", func(c data.Certificate) string { return c.Content.Name }),
		centred("Tempat, tanggal lahir", 100, 200, 7, 11, "", func(c data.Certificate) string { return birthValue(c.Content) }),
		centred("Program", 112, 230, 7, 12, "B", func(c data.Certificate) string { return programValue(c.Content) }),
		centred("JP dan tanggal", 122, 230, 7, 11, "", func(c data.Certificate) string { return jpAndDates(c.Content) }),
		centred("Hasil", 131, 110, 9, 18, "SB", func(c data.Certificate) string { return resultText(c.Content.Result) }),
		foot("Tempat, tanggal", bottom-52, 6, "", func(c data.Certificate) string { return certPlaceDate(c.Content) }),
		foot("Penanda tangan", bottom-17, 6, "B", func(c data.Certificate) string { return c.Content.SignatoryName }),
		foot("Pangkat/golongan", bottom-11, 5.5, "", func(c data.Certificate) string { return data.RankLabel(c.Content.SignatoryRank) }),
		foot("NIP", bottom-5.5, 5.5, "", func(c data.Certificate) string {
			if nip := data.FormatNIP(strings.TrimSpace(c.Content.SignatoryNIP)); nip != "" {
				return "NIP. " + nip
			}
			return ""
		}),
		{Label: "Foto 3×4", X: sigX - landscapePhotoGap - certPhotoW, Y: bottom - 47, W: certPhotoW, H: certPhotoH, imageOrCode: true},
		{Label: "Kode QR", X: certInset, Y: bottom - preQRSize, W: preQRSize, H: preQRSize, imageOrCode: true},
	}
}

// layoutPreprintedFront lays out what varies on the front of c, each in its
// box of preprintedFields.
func layoutPreprintedFront(pdf *gofpdf.Fpdf, c data.Certificate, sp certSpec, im certImages) (certPage, error) {
	b := sp.newPage(pdf)
	fields := preprintedFields(sp)
	for _, f := range fields {
		if f.imageOrCode {
			continue
		}
		layoutPreField(b, f, f.value(c), f.Label == "Penanda tangan")
	}
	photo, qr := fields[len(fields)-2], fields[len(fields)-1]
	if im.photo != nil {
		layoutCertPhoto(b, im.photo, photo.X, photo.Y, photo.W, photo.H)
	}
	if strings.TrimSpace(c.Code) != "" {
		code, err := certQR(c, certQRSize)
		if err != nil {
			return certPage{}, fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		code.side = min(code.side, qr.W)
		layoutQRBeside(b, c, code, false, qr.X, qr.Y+qr.H-code.side, photo.X-6-qr.X-qr.W)
	}
	return b.page, nil
}

// layoutPreField puts value in f's box: the name as large as fits (fitName),
// anything else shrunk to the box's width.
func layoutPreField(b *pageBuilder, f preField, value string, underline bool) {
	value = strings.Join(strings.Fields(pdfText(value)), " ")
	if value == "" {
		return
	}
	if f.Label == "Nama" {
		size, lines := fitName(b.pdf, value, f.W-2*cellMargin, nameMax)
		for len(lines) == 2 && 2*lineHeight(size)*0.92 > f.H && size > nameMin {
			size, lines = fitName(b.pdf, value, f.W-2*cellMargin, size-0.5)
		}
		lh := lineHeight(size) * 0.92
		y := f.Y + (f.H-lh*float64(len(lines)))/2
		for _, l := range lines {
			b.cell(f.X, y, f.W, lh, l, f.Style, size, f.Align, colorText)
			y += lh
		}
		return
	}
	size := fitFontSize(b.pdf, f.Style, value, f.Size, 6, f.W-2*cellMargin)
	tx, tw := b.cell(f.X, f.Y, f.W, f.H, value, f.Style, size, f.Align, colorText)
	if underline {
		under := f.Y + f.H/2 + 0.3*size*25.4/72 + 0.7
		b.line(tx, under, tx+tw, under, 0.25, colorText)
	}
}
