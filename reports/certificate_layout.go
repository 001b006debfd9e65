package reports

import (
	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The certificate (sertifikat pelatihan): a front in Indonesian with the
// letterhead, the holder, the training and the result, the QR code, photo and
// signature, and a back listing the competency units.
//
// Each page is first laid out into a list of positioned elements (text,
// rectangles, lines, images); the PDF writer and the raster preview of the
// app both draw that list, so what the clerk sees is what is printed. The
// layout measures text with gofpdf, whose widths come from the same embedded
// fonts the preview renders with.

// Certificate page margins: wider than letters', as certificates are framed.
const (
	certMarginX      = 20.0
	certMarginTop    = 15.0
	certMarginBottom = 18.0
)

// Image size limits in pixels on the longer side: sharp in print at the sizes
// printed, without embedding a camera's full resolution.
const (
	certLogoPx      = 600
	certPhotoPx     = 600
	certSignaturePx = 800
)

// certImages are the images of one certificate.
type certImages struct{ logo, photo, signature *pageImage }

func loadCertImages(cc data.CertificateContent) (certImages, error) {
	var im certImages
	var err error
	if im.logo, err = newPageImage("logo", cc.Logo, certLogoPx); err != nil {
		return im, err
	}
	if im.photo, err = newPageImage("photo", cc.Photo, certPhotoPx); err != nil {
		return im, err
	}
	if im.photo != nil {
		im.photo.inline = true
	}
	if im.signature, err = newPageImage("signature", cc.Signature, certSignaturePx); err != nil {
		return im, err
	}
	return im, nil
}

// layoutCertificate lays out both pages of c on paper, measuring with pdf
// (whose current font it changes).
func layoutCertificate(pdf *gofpdf.Fpdf, c data.Certificate, paper Paper) (front, back certPage, err error) {
	im, err := loadCertImages(c.Content)
	if err != nil {
		return front, back, err
	}
	front, err = layoutFront(pdf, c, paper, im)
	if err != nil {
		return front, back, err
	}
	back = layoutBack(pdf, c, paper)
	return front, back, nil
}
