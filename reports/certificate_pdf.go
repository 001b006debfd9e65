package reports

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// CertificateOptions are the printing choices for certificates: how they
// are drawn, never what they say, which each certificate stores.
type CertificateOptions struct {
	Paper Paper // A4 or F4; the zero value prints on A4
	// Design is data.DesignLandscape (also ""), DesignPortrait or
	// DesignPreprinted.
	Design string
	// Bilingual prints the English in italics under each line.
	Bilingual bool
	// Colour is the frame's and the title's, "#1F4E79"; "" is
	// data.DefaultCertificateColour.
	Colour string
	// BackSign is who signs the back: data.BackSignBoth (also ""),
	// BackSignHead or BackSignInstructor.
	BackSign string
	// OffsetX and OffsetY move everything printed on each page, in mm
	// (positive: right, down), to fit stock with a pre-printed border.
	OffsetX, OffsetY float64
	// Created is the PDF's creation date: the same certificates with the same
	// Created give the same bytes. Zero means now.
	Created time.Time
}

// WriteCertificatesPDF writes certs as one document, each on two pages,
// front then back, for duplex printing: landscape pages unless the design is
// portrait. All that is printed comes from each certificate's Content,
// Number, Code and Replaces.
func WriteCertificatesPDF(ctx context.Context, w io.Writer, certs []data.Certificate, opt CertificateOptions) error {
	paper := opt.Paper
	if paper.Width == 0 {
		paper = A4
	}
	sp := opt.spec()
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	pdf := newPDF(paper, sp.orientation, created)
	addSerifFonts(pdf, sp.bilingual)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetTitle("Sertifikat Pelatihan", true)
	if len(certs) > 0 {
		pdf.SetAuthor(pdfText(lastLine(certs[0].Content.Letterhead)), true)
		if len(certs) == 1 {
			pdf.SetSubject(pdfText(certs[0].Number+" "+certs[0].Content.Name), true)
		}
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	// The layout measures with a document of its own: selecting fonts to
	// measure in the printed one would write them into its current page.
	measure, err := certMeasurer()
	if err != nil {
		return err
	}
	defer certMeasurers.Put(measure)
	widths := map[int]bool{}
	for _, c := range certs {
		if err := ctx.Err(); err != nil {
			return err // cancelled: a thousand certificates take seconds
		}
		front, back, err := layoutCertificate(measure, c, sp)
		if err != nil {
			return fmt.Errorf("certificate %s: %w", c.Number, err)
		}
		for _, p := range []certPage{front, back} {
			drawCertPage(pdf, p, opt, widths)
			if err := pdf.Error(); err != nil {
				return fmt.Errorf("certificate %s: %w", c.Number, err)
			}
		}
	}
	if len(certs) == 0 {
		pdf.AddPage() // gofpdf cannot write a document without pages
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

// drawCertPage draws p on a new page, moved by the print offsets; widths
// are the pixel widths of the document's registered images (see
// registerShared).
func drawCertPage(pdf *gofpdf.Fpdf, p certPage, opt CertificateOptions, widths map[int]bool) {
	pdf.AddPage()
	// Inline images (photos) last: nothing overlaps them, and a page's
	// content buffer then grows once to about its size rather than doubling
	// past it, which for a thousand pages held until the end is tens of
	// megabytes.
	for _, inline := range []bool{false, true} {
		for _, e := range p.elems {
			if (e.kind == elemImage && e.img.inline) == inline {
				drawElementPDF(pdf, e, opt.OffsetX, opt.OffsetY, widths)
			}
		}
	}
}

// certMeasurers keep the documents certificates are measured with between
// calls: registering the six fonts takes longer than laying out a
// certificate, and one file per participant would register them a thousand
// times. A measuring document never has a page; text widths do not depend
// on its paper.
var certMeasurers sync.Pool

// certMeasurer is a measuring document with every font a certificate uses;
// put it back in certMeasurers when done.
func certMeasurer() (*gofpdf.Fpdf, error) {
	if m, ok := certMeasurers.Get().(*gofpdf.Fpdf); ok && m.Error() == nil {
		return m, nil
	}
	m := newPDF(A4, Portrait, time.Time{})
	addSerifFonts(m, true)
	return m, m.Error()
}
