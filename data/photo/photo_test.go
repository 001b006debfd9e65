package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// photoPNG is a w×h PNG; with alpha its left half is fully transparent.
func photoPNG(t *testing.T, w, h int, alpha bool) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{R: 200, G: 40, B: 40, A: 255}
			if alpha && x < w/2 {
				c.A = 0
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// photoJPEG is a w×h JPEG: the top quarter red, the rest blue.
func photoJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{B: 220, A: 255}
			if y < h/4 {
				c = color.RGBA{R: 220, A: 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withOrientation inserts an EXIF APP1 segment with the given orientation
// after the JPEG's SOI marker, as a phone camera writes it.
func withOrientation(jpg []byte, o uint16) []byte {
	tiff := []byte("MM\x00\x2a\x00\x00\x00\x08") // big endian, IFD0 at 8
	ifd := make([]byte, 2+12+4)
	binary.BigEndian.PutUint16(ifd[0:], 1)      // one entry
	binary.BigEndian.PutUint16(ifd[2:], 0x0112) // Orientation
	binary.BigEndian.PutUint16(ifd[4:], 3)      // SHORT
	binary.BigEndian.PutUint32(ifd[6:], 1)      // count
	binary.BigEndian.PutUint16(ifd[10:], o)
	payload := append([]byte("Exif\x00\x00"), append(tiff, ifd...)...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	seg = append(seg, payload...)
	out := append([]byte{}, jpg[:2]...)
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

// pngHeaderOnly is the start of a PNG that claims to be w×h: enough for
// DecodeConfig, so a huge image needs no huge test data.
func pngHeaderOnly(w, h uint32) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	chunk := binary.BigEndian.AppendUint32(nil, 13)
	chunk = append(chunk, "IHDR"...)
	chunk = append(chunk, ihdr...)
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
	return append([]byte("\x89PNG\r\n\x1a\n"), chunk...)
}

func TestPreparePhoto(t *testing.T) {
	tests := []struct {
		name         string
		in           func(t *testing.T) []byte
		wantW, wantH int
		wantErr      error
		check        func(t *testing.T, img image.Image)
	}{
		{
			name: "PNG with alpha is cropped to 3:4 and flattened onto white",
			in:   func(t *testing.T) []byte { return photoPNG(t, 240, 240, true) },
			// 240×240 is square: the centre 180×240 is kept, not scaled up.
			wantW: 180, wantH: 240,
			check: func(t *testing.T, img image.Image) {
				r, g, b, _ := img.At(5, 120).RGBA() // was transparent
				if r>>8 < 245 || g>>8 < 245 || b>>8 < 245 {
					t.Errorf("transparent part is %d,%d,%d, want white", r>>8, g>>8, b>>8)
				}
				r, g, b, _ = img.At(175, 120).RGBA() // was opaque red
				if r>>8 < 150 || g>>8 > 100 || b>>8 > 100 {
					t.Errorf("opaque part is %d,%d,%d, want red", r>>8, g>>8, b>>8)
				}
			},
		},
		{
			name:  "large landscape JPEG is cropped and scaled down to 300×400",
			in:    func(t *testing.T) []byte { return photoJPEG(t, 2000, 1500) },
			wantW: 300, wantH: 400,
		},
		{
			name:  "tall narrow PNG is cropped to 3:4",
			in:    func(t *testing.T) []byte { return photoPNG(t, 120, 300, false) },
			wantW: 120, wantH: 160,
		},
		{
			name: "nearly 3:4 is scaled, not cropped",
			in:   func(t *testing.T) []byte { return photoJPEG(t, 620, 800) },
			// 0.775 is within 5% of 0.75: scaled by 300/620 only.
			wantW: 300, wantH: 387,
		},
		{
			name:  "small 3:4 photo keeps its size",
			in:    func(t *testing.T) []byte { return photoJPEG(t, 90, 120) },
			wantW: 90, wantH: 120,
		},
		{
			name: "EXIF orientation 6: a phone held upright",
			// Stored landscape 800×600 (top quarter red), to be turned clockwise:
			// then the red band is on the right.
			in:    func(t *testing.T) []byte { return withOrientation(photoJPEG(t, 800, 600), 6) },
			wantW: 300, wantH: 400,
			check: func(t *testing.T, img image.Image) {
				r, _, b, _ := img.At(290, 200).RGBA()
				if r>>8 < 150 || b>>8 > 100 {
					t.Errorf("right edge is r=%d b=%d, want red (turned clockwise)", r>>8, b>>8)
				}
				r, _, b, _ = img.At(10, 200).RGBA()
				if b>>8 < 150 || r>>8 > 100 {
					t.Errorf("left edge is r=%d b=%d, want blue", r>>8, b>>8)
				}
			},
		},
		{
			name:    "tiny image",
			in:      func(t *testing.T) []byte { return photoPNG(t, 40, 50, false) },
			wantErr: ErrTooSmall,
		},
		{
			name:    "wide but too low",
			in:      func(t *testing.T) []byte { return photoJPEG(t, 400, 70) },
			wantErr: ErrTooSmall,
		},
		{
			name:    "more than 40 megapixels",
			in:      func(*testing.T) []byte { return pngHeaderOnly(8000, 6000) },
			wantErr: ErrTooLarge,
		},
		{
			name:    "not an image",
			in:      func(*testing.T) []byte { return []byte("NIK;Nama\n6471054612795626;Siti\n") },
			wantErr: ErrFormat,
		},
		{
			name:    "GIF is refused",
			in:      func(*testing.T) []byte { return []byte("GIF89a\x10\x00\x10\x00\x00\x00\x00;") },
			wantErr: ErrFormat,
		},
		{
			name:    "empty file",
			in:      func(*testing.T) []byte { return nil },
			wantErr: ErrFormat,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Prepare(bytes.NewReader(tt.in(t)))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if msg := err.Error(); msg == "" || msg[0] < 'a' || msg[0] > 'z' {
					t.Errorf("message %q should start in lower case", msg)
				}
				return
			}
			if err != nil {
				t.Fatalf("Prepare: %v", err)
			}
			img, format, err := image.Decode(bytes.NewReader(out))
			if err != nil || format != "jpeg" {
				t.Fatalf("output does not decode as JPEG: format %q, %v", format, err)
			}
			b := img.Bounds()
			if b.Dx() != tt.wantW || b.Dy() != tt.wantH {
				t.Errorf("size %d×%d, want %d×%d", b.Dx(), b.Dy(), tt.wantW, tt.wantH)
			}
			if aspect := float64(b.Dx()) / float64(b.Dy()); aspect < 0.75*0.95 || aspect > 0.75*1.05 {
				t.Errorf("aspect %.3f is not 3:4", aspect)
			}
			if tt.check != nil {
				tt.check(t, img)
			}
		})
	}
}

func TestPreparePhotoKeepsNothingOverSize(t *testing.T) {
	// Whatever the input size, the output never exceeds 300×400.
	for _, size := range [][2]int{{301, 401}, {1000, 1000}, {3000, 400}, {60, 80}} {
		out, err := Prepare(bytes.NewReader(photoJPEG(t, size[0], size[1])))
		if err != nil {
			t.Fatalf("%v: %v", size, err)
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Width > Width || cfg.Height > Height || cfg.Width < 60 || cfg.Height < 80 {
			t.Errorf("%v gave %d×%d", size, cfg.Width, cfg.Height)
		}
	}
}
