package demo

import (
	"balai/data"
	"balai/data/store"

	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
)

// AddCertificateSetup readies the demo's finished class for its
// certificates: a head of the centre who signs, with rank (when no
// letterhead has been saved), a logo, the funding line (when no certificate
// settings have been saved), and a passport-style photo for each
// participant of the class who has none. Issuing is left to the user. It does nothing to a
// class that is not there.
func AddCertificateSetup(ctx context.Context, st *store.Store, classCode string) error {
	c, err := st.ClassByCode(ctx, classCode)
	if errors.Is(err, data.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if saved, err := st.InstitutionSaved(ctx); err != nil {
		return err
	} else if !saved {
		inst := data.DefaultInstitution()
		inst.Address = "Jl. Soekarno-Hatta Km. 5, Karang Joang, Balikpapan Utara, Balikpapan 76127"
		inst.Phone = "(0542) 860123"
		inst.HeadName = "Drs. H. Mochamad Ridwan, M.M."
		inst.HeadNIP = "196805121994031006" // not an instructor's: the head signs once
		inst.HeadRank = "IV/a"
		inst.Logo = Logo()
		if err := st.SetInstitution(ctx, inst); err != nil {
			return fmt.Errorf("demo letterhead: %w", err)
		}
	}
	// The certificates name who organised and paid for the training.
	if saved, err := st.CertificateSettingsSaved(ctx); err != nil {
		return err
	} else if !saved {
		cs := data.DefaultCertificateSettings()
		cs.FundingLine = true
		if err := st.SetCertificateSettings(ctx, cs); err != nil {
			return fmt.Errorf("demo certificate settings: %w", err)
		}
	}
	parts, err := st.Participants(ctx, c.ID)
	if err != nil {
		return err
	}
	for i, p := range parts {
		sk, err := st.Seeker(ctx, p.SeekerID)
		if err != nil {
			return err
		}
		if sk.HasPhoto {
			continue
		}
		if err := st.SetSeekerPhoto(ctx, p.SeekerID, Photo(i, sk.Sex)); err != nil {
			return fmt.Errorf("demo photo: %w", err)
		}
	}
	return nil
}

// Photo draws a 3×4 portrait placeholder: a head and shoulders on the
// red or blue background of Indonesian pass photos.
func Photo(i int, sex string) []byte {
	const w, h = 240, 320
	bg := color.RGBA{196, 30, 40, 255}
	if i%2 == 1 {
		bg = color.RGBA{30, 90, 180, 255}
	}
	shirt := color.RGBA{245, 245, 245, 255}
	skins := []color.RGBA{{224, 172, 128, 255}, {198, 144, 102, 255}, {160, 110, 75, 255}}
	skin := skins[i%len(skins)]
	hair := color.RGBA{30, 25, 22, 255}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	inEllipse := func(x, y, cx, cy, rx, ry int) bool {
		dx, dy := float64(x-cx)/float64(rx), float64(y-cy)/float64(ry)
		return dx*dx+dy*dy <= 1
	}
	for y := range h {
		for x := range w {
			c := bg
			switch {
			case y > 250 && inEllipse(x, y, w/2, h+40, 130, 110):
				c = shirt
			case y > 205 && y <= 262 && x > w/2-22 && x < w/2+22:
				c = skin // neck
			case inEllipse(x, y, w/2, 118, 62, 78) && y < 92:
				c = hair
			case inEllipse(x, y, w/2, 130, 56, 74):
				c = skin
			case sex == data.SexFemale && inEllipse(x, y, w/2, 150, 78, 110) && y < 250:
				c = hair // a hijab-like outline
			}
			img.SetRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80})
	return buf.Bytes()
}

// Logo is a simple round emblem: a gear-toothed ring around a star.
func Logo() []byte {
	const n = 200
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	blue := color.NRGBA{20, 70, 150, 255}
	gold := color.NRGBA{230, 180, 30, 255}
	for y := range n {
		for x := range n {
			dx, dy := float64(x-n/2), float64(y-n/2)
			r2 := dx*dx + dy*dy
			switch {
			case r2 <= 95*95 && r2 >= 75*75:
				img.SetNRGBA(x, y, blue)
			case r2 < 75*75 && r2 >= 68*68:
				img.SetNRGBA(x, y, gold)
			case r2 < 68*68 && (abs(int(dx))+abs(int(dy)) < 42):
				img.SetNRGBA(x, y, gold)
			case r2 < 68*68:
				img.SetNRGBA(x, y, color.NRGBA{255, 255, 255, 255})
			}
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
