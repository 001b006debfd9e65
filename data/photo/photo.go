// Package photo prepares the 3×4 portrait kept with a job seeker: decoded,
// turned upright, cropped and scaled, stored as JPEG.
package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // PNG photos from scanners and phones
	"io"

	"golang.org/x/image/draw"
)

// Photo limits: the stored photo is a 3×4 portrait of at most Width ×
// Height pixels, enough for the AK/1 card and a certificate at 300 dpi.
const (
	Width  = 300
	Height = 400

	photoMinWidth  = 60
	photoMinHeight = 80
	photoMaxPixels = 40_000_000
	photoMaxBytes  = 64 << 20 // a 40-megapixel JPEG is far smaller
	photoQuality   = 85
)

// Errors of Prepare; the GUI tells them apart with errors.Is.
var (
	ErrFormat   = errors.New("the photo is not a JPEG or PNG image")
	ErrTooSmall = errors.New("the photo is too small")
	ErrTooLarge = errors.New("the photo is too large")
)

// Prepare reads a JPEG or PNG photo and returns it as Balai stores photos:
// a JPEG portrait in the 3:4 proportion of a pas foto (cropped around the
// centre when the original differs by more than 5%), scaled down to at most
// 300×400 pixels, transparency flattened onto white. A JPEG's EXIF orientation
// (a phone held upright) is applied first.
func Prepare(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, photoMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read photo: %w", err)
	}
	if len(raw) > photoMaxBytes {
		return nil, fmt.Errorf("%w: the file is larger than %d MB", ErrTooLarge, photoMaxBytes>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || (format != "jpeg" && format != "png") {
		return nil, ErrFormat
	}
	if int64(cfg.Width)*int64(cfg.Height) > photoMaxPixels {
		return nil, fmt.Errorf("%w: %d×%d pixels, at most %d megapixels", ErrTooLarge, cfg.Width, cfg.Height, photoMaxPixels/1_000_000)
	}
	orient := 1
	if format == "jpeg" {
		orient = jpegOrientation(raw)
	}
	w, h := cfg.Width, cfg.Height
	if orient >= 5 { // turned by a quarter: width and height swap
		w, h = h, w
	}
	if w < photoMinWidth || h < photoMinHeight {
		return nil, fmt.Errorf("%w: %d×%d pixels, at least %d×%d needed", ErrTooSmall, w, h, photoMinWidth, photoMinHeight)
	}
	src, _, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}

	// Crop and scale in the stored orientation, then turn the small result:
	// turning a 12-megapixel original pixel by pixel would take seconds.
	// A centred crop is the same whichever way the picture is turned.
	crop := portraitCrop(image.Rect(0, 0, w, h))
	cw, ch := crop.Dx(), crop.Dy()
	dw, dh := cw, ch
	if dw > Width || dh > Height {
		scale := min(float64(Width)/float64(dw), float64(Height)/float64(dh))
		dw = max(1, int(float64(dw)*scale+0.5))
		dh = max(1, int(float64(dh)*scale+0.5))
	}
	if orient >= 5 {
		cw, ch, dw, dh = ch, cw, dh, dw
	}
	sb := src.Bounds()
	x0 := sb.Min.X + (sb.Dx()-cw)/2
	y0 := sb.Min.Y + (sb.Dy()-ch)/2
	srcCrop := image.Rect(x0, y0, x0+cw, y0+ch)

	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	if dw == cw && dh == ch {
		draw.Draw(dst, dst.Bounds(), src, srcCrop.Min, draw.Over)
	} else {
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, srcCrop, draw.Over, nil)
	}
	out := orientImage(dst, orient)

	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, out, &jpeg.Options{Quality: photoQuality}); err != nil {
		return nil, fmt.Errorf("encode photo: %w", err)
	}
	return buf.Bytes(), nil
}

// portraitCrop is the largest centred 3:4 part of r, or r itself when its
// proportion is within 5% of 3:4.
func portraitCrop(r image.Rectangle) image.Rectangle {
	w, h := r.Dx(), r.Dy()
	aspect := float64(w) / float64(h)
	const want = 3.0 / 4.0
	if aspect >= want*0.95 && aspect <= want*1.05 {
		return r
	}
	cw, ch := w, h
	if aspect > want { // too wide: keep the height
		cw = h * 3 / 4
	} else { // too tall: keep the width
		ch = w * 4 / 3
	}
	x := r.Min.X + (w-cw)/2
	y := r.Min.Y + (h-ch)/2
	return image.Rect(x, y, x+cw, y+ch)
}

// jpegOrientation reads the EXIF orientation (1–8) of a JPEG; 1 when absent.
func jpegOrientation(b []byte) int {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return 1
	}
	i := 2
	for i+4 <= len(b) {
		if b[i] != 0xFF {
			return 1
		}
		marker := b[i+1]
		if marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 || marker == 0xFF {
			i++ // no length (or padding): next byte
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // image data begins: no EXIF before it
			return 1
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return 1
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && len(seg) > 6 && string(seg[:6]) == "Exif\x00\x00" {
			return exifOrientation(seg[6:])
		}
		i += 2 + n
	}
	return 1
}

// exifOrientation reads tag 0x0112 of IFD0 in a TIFF-structured EXIF block.
func exifOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	off := int(bo.Uint32(t[4:]))
	if off < 8 || off+2 > len(t) {
		return 1
	}
	count := int(bo.Uint16(t[off:]))
	for k := range count {
		e := off + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			v := int(bo.Uint16(t[e+8:]))
			if v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// orientImage turns src the way EXIF orientation o says the camera was held.
func orientImage(src *image.RGBA, o int) *image.RGBA {
	if o <= 1 || o > 8 {
		return src
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := range h {
		for x := range w {
			var dx, dy int
			switch o {
			case 2: // mirrored
				dx, dy = w-1-x, y
			case 3: // upside down
				dx, dy = w-1-x, h-1-y
			case 4: // mirrored upside down
				dx, dy = x, h-1-y
			case 5: // mirrored and turned
				dx, dy = y, x
			case 6: // turned clockwise
				dx, dy = h-1-y, x
			case 7: // mirrored and turned the other way
				dx, dy = h-1-y, w-1-x
			case 8: // turned anticlockwise
				dx, dy = y, w-1-x
			}
			dst.SetRGBA(dx, dy, src.RGBAAt(b.Min.X+x, b.Min.Y+y))
		}
	}
	return dst
}
