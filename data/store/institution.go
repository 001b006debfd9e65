package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"balai/data"
)

// Settings keys of the institution: the fields as JSON, the logo as base64
// apart (so that reading the letterhead text does not decode an image).
const (
	settingInstitution      = "institution"
	settingInstitutionLogo  = "institution.logo"
	settingInstitutionLogo2 = "institution.logo2"
)

// institutionJSON is the stored form: field names fixed apart from the Go names.
type institutionJSON struct {
	Lines     []string `json:"lines"`
	Name      string   `json:"name,omitempty"`
	Address   string   `json:"address,omitempty"`
	City      string   `json:"city,omitempty"`
	Phone     string   `json:"phone,omitempty"`
	Email     string   `json:"email,omitempty"`
	HeadName  string   `json:"head_name,omitempty"`
	HeadTitle string   `json:"head_title,omitempty"`
	HeadNIP   string   `json:"head_nip,omitempty"`
	HeadRank  string   `json:"head_rank,omitempty"`
}

// Institution returns the saved institution, or DefaultInstitution when none
// has been saved.
func (s *Store) Institution(ctx context.Context) (data.Institution, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.Institution{}, err
	}
	defer tx.Rollback()
	return institution(ctx, tx)
}

// InstitutionSaved reports whether an institution has been saved (else
// Institution gives the default one).
func (s *Store) InstitutionSaved(ctx context.Context) (bool, error) {
	return s.settingSaved(ctx, settingInstitution)
}

// CertificateSettingsSaved reports whether certificate settings have been
// saved (else CertificateSettings gives the default ones).
func (s *Store) CertificateSettingsSaved(ctx context.Context) (bool, error) {
	return s.settingSaved(ctx, settingCertificate)
}

// settingSaved reports whether a setting is stored under key.
func (s *Store) settingSaved(ctx context.Context, key string) (bool, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	_, ok, err := readSetting(ctx, tx, key)
	return ok, err
}

func institution(ctx context.Context, tx *Tx) (data.Institution, error) {
	raw, ok, err := readSetting(ctx, tx, settingInstitution)
	if err != nil || !ok {
		return data.DefaultInstitution(), err
	}
	var j institutionJSON
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return data.Institution{}, fmt.Errorf("read setting %s: %w", settingInstitution, err)
	}
	inst := data.Institution{Lines: j.Lines, Name: j.Name, Address: j.Address, City: j.City, Phone: j.Phone, Email: j.Email,
		HeadName: j.HeadName, HeadTitle: j.HeadTitle, HeadNIP: j.HeadNIP, HeadRank: j.HeadRank}
	if inst.Logo, err = readImageSetting(ctx, tx, settingInstitutionLogo); err != nil {
		return data.Institution{}, err
	}
	if inst.Logo2, err = readImageSetting(ctx, tx, settingInstitutionLogo2); err != nil {
		return data.Institution{}, err
	}
	return inst, nil
}

// SetInstitution saves the institution, the logos included, in one
// transaction. Text is trimmed and empty letterhead lines dropped. It refuses
// a letterhead without lines (Problem "lines", CodeRequired) and a logo that
// is not a PNG or JPEG (ErrLogoFormat); nothing is saved then. A nil Logo or
// Logo2 removes that logo.
func (s *Store) SetInstitution(ctx context.Context, inst data.Institution) error {
	j := institutionJSON{
		Name:      data.CleanText(inst.Name),
		Address:   data.CleanText(inst.Address),
		City:      data.CleanText(inst.City),
		Phone:     data.CleanText(inst.Phone),
		Email:     strings.TrimSpace(inst.Email),
		HeadName:  data.CleanText(inst.HeadName),
		HeadTitle: data.CleanText(inst.HeadTitle),
		HeadNIP:   data.NormalizeNIP(inst.HeadNIP),
		HeadRank:  data.NormalizeRank(inst.HeadRank),
	}
	for _, l := range inst.Lines {
		if l = data.CleanText(l); l != "" {
			j.Lines = append(j.Lines, l)
		}
	}
	if len(j.Lines) == 0 {
		return &data.Problem{Field: "lines", Code: data.CodeRequired}
	}
	for _, logo := range [][]byte{inst.Logo, inst.Logo2} {
		if len(logo) > 0 {
			if err := data.CheckLogo(logo); err != nil {
				return err
			}
		}
	}
	body, err := json.Marshal(j)
	if err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := writeSetting(ctx, tx, settingInstitution, string(body)); err != nil {
		return err
	}
	if err := writeImageSetting(ctx, tx, settingInstitutionLogo, inst.Logo); err != nil {
		return err
	}
	if err := writeImageSetting(ctx, tx, settingInstitutionLogo2, inst.Logo2); err != nil {
		return err
	}
	return tx.Commit()
}
