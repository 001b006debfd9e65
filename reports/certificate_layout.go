package reports

import (
	"fmt"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The certificate (sertifikat pelatihan): a front in one of three designs —
// landscape in a frame (the default), portrait under the letterhead, or only
// the variable fields for pre-printed blanks — and a back listing the
// competency units, with a sign-off and how to verify.
//
// Each page is first laid out into a list of positioned elements (text,
// rectangles, lines, images); the PDF writer and the raster preview of the
// app both draw that list, so what the clerk sees is what is printed. The
// layout measures text with gofpdf, whose widths come from the same embedded
// fonts the preview renders with.

// Portrait page margins: wider than letters', as certificates are framed.
const (
	certMarginX      = 20.0
	certMarginTop    = 15.0
	certMarginBottom = 18.0
	// certInset is the margin of a landscape page, inside its frame.
	certInset = 16.0
)

// Image size limits in pixels on the longer side: sharp in print at the sizes
// printed, without embedding a camera's full resolution.
const (
	certLogoPx      = 600
	certPhotoPx     = 600
	certSignaturePx = 800
)

// certSpec is how certificates are drawn, resolved from CertificateOptions.
type certSpec struct {
	design        string // data.DesignLandscape, DesignPortrait or DesignPreprinted
	orientation   Orientation
	width, height float64 // the page as printed, mm
	colour        [3]int  // the frame's, title's and result's
	bilingual     bool
	backSign      string // data.BackSignBoth, BackSignHead or BackSignInstructor
}

// spec resolves the options: A4, the landscape design, the default colour
// and both signatures on the back unless they say otherwise.
func (opt CertificateOptions) spec() certSpec {
	paper := opt.Paper
	if paper.Width == 0 {
		paper = A4
	}
	sp := certSpec{design: opt.Design, bilingual: opt.Bilingual, backSign: opt.BackSign}
	switch sp.design {
	case data.DesignPortrait, data.DesignPreprinted:
	default:
		sp.design = data.DesignLandscape
	}
	sp.orientation, sp.width, sp.height = Landscape, paper.Height, paper.Width
	if sp.design == data.DesignPortrait {
		sp.orientation, sp.width, sp.height = Portrait, paper.Width, paper.Height
	}
	var ok bool
	if sp.colour, ok = data.ParseColour(opt.Colour); !ok {
		sp.colour, _ = data.ParseColour(data.DefaultCertificateColour)
	}
	switch sp.backSign {
	case data.BackSignHead, data.BackSignInstructor:
	default:
		sp.backSign = data.BackSignBoth
	}
	return sp
}

// newPage is an empty page of the spec's size.
func (sp certSpec) newPage(pdf *gofpdf.Fpdf) *pageBuilder {
	return &pageBuilder{pdf: pdf, page: certPage{width: sp.width, height: sp.height}}
}

// certImages are the images of one certificate.
type certImages struct{ logo, logo2, photo, signature *pageImage }

func loadCertImages(cc data.CertificateContent) (certImages, error) {
	var im certImages
	var err error
	if im.logo, err = newPageImage("logo", cc.Logo, certLogoPx); err != nil {
		return im, err
	}
	if im.logo2, err = newPageImage("logo", cc.Logo2, certLogoPx); err != nil {
		return im, fmt.Errorf("second %w", err)
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

// layoutCertificate lays out both pages of c as sp says, measuring with pdf
// (whose current font it changes).
func layoutCertificate(pdf *gofpdf.Fpdf, c data.Certificate, sp certSpec) (front, back certPage, err error) {
	im, err := loadCertImages(c.Content)
	if err != nil {
		return front, back, err
	}
	switch sp.design {
	case data.DesignPortrait:
		front, err = layoutPortraitFront(pdf, c, sp, im)
	case data.DesignPreprinted:
		front, err = layoutPreprintedFront(pdf, c, sp, im)
	default:
		front, err = layoutLandscapeFront(pdf, c, sp, im)
	}
	if err != nil {
		return front, back, err
	}
	back = layoutBack(pdf, c, sp, im)
	return front, back, nil
}

// certBlock is one part of a page laid out down it: the least room above
// it, its share of the room left over, and how it is laid out from a y
// (returning its height).
type certBlock struct {
	gap, weight float64
	put         func(b *pageBuilder, y float64) float64
}

// stackHeight is the height of blocks with their least gaps.
func stackHeight(pdf *gofpdf.Fpdf, blocks []certBlock) float64 {
	probe := &pageBuilder{pdf: pdf}
	h := 0.0
	for _, bl := range blocks {
		h += bl.gap + bl.put(probe, 0)
	}
	return h
}

// placeStack lays blocks out from top down to bottom, sharing the room left
// over among their gaps by weight, so that the page is evenly filled; a gap
// grows to maxGap at most, and what is left beyond goes half above the
// first block, half under the last. It returns the y under the last block.
func placeStack(b *pageBuilder, blocks []certBlock, top, bottom, maxGap float64) float64 {
	slack := bottom - top - stackHeight(b.pdf, blocks)
	weights := 0.0
	for _, bl := range blocks {
		weights += bl.weight
	}
	extra := make([]float64, len(blocks))
	left := max(0, slack)
	// Share by weight, again and again as gaps reach maxGap.
	for range 4 {
		open := 0.0
		for i, bl := range blocks {
			if bl.gap+extra[i] < maxGap {
				open += bl.weight
			}
		}
		if open == 0 || left < 0.01 {
			break
		}
		share := left
		for i, bl := range blocks {
			if bl.gap+extra[i] >= maxGap || bl.weight == 0 {
				continue
			}
			add := min(share*bl.weight/open, maxGap-bl.gap-extra[i])
			extra[i] += add
			left -= add
		}
	}
	y := top + left/2
	if slack < 0 {
		y = top
	}
	for i, bl := range blocks {
		y += bl.gap + extra[i]
		y += bl.put(b, y)
	}
	return y
}
