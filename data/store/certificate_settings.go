package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"balai/data"
)

// Settings keys of certificates.
const (
	settingCertificate          = "certificate"
	settingCertificateSignature = "certificate.signature"
	settingCertificateSecret    = "certificate.secret"
)

// certificateSettingsJSON is the stored form of CertificateSettings without the image.
type certificateSettingsJSON struct {
	Pattern       string  `json:"pattern"`
	NextSeq       int     `json:"next_seq"`
	Paper         string  `json:"paper"`
	OffsetX       float64 `json:"offset_x"`
	OffsetY       float64 `json:"offset_y"`
	Design        string  `json:"design,omitempty"`
	Bilingual     bool    `json:"bilingual,omitempty"`
	Colour        string  `json:"colour,omitempty"`
	BackSign      string  `json:"back_sign,omitempty"`
	VerifyAddress string  `json:"verify_address,omitempty"`
	FundingLine   bool    `json:"funding_line,omitempty"`
	Province      string  `json:"province,omitempty"`
	Regency       string  `json:"regency,omitempty"`
}

func settingsToJSON(cs data.CertificateSettings) certificateSettingsJSON {
	return certificateSettingsJSON{Pattern: cs.Pattern, NextSeq: cs.NextSeq, Paper: cs.Paper,
		OffsetX: cs.OffsetX, OffsetY: cs.OffsetY, Design: cs.Design, Bilingual: cs.Bilingual, Colour: cs.Colour,
		BackSign: cs.BackSign, VerifyAddress: cs.VerifyAddress, FundingLine: cs.FundingLine,
		Province: cs.Province, Regency: cs.Regency}
}

// settingsFromJSON are the settings stored; what was saved before a setting
// existed keeps its default.
func settingsFromJSON(j certificateSettingsJSON) data.CertificateSettings {
	def := data.DefaultCertificateSettings()
	cs := data.CertificateSettings{Pattern: j.Pattern, NextSeq: j.NextSeq, Paper: j.Paper,
		OffsetX: j.OffsetX, OffsetY: j.OffsetY, Design: j.Design, Bilingual: j.Bilingual, Colour: j.Colour,
		BackSign: j.BackSign, VerifyAddress: j.VerifyAddress, FundingLine: j.FundingLine,
		Province: j.Province, Regency: j.Regency}
	if cs.Design == "" {
		cs.Design = def.Design
	}
	if cs.Colour == "" {
		cs.Colour = def.Colour
	}
	if cs.BackSign == "" {
		cs.BackSign = def.BackSign
	}
	return cs
}

// CertificateSettings returns the saved certificate settings.
func (s *Store) CertificateSettings(ctx context.Context) (data.CertificateSettings, error) {
	tx, err := s.beginRead(ctx)
	if err != nil {
		return data.CertificateSettings{}, err
	}
	defer tx.Rollback()
	return certificateSettings(ctx, tx)
}

func certificateSettings(ctx context.Context, tx *Tx) (data.CertificateSettings, error) {
	cs := data.DefaultCertificateSettings()
	raw, ok, err := readSetting(ctx, tx, settingCertificate)
	if err != nil {
		return cs, err
	}
	if ok {
		var j certificateSettingsJSON
		if err := json.Unmarshal([]byte(raw), &j); err != nil {
			return cs, fmt.Errorf("read setting %s: %w", settingCertificate, err)
		}
		cs = settingsFromJSON(j)
	}
	cs.Signature, err = readImageSetting(ctx, tx, settingCertificateSignature)
	return cs, err
}

// writeCertificateSettings saves the settings without the signature image.
func writeCertificateSettings(ctx context.Context, tx *Tx, cs data.CertificateSettings) error {
	body, err := json.Marshal(settingsToJSON(cs))
	if err != nil {
		return err
	}
	return writeSetting(ctx, tx, settingCertificate, string(body))
}

// SetCertificateSettings saves the settings, the signature image included,
// in one transaction; every problem is returned as a Problems error and then
// nothing is saved. A nil Signature removes the signature image.
func (s *Store) SetCertificateSettings(ctx context.Context, cs data.CertificateSettings) error {
	cs.Pattern = strings.TrimSpace(cs.Pattern)
	if ps := data.ValidateCertificateSettings(cs); len(ps) > 0 {
		return problemsError(ps)
	}
	if len(cs.Signature) > 0 && data.CheckLogo(cs.Signature) != nil {
		return data.ErrSignatureFormat
	}
	cs.Paper = strings.ToUpper(strings.TrimSpace(cs.Paper))
	def := data.DefaultCertificateSettings()
	if cs.Design == "" {
		cs.Design = def.Design
	}
	if cs.BackSign == "" {
		cs.BackSign = def.BackSign
	}
	if c, ok := data.ParseColour(cs.Colour); ok {
		cs.Colour = fmt.Sprintf("#%02X%02X%02X", c[0], c[1], c[2])
	} else {
		cs.Colour = def.Colour
	}
	cs.VerifyAddress = strings.TrimSpace(cs.VerifyAddress)
	cs.Province, cs.Regency = data.CleanText(cs.Province), data.CleanText(cs.Regency)
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := writeCertificateSettings(ctx, tx, cs); err != nil {
		return err
	}
	if err := writeImageSetting(ctx, tx, settingCertificateSignature, cs.Signature); err != nil {
		return err
	}
	return tx.Commit()
}

// certificateSecret reads the installation's signing key, making one when
// there is none and create is set (migration 0004 makes one; this is for a
// database whose settings were edited by hand).
func certificateSecret(ctx context.Context, tx *Tx, create bool) ([]byte, error) {
	v, ok, err := readSetting(ctx, tx, settingCertificateSecret)
	if err != nil {
		return nil, err
	}
	if ok {
		if key, err := hex.DecodeString(v); err == nil && len(key) >= 16 {
			return key, nil
		}
	}
	if !create {
		return nil, nil
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return key, writeSetting(ctx, tx, settingCertificateSecret, hex.EncodeToString(key))
}
