package reports

import (
	"bytes"
	"encoding/ascii85"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // logos are PNG or JPEG; a GIF costs nothing to accept
	"image/jpeg"
	"image/png"
	"math"
	"strings"

	"github.com/jung-kurt/gofpdf"
	xdraw "golang.org/x/image/draw"
)

// registerImage makes img (PNG, JPEG or GIF) available to pdf.ImageOptions
// under name and returns its size information. A JPEG in RGB or grey of at
// most maxPx on either side is embedded as it is; any other image is decoded,
// scaled down to maxPx when larger, and embedded as an 8-bit PNG (gofpdf cannot
// read 16-bit or interlaced PNG).
func registerImage(pdf *gofpdf.Fpdf, name string, img []byte, maxPx int) (*gofpdf.ImageInfoType, error) {
	if info := pdf.GetImageInfo(name); info != nil {
		return info, nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, errors.New("the image is empty")
	}
	typ := "jpg"
	plainJPEG := format == "jpeg" && (cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel)
	if !plainJPEG || max(cfg.Width, cfg.Height) > maxPx {
		src, _, err := image.Decode(bytes.NewReader(img))
		if err != nil {
			return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
		}
		b := src.Bounds()
		w, h := b.Dx(), b.Dy()
		if m := max(w, h); m > maxPx {
			w, h = max(1, w*maxPx/m), max(1, h*maxPx/m)
		}
		dst := image.NewNRGBA(image.Rect(0, 0, w, h))
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, b, xdraw.Src, nil)
		var buf bytes.Buffer
		if err := png.Encode(&buf, dst); err != nil {
			return nil, err
		}
		img, typ = buf.Bytes(), "png"
	}
	info := pdf.RegisterImageOptionsReader(name, gofpdf.ImageOptions{ImageType: typ}, bytes.NewReader(img))
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	return info, nil
}

// Why photos are inline and shared images are kept to distinct widths:
// gofpdf writes its images ordered by pixel width only, and images of equal
// width in the order of a Go map, which changes from run to run. Stored
// photos are all 300 × 400, so as registered images the same certificates
// would give different bytes each time. A photo is printed once, so it goes
// into its page's content as an inline image instead; the few shared images
// (logo, signature) are registered, one made a pixel narrower when its width
// is taken.

// registerShared registers img once under its name, at a pixel width not
// in taken (the widths of the document's registered images), and adds it.
func registerShared(pdf *gofpdf.Fpdf, img *pageImage, taken map[int]bool) error {
	if pdf.GetImageInfo(img.name) != nil {
		return nil
	}
	w := img.w
	if m := max(img.w, img.h); m > img.maxPx {
		w = max(1, img.w*img.maxPx/m)
	}
	if !taken[w] {
		if _, err := registerImage(pdf, img.name, img.bytes, img.maxPx); err != nil {
			return err
		}
		taken[w] = true
		return nil
	}
	for taken[w] && w > 1 {
		w--
	}
	src, _, err := image.Decode(bytes.NewReader(img.bytes))
	if err != nil {
		return fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	h := max(1, int(math.Round(float64(w)*float64(img.h)/float64(img.w))))
	dst := image.NewNRGBA(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), xdraw.Src, nil)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return err
	}
	pdf.RegisterImageOptionsReader(img.name, gofpdf.ImageOptions{ImageType: "png"}, &buf)
	taken[w] = true
	return pdf.Error()
}

// inlineImage writes img into the current page's content at x, y, w, h as
// a JPEG inline image, ASCII85-wrapped so that no byte of it can be taken for
// the end of the image (the page's content is compressed anyway). A JPEG in
// RGB or grey no larger than img.maxPx goes in as it is; any other image is
// scaled down, flattened onto white and encoded as JPEG.
func inlineImage(pdf *gofpdf.Fpdf, img *pageImage, x, y, w, h float64) error {
	jpg, pw, ph, gray, err := inlineJPEG(img)
	if err != nil {
		return err
	}
	cs := "/RGB"
	if gray {
		cs = "/G"
	}
	enc := make([]byte, ascii85.MaxEncodedLen(len(jpg)))
	enc = enc[:ascii85.Encode(enc, jpg)]
	k := pdf.GetConversionRatio()
	_, pageH := pdf.GetPageSize()
	var b strings.Builder
	b.Grow(len(enc) + 200)
	fmt.Fprintf(&b, "q %.2f 0 0 %.2f %.2f %.2f cm\nBI /W %d /H %d /CS %s /BPC 8 /F [/A85 /DCT] ID\n",
		w*k, h*k, x*k, (pageH-y-h)*k, pw, ph, cs)
	// Lines of 80 characters: whitespace inside ASCII85 is ignored.
	for len(enc) > 80 {
		b.Write(enc[:80])
		b.WriteByte('\n')
		enc = enc[80:]
	}
	b.Write(enc)
	b.WriteString("~>\nEI Q")
	pdf.RawWriteStr(b.String())
	return nil
}

func inlineJPEG(img *pageImage) (jpg []byte, w, h int, gray bool, err error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img.bytes))
	if err != nil {
		return nil, 0, 0, false, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if format == "jpeg" && max(cfg.Width, cfg.Height) <= img.maxPx {
		switch cfg.ColorModel {
		case color.YCbCrModel:
			return img.bytes, cfg.Width, cfg.Height, false, nil
		case color.GrayModel:
			return img.bytes, cfg.Width, cfg.Height, true, nil
		}
	}
	src, _, err := image.Decode(bytes.NewReader(img.bytes))
	if err != nil {
		return nil, 0, 0, false, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	b := src.Bounds()
	w, h = b.Dx(), b.Dy()
	if m := max(w, h); m > img.maxPx {
		w, h = max(1, w*img.maxPx/m), max(1, h*img.maxPx/m)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, b, xdraw.Over, nil)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: 90}); err != nil {
		return nil, 0, 0, false, err
	}
	return buf.Bytes(), w, h, false, nil
}
