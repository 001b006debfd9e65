package store

import (
	"balai/data"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
)

// Settings keys of certificates.
const (
	settingCertificate          = "certificate"
	settingCertificateSignature = "certificate.signature"
	settingCertificateSecret    = "certificate.secret"
)

// certificateSettingsJSON is the stored form of CertificateSettings without the image.
type certificateSettingsJSON struct {
	Pattern string  `json:"pattern"`
	NextSeq int     `json:"next_seq"`
	Paper   string  `json:"paper"`
	OffsetX float64 `json:"offset_x"`
	OffsetY float64 `json:"offset_y"`
}

// CertificateSettings returns the saved certificate settings.
func (s *Store) CertificateSettings(ctx context.Context) (data.CertificateSettings, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return data.CertificateSettings{}, err
	}
	defer tx.Rollback()
	return certificateSettingsTx(ctx, tx)
}

func certificateSettingsTx(ctx context.Context, tx *sql.Tx) (data.CertificateSettings, error) {
	cs := data.DefaultCertificateSettings()
	raw, ok, err := settingTx(ctx, tx, settingCertificate)
	if err != nil {
		return cs, err
	}
	if ok {
		var j certificateSettingsJSON
		if err := json.Unmarshal([]byte(raw), &j); err != nil {
			return cs, fmt.Errorf("read setting %s: %w", settingCertificate, err)
		}
		cs = data.CertificateSettings{Pattern: j.Pattern, NextSeq: j.NextSeq, Paper: j.Paper, OffsetX: j.OffsetX, OffsetY: j.OffsetY}
	}
	cs.Signature, err = imageSettingTx(ctx, tx, settingCertificateSignature)
	return cs, err
}

// SetCertificateSettings saves the settings, the signature image included,
// in one transaction; every problem is returned as a Problems error and then
// nothing is saved. A nil Signature removes the signature image.
func (s *Store) SetCertificateSettings(ctx context.Context, cs data.CertificateSettings) error {
	cs.Pattern = strings.TrimSpace(cs.Pattern)
	if ps := data.ValidateCertificateSettings(cs); len(ps) > 0 {
		return problemsError(ps)
	}
	if len(cs.Signature) > 0 && checkLogo(cs.Signature) != nil {
		return data.ErrSignatureFormat
	}
	body, err := json.Marshal(certificateSettingsJSON{Pattern: cs.Pattern, NextSeq: cs.NextSeq,
		Paper: strings.ToUpper(strings.TrimSpace(cs.Paper)), OffsetX: cs.OffsetX, OffsetY: cs.OffsetY})
	if err != nil {
		return err
	}
	return s.saveSettingWithImage(ctx, settingCertificate, string(body), settingCertificateSignature, cs.Signature)
}

// certificateSecret reads the installation's signing key, making one when
// there is none (a database from before migration 0004 always has one; this
// is for one whose settings were edited by hand).
func certificateSecret(ctx context.Context, tx *sql.Tx, create bool) ([]byte, error) {
	v, ok, err := settingTx(ctx, tx, settingCertificateSecret)
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
	return key, setSettingTx(ctx, tx, settingCertificateSecret, hex.EncodeToString(key))
}
