package reports

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // photos and signatures are often JPEG
	"math"
	"strings"
	"sync"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"balai/data"
)

// The app has no PDF renderer: it shows certificates by drawing the same
// laid-out pages the PDF is made of onto an image.

// openFonts are the embedded fonts parsed for rasterizing, by style.
var openFonts = sync.OnceValues(func() (map[string]*opentype.Font, error) {
	files, err := loadFonts()
	if err != nil {
		return nil, err
	}
	out := map[string]*opentype.Font{}
	for style, b := range map[string][]byte{"": files.regular, "B": files.bold, "I": files.italic,
		"SB": files.serifBold, "SI": files.serifItalic} {
		f, err := opentype.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("embedded font %q: %w", style, err)
		}
		out[style] = f
	}
	return out, nil
})

// RenderCertificatePreview draws the front of c (the back when back is set)
// as printed with opt, at dpi pixels per inch, on a white page.
func RenderCertificatePreview(c data.Certificate, opt CertificateOptions, back bool, dpi float64) (image.Image, error) {
	if dpi <= 0 || dpi > 1200 {
		return nil, fmt.Errorf("preview resolution %g dpi out of range", dpi)
	}
	sp := opt.spec()
	// gofpdf measures the text, as for the PDF.
	pdf, err := certMeasurer()
	if err != nil {
		return nil, err
	}
	defer certMeasurers.Put(pdf)
	front, backPage, err := layoutCertificate(pdf, c, sp)
	if err != nil {
		return nil, fmt.Errorf("certificate %s: %w", c.Number, err)
	}
	page := front
	if back {
		page = backPage
	}
	fonts, err := openFonts()
	if err != nil {
		return nil, err
	}
	r := &rasterizer{
		scale: dpi / 25.4,
		dpi:   dpi,
		fonts: fonts,
		faces: map[faceKey]font.Face{},
		imgs:  map[string]image.Image{},
		dx:    opt.OffsetX,
		dy:    opt.OffsetY,
	}
	w, h := int(math.Round(page.width*r.scale)), int(math.Round(page.height*r.scale))
	r.dst = image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(r.dst, r.dst.Bounds(), image.White, image.Point{}, draw.Src)
	for _, e := range page.elems {
		if err := r.draw(e); err != nil {
			return nil, err
		}
	}
	for _, f := range r.faces {
		_ = f.Close()
	}
	return r.dst, nil
}

type faceKey struct {
	style string
	size  float64
}

type rasterizer struct {
	dst    *image.RGBA
	scale  float64 // pixels per mm
	dpi    float64
	dx, dy float64 // the print offsets, mm
	fonts  map[string]*opentype.Font
	faces  map[faceKey]font.Face
	imgs   map[string]image.Image
}

func rgb(c [3]int) color.RGBA { return color.RGBA{uint8(c[0]), uint8(c[1]), uint8(c[2]), 255} }

// px is a length in mm as a pixel coordinate.
func (r *rasterizer) px(mm float64) int { return int(math.Round(mm * r.scale)) }

// fillRect fills the pixels of x, y, w, h (mm, offsets applied), at least
// one pixel either way.
func (r *rasterizer) fillRect(x, y, w, h float64, c [3]int) {
	x0, y0 := r.px(x+r.dx), r.px(y+r.dy)
	x1, y1 := r.px(x+r.dx+w), r.px(y+r.dy+h)
	if x1 <= x0 {
		x1 = x0 + 1
	}
	if y1 <= y0 {
		y1 = y0 + 1
	}
	draw.Draw(r.dst, image.Rect(x0, y0, x1, y1), image.NewUniform(rgb(c)), image.Point{}, draw.Src)
}

// line draws a horizontal or vertical line of width lw centred on it, at
// least a pixel wide as viewers draw hairlines.
func (r *rasterizer) line(x, y, w, h, lw float64, c [3]int) {
	lw = max(lw, 1/r.scale)
	switch {
	case h == 0:
		r.fillRect(min(x, x+w), y-lw/2, math.Abs(w), lw, c)
	case w == 0:
		r.fillRect(x-lw/2, min(y, y+h), lw, math.Abs(h), c)
	default:
		// Slanted lines are not laid out; approximate with dots.
		n := int(math.Hypot(w, h)*r.scale) + 1
		for i := 0; i <= n; i++ {
			t := float64(i) / float64(n)
			r.fillRect(x+t*w-lw/2, y+t*h-lw/2, lw, lw, c)
		}
	}
}

func (r *rasterizer) face(style string, size float64) (font.Face, error) {
	family, style := fontOf(style)
	style = strings.ReplaceAll(style, "U", "")
	if family == serifFamily {
		style = "S" + style
	}
	k := faceKey{style, size}
	if f, ok := r.faces[k]; ok {
		return f, nil
	}
	f, err := opentype.NewFace(r.fonts[style], &opentype.FaceOptions{Size: size, DPI: r.dpi, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("font face: %w", err)
	}
	r.faces[k] = f
	return f, nil
}

func (r *rasterizer) draw(e element) error {
	switch e.kind {
	case elemText:
		f, err := r.face(e.style, e.size)
		if err != nil {
			return err
		}
		d := font.Drawer{
			Dst:  r.dst,
			Src:  image.NewUniform(rgb(e.color)),
			Face: f,
			Dot:  fixed.Point26_6{X: fixed.Int26_6((e.x + r.dx) * r.scale * 64), Y: fixed.Int26_6((e.y + r.dy) * r.scale * 64)},
		}
		// Rune by rune: DrawString would kern pairs, which gofpdf does
		// not, and the preview would be narrower than the print.
		for _, c := range e.text {
			d.DrawString(string(c))
		}
	case elemFill:
		r.fillRect(e.x, e.y, e.w, e.h, e.color)
	case elemRects:
		for _, rc := range e.rects {
			r.fillRect(rc[0], rc[1], rc[2], rc[3], e.color)
		}
	case elemStroke:
		r.line(e.x, e.y, e.w, 0, e.lineW, e.color)
		r.line(e.x, e.y+e.h, e.w, 0, e.lineW, e.color)
		r.line(e.x, e.y, 0, e.h, e.lineW, e.color)
		r.line(e.x+e.w, e.y, 0, e.h, e.lineW, e.color)
	case elemLine:
		r.line(e.x, e.y, e.w, e.h, e.lineW, e.color)
	case elemImage:
		src, ok := r.imgs[e.img.name]
		if !ok {
			var err error
			src, _, err = image.Decode(bytes.NewReader(e.img.bytes))
			if err != nil {
				return fmt.Errorf("%s: not a PNG or JPEG image: %w", e.img.name, err)
			}
			r.imgs[e.img.name] = src
		}
		rect := image.Rect(r.px(e.x+r.dx), r.px(e.y+r.dy), r.px(e.x+r.dx+e.w), r.px(e.y+r.dy+e.h))
		xdraw.CatmullRom.Scale(r.dst, rect, src, src.Bounds(), xdraw.Over, nil)
	}
	return nil
}
