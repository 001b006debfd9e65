package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
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
	Lines   []string
	Address string // street, district, postcode: "Jl. Soekarno-Hatta Km. 5, Balikpapan 76125"
	City    string // the place of the place-date line: "Balikpapan, 26 November 2026"
	Phone   string
	Email   string
	// Logo is a PNG or JPEG image printed left of the letterhead; nil for none.
	Logo []byte
	// The head of the centre (Kepala UPTD) who signs documents.
	HeadName  string
	HeadTitle string // "Kepala UPTD Balai Latihan Kerja Industri Balikpapan"
	HeadNIP   string // stored as NormalizeNIP gives it; print it with FormatNIP
}

// Settings keys of the institution: the fields as JSON, the logo as base64
// apart (so that reading the letterhead text does not decode an image).
const (
	settingInstitution     = "institution"
	settingInstitutionLogo = "institution.logo"
)

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
		Address:   "Jl. Soekarno-Hatta, Balikpapan, Kalimantan Timur",
		City:      "Balikpapan",
		HeadTitle: "Kepala UPTD Balai Latihan Kerja Industri Balikpapan",
	}
}

// institutionJSON is the stored form: field names fixed apart from the Go names.
type institutionJSON struct {
	Lines     []string `json:"lines"`
	Address   string   `json:"address,omitempty"`
	City      string   `json:"city,omitempty"`
	Phone     string   `json:"phone,omitempty"`
	Email     string   `json:"email,omitempty"`
	HeadName  string   `json:"head_name,omitempty"`
	HeadTitle string   `json:"head_title,omitempty"`
	HeadNIP   string   `json:"head_nip,omitempty"`
}

// Institution returns the saved institution, or DefaultInstitution when none
// has been saved.
func (s *Store) Institution(ctx context.Context) (Institution, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Institution{}, err
	}
	defer tx.Rollback()
	return institutionTx(ctx, tx)
}

func institutionTx(ctx context.Context, tx *sql.Tx) (Institution, error) {
	raw, ok, err := settingTx(ctx, tx, settingInstitution)
	if err != nil || !ok {
		return DefaultInstitution(), err
	}
	var j institutionJSON
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return Institution{}, fmt.Errorf("read setting %s: %w", settingInstitution, err)
	}
	inst := Institution{Lines: j.Lines, Address: j.Address, City: j.City, Phone: j.Phone, Email: j.Email,
		HeadName: j.HeadName, HeadTitle: j.HeadTitle, HeadNIP: j.HeadNIP}
	if inst.Logo, err = imageSettingTx(ctx, tx, settingInstitutionLogo); err != nil {
		return Institution{}, err
	}
	return inst, nil
}

// SetInstitution saves the institution, the logo included, in one transaction.
// Text is trimmed and empty letterhead lines dropped. It refuses a letterhead
// without lines (Problem "lines", CodeRequired) and a logo that is not a PNG or
// JPEG (ErrLogoFormat); nothing is saved then. A nil Logo removes the logo.
func (s *Store) SetInstitution(ctx context.Context, inst Institution) error {
	j := institutionJSON{
		Address:   CleanText(inst.Address),
		City:      CleanText(inst.City),
		Phone:     CleanText(inst.Phone),
		Email:     strings.TrimSpace(inst.Email),
		HeadName:  CleanText(inst.HeadName),
		HeadTitle: CleanText(inst.HeadTitle),
		HeadNIP:   NormalizeNIP(inst.HeadNIP),
	}
	for _, l := range inst.Lines {
		if l = CleanText(l); l != "" {
			j.Lines = append(j.Lines, l)
		}
	}
	if len(j.Lines) == 0 {
		return &Problem{Field: "lines", Code: CodeRequired}
	}
	if len(inst.Logo) > 0 {
		if err := checkLogo(inst.Logo); err != nil {
			return err
		}
	}
	body, err := json.Marshal(j)
	if err != nil {
		return err
	}
	return s.saveSettingWithImage(ctx, settingInstitution, string(body), settingInstitutionLogo, inst.Logo)
}

// saveSettingWithImage saves a setting and its image (base64, under a key
// of its own; nil removes it) in one transaction.
func (s *Store) saveSettingWithImage(ctx context.Context, key, value, imageKey string, image []byte) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := setSettingTx(ctx, tx, key, value); err != nil {
		return err
	}
	if len(image) > 0 {
		err = setSettingTx(ctx, tx, imageKey, base64.StdEncoding.EncodeToString(image))
	} else {
		_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, imageKey)
	}
	if err != nil {
		return fmt.Errorf("save setting %s: %w", imageKey, err)
	}
	return tx.Commit()
}

// imageSettingTx reads an image saved by saveSettingWithImage; nil when none.
func imageSettingTx(ctx context.Context, tx *sql.Tx, key string) ([]byte, error) {
	v, ok, err := settingTx(ctx, tx, key)
	if err != nil || !ok || v == "" {
		return nil, err
	}
	img, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return nil, fmt.Errorf("read setting %s: %w", key, err)
	}
	return img, nil
}

// checkLogo accepts a PNG or JPEG image of at most MaxLogoBytes.
func checkLogo(logo []byte) error {
	if len(logo) > MaxLogoBytes {
		return ErrLogoFormat
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(logo))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Width < 1 || cfg.Height < 1 {
		return ErrLogoFormat
	}
	return nil
}

func settingTx(ctx context.Context, tx *sql.Tx, key string) (string, bool, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, true, nil
}

func setSettingTx(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
