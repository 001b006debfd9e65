package store

import (
	"balai/data"

	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/user"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
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

// currentUser is the operating system's user name, for the audit log.
func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "?"
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

// eligibility ----------------------------------------------------------------

// certificateHolder is a participant with what eligibility and the
// certificate's content need.
type certificateHolder struct {
	data.Eligibility
	withdrawn                  string
	birthPlace, birthDate, sex string
	results                    map[string]string
}

// classForCertificates is what certificates need of a class and its program.
type classForCertificates struct {
	id, code, batch, programID string
	start, end                 time.Time
	cancelled                  bool
	programCode, programName   string
	kejuruan                   string
	jp                         int
	units                      []data.Unit
}

func readClassForCertificates(ctx context.Context, tx *sql.Tx, classID string) (classForCertificates, error) {
	ec, err := readEnrolClass(ctx, tx, classID)
	if err != nil {
		return classForCertificates{}, err
	}
	c := classForCertificates{id: ec.id, code: ec.code, programID: ec.programID, start: ec.start, end: ec.end, cancelled: ec.cancelled}
	err = tx.QueryRowContext(ctx, `SELECT c.batch, p.code, p.name, p.kejuruan, p.jp
		FROM classes c JOIN programs p ON p.id = c.program_id WHERE c.id = ?`, classID).Scan(
		&c.batch, &c.programCode, &c.programName, &c.kejuruan, &c.jp)
	if err != nil {
		return c, fmt.Errorf("read class: %w", err)
	}
	units, err := programUnits(ctx, tx, []string{c.programID})
	if err != nil {
		return c, err
	}
	c.units = units[c.programID]
	return c, nil
}

// holders lists the class's participants by name with their attendance,
// results, certificates (with their images when withImages, for printing)
// and whether they are eligible.
func (s *Store) holders(ctx context.Context, tx *sql.Tx, c classForCertificates, withImages bool) ([]certificateHolder, error) {
	min, err := minAttendanceTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	var planned int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(SUM(jp), 0) FROM sessions WHERE class_id = ?`, c.id).Scan(&planned); err != nil {
		return nil, fmt.Errorf("read sessions: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.seeker_id, s.name, s.nik, p.status, p.withdrawn_on,
			s.birth_place, s.birth_date, s.sex,
			(SELECT COALESCE(SUM(ss.jp), 0) FROM attendance a JOIN sessions ss ON ss.id = a.session_id
				WHERE a.participant_id = p.id AND a.code = 'H')
		FROM participants p JOIN seekers s ON s.id = p.seeker_id
		WHERE p.class_id = ? ORDER BY s.name COLLATE NOCASE, s.nik, p.id`, c.id)
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	defer rows.Close()
	var out []certificateHolder
	index := map[string]int{}
	for rows.Next() {
		var h certificateHolder
		var attended int
		if err := rows.Scan(&h.ParticipantID, &h.SeekerID, &h.Name, &h.NIK, &h.Status, &h.withdrawn,
			&h.birthPlace, &h.birthDate, &h.sex, &attended); err != nil {
			return nil, fmt.Errorf("read participants: %w", err)
		}
		if planned > 0 {
			h.Percent = float64(attended) * 100 / float64(planned)
		}
		switch {
		case c.cancelled:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertClassCancelled, Detail: c.code})
		case h.Status == data.ParticipantWithdrawn:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertWithdrawn, Detail: isoToProblemDate(h.withdrawn)})
		case h.Status == data.ParticipantNotCompetent:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertNotCompetent})
		case h.Status != data.ParticipantGraduated:
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertNoResult})
		}
		if h.Status != data.ParticipantWithdrawn && (planned == 0 || h.Percent < float64(min)) {
			h.Reasons = append(h.Reasons, data.Problem{Code: data.CodeCertBelowAttendance,
				Detail: strconv.FormatFloat(math.Floor(h.Percent*10)/10, 'f', -1, 64) + "% < " + strconv.Itoa(min) + "%"})
		}
		h.Eligible = len(h.Reasons) == 0
		index[h.ParticipantID] = len(out)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	rows.Close()

	results, err := classResults(ctx, tx, c.id)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].results = results[out[i].ParticipantID]
	}

	certs, err := s.certificatesWhere(ctx, tx, withImages, `class_id = ?`, c.id)
	if err != nil {
		return nil, err
	}
	for _, cert := range certs {
		i, ok := index[cert.ParticipantID]
		if !ok {
			continue
		}
		if cert.Revoked() {
			out[i].Revoked = append(out[i].Revoked, cert)
		} else {
			cert := cert
			out[i].Certificate = &cert
		}
	}
	return out, nil
}

func minAttendanceTx(ctx context.Context, tx *sql.Tx) (int, error) {
	v, _, err := settingTx(ctx, tx, minAttendanceKey)
	return parseMinAttendance(v), err
}

// CertificateEligibility lists a class's participants by name: who may be
// given a certificate, why the others may not, and the certificates they
// hold, without their images. An unknown class gives ErrNotFound.
func (s *Store) CertificateEligibility(ctx context.Context, classID string) ([]data.Eligibility, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return nil, err
	}
	hs, err := s.holders(ctx, tx, c, false)
	if err != nil {
		return nil, err
	}
	out := make([]data.Eligibility, len(hs))
	for i, h := range hs {
		out[i] = h.Eligibility
	}
	return out, nil
}

// content ----------------------------------------------------------------------

// certificateContent is what a certificate for h says, today.
func (s *Store) certificateContent(ctx context.Context, tx *sql.Tx, c classForCertificates, h certificateHolder,
	inst data.Institution, cs data.CertificateSettings, today time.Time) (data.CertificateContent, error) {
	cc := data.CertificateContent{
		Name: h.Name, NIK: h.NIK, BirthPlace: h.birthPlace, Sex: h.sex,
		ProgramCode: c.programCode, ProgramName: c.programName, Kejuruan: c.kejuruan, JP: c.jp,
		ClassCode: c.code, Batch: c.batch, Start: c.start, End: c.end,
		Result: data.ResultCompetent, IssuedOn: today, Place: inst.City,
		Letterhead: inst.Lines, Address: inst.Address, Phone: inst.Phone, Email: inst.Email,
		SignatoryName: inst.HeadName, SignatoryTitle: inst.HeadTitle, SignatoryNIP: inst.HeadNIP,
		Logo: inst.Logo, Signature: cs.Signature,
	}
	cc.BirthDate, _ = time.Parse(data.DateLayout, h.birthDate)
	for _, u := range c.units {
		r := h.results[u.ID]
		if r == "" && h.Status == data.ParticipantGraduated {
			r = data.ResultCompetent // graduated by hand without unit results: every unit passed
		}
		cc.Units = append(cc.Units, data.CertificateUnit{Code: u.Code, Title: u.Title, JP: u.JP, Result: r})
	}
	err := tx.QueryRowContext(ctx, `SELECT jpeg FROM seeker_photos WHERE seeker_id = ?`, h.SeekerID).Scan(&cc.Photo)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return cc, fmt.Errorf("read photo: %w", err)
	}
	return cc, nil
}

// contentJSON is the stored form of CertificateContent: dates as YYYY-MM-DD,
// images as the SHA-256 of their bytes in certificate_images.
type contentJSON struct {
	Name           string                 `json:"name"`
	NIK            string                 `json:"nik"`
	BirthPlace     string                 `json:"birth_place"`
	BirthDate      string                 `json:"birth_date"`
	Sex            string                 `json:"sex"`
	ProgramCode    string                 `json:"program_code"`
	ProgramName    string                 `json:"program_name"`
	Kejuruan       string                 `json:"kejuruan"`
	JP             int                    `json:"jp"`
	ClassCode      string                 `json:"class_code"`
	Batch          string                 `json:"batch"`
	Start          string                 `json:"start"`
	End            string                 `json:"end"`
	Units          []data.CertificateUnit `json:"units"`
	Result         string                 `json:"result"`
	IssuedOn       string                 `json:"issued_on"`
	Place          string                 `json:"place"`
	Letterhead     []string               `json:"letterhead"`
	Address        string                 `json:"address"`
	Phone          string                 `json:"phone"`
	Email          string                 `json:"email"`
	SignatoryName  string                 `json:"signatory_name"`
	SignatoryTitle string                 `json:"signatory_title"`
	SignatoryNIP   string                 `json:"signatory_nip"`
	Photo          string                 `json:"photo,omitempty"`
	Logo           string                 `json:"logo,omitempty"`
	Signature      string                 `json:"signature,omitempty"`
}

func jsonDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(data.DateLayout)
}

func parseJSONDate(s string) time.Time {
	t, _ := time.Parse(data.DateLayout, s)
	return t
}

// saveImage stores img once under its hash and returns the hash ("" for none).
func saveImage(ctx context.Context, tx *sql.Tx, img []byte) (string, error) {
	if len(img) == 0 {
		return "", nil
	}
	sum := sha256.Sum256(img)
	h := hex.EncodeToString(sum[:])
	if _, err := tx.ExecContext(ctx, `INSERT INTO certificate_images (sha256, data) VALUES (?, ?)
		ON CONFLICT (sha256) DO NOTHING`, h, img); err != nil {
		return "", fmt.Errorf("save certificate image: %w", err)
	}
	return h, nil
}

func encodeContent(ctx context.Context, tx *sql.Tx, cc data.CertificateContent) (string, error) {
	j := contentJSON{Name: cc.Name, NIK: cc.NIK, BirthPlace: cc.BirthPlace, BirthDate: jsonDate(cc.BirthDate), Sex: cc.Sex,
		ProgramCode: cc.ProgramCode, ProgramName: cc.ProgramName, Kejuruan: cc.Kejuruan, JP: cc.JP,
		ClassCode: cc.ClassCode, Batch: cc.Batch, Start: jsonDate(cc.Start), End: jsonDate(cc.End),
		Units: cc.Units, Result: cc.Result, IssuedOn: jsonDate(cc.IssuedOn), Place: cc.Place,
		Letterhead: cc.Letterhead, Address: cc.Address, Phone: cc.Phone, Email: cc.Email,
		SignatoryName: cc.SignatoryName, SignatoryTitle: cc.SignatoryTitle, SignatoryNIP: cc.SignatoryNIP}
	var err error
	if j.Photo, err = saveImage(ctx, tx, cc.Photo); err != nil {
		return "", err
	}
	if j.Logo, err = saveImage(ctx, tx, cc.Logo); err != nil {
		return "", err
	}
	if j.Signature, err = saveImage(ctx, tx, cc.Signature); err != nil {
		return "", err
	}
	b, err := json.Marshal(j)
	return string(b), err
}

// imageCache loads certificate images by hash, each once per call, so that a
// class's certificates share the bytes of one logo. A nil cache loads none:
// lists that only show numbers and names do not read photos.
type imageCache map[string][]byte

func (ic imageCache) load(ctx context.Context, q *sql.Tx, h string) ([]byte, error) {
	if h == "" || ic == nil {
		return nil, nil
	}
	if b, ok := ic[h]; ok {
		return b, nil
	}
	var b []byte
	if err := q.QueryRowContext(ctx, `SELECT data FROM certificate_images WHERE sha256 = ?`, h).Scan(&b); err != nil {
		return nil, fmt.Errorf("read certificate image: %w", err)
	}
	ic[h] = b
	return b, nil
}

func decodeContent(ctx context.Context, tx *sql.Tx, images imageCache, raw string) (data.CertificateContent, error) {
	var j contentJSON
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return data.CertificateContent{}, fmt.Errorf("read certificate content: %w", err)
	}
	cc := data.CertificateContent{Name: j.Name, NIK: j.NIK, BirthPlace: j.BirthPlace, BirthDate: parseJSONDate(j.BirthDate), Sex: j.Sex,
		ProgramCode: j.ProgramCode, ProgramName: j.ProgramName, Kejuruan: j.Kejuruan, JP: j.JP,
		ClassCode: j.ClassCode, Batch: j.Batch, Start: parseJSONDate(j.Start), End: parseJSONDate(j.End),
		Units: j.Units, Result: j.Result, IssuedOn: parseJSONDate(j.IssuedOn), Place: j.Place,
		Letterhead: j.Letterhead, Address: j.Address, Phone: j.Phone, Email: j.Email,
		SignatoryName: j.SignatoryName, SignatoryTitle: j.SignatoryTitle, SignatoryNIP: j.SignatoryNIP}
	var err error
	if cc.Photo, err = images.load(ctx, tx, j.Photo); err != nil {
		return cc, err
	}
	if cc.Logo, err = images.load(ctx, tx, j.Logo); err != nil {
		return cc, err
	}
	if cc.Signature, err = images.load(ctx, tx, j.Signature); err != nil {
		return cc, err
	}
	return cc, nil
}

// reading certificates -----------------------------------------------------------

const certificateColumns = `id, number, seq, code, class_id, participant_id, seeker_id, issued_at,
	revoked_at, revoked_on, revoke_reason, content`

// certificatesWhere lists the certificates matching where, by holder's name
// then number, with their content, and their images when withImages.
func (s *Store) certificatesWhere(ctx context.Context, tx *sql.Tx, withImages bool, where string, args ...any) ([]data.Certificate, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+certificateColumns+` FROM certificates WHERE `+where+`
		ORDER BY name COLLATE NOCASE, seq, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read certificates: %w", err)
	}
	defer rows.Close()
	type stored struct {
		c       data.Certificate
		content string
	}
	var list []stored
	for rows.Next() {
		var st stored
		var revokedOn string
		if err := rows.Scan(&st.c.ID, &st.c.Number, &st.c.Seq, &st.c.Code, &st.c.ClassID, &st.c.ParticipantID,
			&st.c.SeekerID, &st.c.IssuedAt, &st.c.RevokedAt, &revokedOn, &st.c.RevokeReason, &st.content); err != nil {
			return nil, fmt.Errorf("read certificates: %w", err)
		}
		st.c.RevokedOn = parseJSONDate(revokedOn)
		list = append(list, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read certificates: %w", err)
	}
	rows.Close()
	var images imageCache
	if withImages {
		images = imageCache{}
	}
	out := make([]data.Certificate, len(list))
	for i, st := range list {
		if st.c.Content, err = decodeContent(ctx, tx, images, st.content); err != nil {
			return nil, err
		}
		out[i] = st.c
	}
	return out, nil
}

// Certificate returns the certificate with the given ID.
func (s *Store) Certificate(ctx context.Context, id string) (data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	return s.certificateTx(ctx, tx, id)
}

func (s *Store) certificateTx(ctx context.Context, tx *sql.Tx, id string) (data.Certificate, error) {
	cs, err := s.certificatesWhere(ctx, tx, true, `id = ?`, id)
	if err != nil {
		return data.Certificate{}, err
	}
	if len(cs) == 0 {
		return data.Certificate{}, data.ErrNotFound
	}
	return cs[0], nil
}

// ClassCertificates lists a class's certificates, revoked ones included, by
// holder's name then number.
func (s *Store) ClassCertificates(ctx context.Context, classID string) ([]data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := readEnrolClass(ctx, tx, classID); err != nil {
		return nil, err
	}
	return s.certificatesWhere(ctx, tx, true, `class_id = ?`, classID)
}

// writing -------------------------------------------------------------------------

func (s *Store) audit(ctx context.Context, tx *sql.Tx, action string, c *data.Certificate, detail string) error {
	var id, number, name string
	if c != nil {
		id, number, name = c.ID, c.Number, c.Content.Name
	}
	user := s.User
	if user == "" {
		user = currentUser()
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO certificate_audit (at, action, os_user, certificate_id, number, name, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, s.now(), action, user, id, number, name, detail)
	if err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

// IssueCertificates issues, in one transaction, a certificate to every
// eligible participant of the class who holds none in force, numbered from
// the settings' next sequence number (skipping any number already given),
// and returns them with the certificates already in force, which the caller
// prints again: each new one is logged as issued, each old one as reprinted.
// A revoked certificate does not stop a new one being issued.
func (s *Store) IssueCertificates(ctx context.Context, classID string) (data.IssueReport, error) {
	var rep data.IssueReport
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return rep, err
	}
	defer tx.Rollback()
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return rep, err
	}
	hs, err := s.holders(ctx, tx, c, true)
	if err != nil {
		return rep, err
	}
	inst, err := institutionTx(ctx, tx)
	if err != nil {
		return rep, err
	}
	cs, err := certificateSettingsTx(ctx, tx)
	if err != nil {
		return rep, err
	}
	key, err := certificateSecret(ctx, tx, true)
	if err != nil {
		return rep, err
	}
	today := s.today()
	seq := cs.NextSeq
	for _, h := range hs {
		switch {
		case h.Certificate != nil:
			rep.Reprinted = append(rep.Reprinted, *h.Certificate)
			if err := s.audit(ctx, tx, data.AuditReprint, h.Certificate, ""); err != nil {
				return rep, err
			}
			continue
		case !h.Eligible:
			rep.NotEligible = append(rep.NotEligible, h.Eligibility)
			continue
		}
		content, err := s.certificateContent(ctx, tx, c, h, inst, cs, today)
		if err != nil {
			return rep, err
		}
		cert := data.Certificate{ClassID: c.id, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
			IssuedAt: s.now(), Content: content}
		for {
			cert.Seq = seq
			cert.Number = data.FormatCertificateNumber(cs.Pattern, seq, c.programCode, c.kejuruan, today)
			seq++
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM certificates WHERE number = ?`, cert.Number).Scan(&n); err != nil {
				return rep, fmt.Errorf("check certificate number: %w", err)
			}
			if n == 0 {
				break
			}
		}
		id, err := uuid.NewRandom()
		if err != nil {
			return rep, err
		}
		cert.ID, cert.Code = id.String(), data.SignCode(key, id)
		body, err := encodeContent(ctx, tx, content)
		if err != nil {
			return rep, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO certificates (id, number, seq, code, class_id, participant_id,
				seeker_id, name, content, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			cert.ID, cert.Number, cert.Seq, cert.Code, cert.ClassID, cert.ParticipantID, cert.SeekerID,
			content.Name, body, cert.IssuedAt); err != nil {
			return rep, fmt.Errorf("save certificate %s: %w", cert.Number, err)
		}
		if err := s.audit(ctx, tx, data.AuditIssue, &cert, ""); err != nil {
			return rep, err
		}
		rep.Issued = append(rep.Issued, cert)
	}
	if len(rep.Issued) > 0 {
		cs.NextSeq = seq
		body, err := json.Marshal(certificateSettingsJSON{Pattern: cs.Pattern, NextSeq: cs.NextSeq,
			Paper: cs.Paper, OffsetX: cs.OffsetX, OffsetY: cs.OffsetY})
		if err != nil {
			return rep, err
		}
		if err := setSettingTx(ctx, tx, settingCertificate, string(body)); err != nil {
			return rep, err
		}
	}
	return rep, tx.Commit()
}

// PreviewCertificate is the certificate the participant would be given now,
// without issuing it: the number is the next one, the code a sample that
// verifies as nothing. Not-eligible participants can be previewed too.
func (s *Store) PreviewCertificate(ctx context.Context, participantID string) (data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return data.Certificate{}, err
	}
	defer tx.Rollback()
	var classID string
	err = tx.QueryRowContext(ctx, `SELECT class_id FROM participants WHERE id = ?`, participantID).Scan(&classID)
	if errors.Is(err, sql.ErrNoRows) {
		return data.Certificate{}, data.ErrNotFound
	}
	if err != nil {
		return data.Certificate{}, fmt.Errorf("read participant: %w", err)
	}
	c, err := readClassForCertificates(ctx, tx, classID)
	if err != nil {
		return data.Certificate{}, err
	}
	hs, err := s.holders(ctx, tx, c, true)
	if err != nil {
		return data.Certificate{}, err
	}
	inst, err := institutionTx(ctx, tx)
	if err != nil {
		return data.Certificate{}, err
	}
	cs, err := certificateSettingsTx(ctx, tx)
	if err != nil {
		return data.Certificate{}, err
	}
	for _, h := range hs {
		if h.ParticipantID != participantID {
			continue
		}
		if h.Certificate != nil {
			return *h.Certificate, nil
		}
		today := s.today()
		content, err := s.certificateContent(ctx, tx, c, h, inst, cs, today)
		if err != nil {
			return data.Certificate{}, err
		}
		return data.Certificate{ClassID: c.id, ParticipantID: h.ParticipantID, SeekerID: h.SeekerID,
			Seq:     cs.NextSeq,
			Number:  data.FormatCertificateNumber(cs.Pattern, cs.NextSeq, c.programCode, c.kejuruan, today),
			Code:    data.SignCode([]byte("preview"), uuid.Nil),
			Content: content}, nil
	}
	return data.Certificate{}, data.ErrNotFound
}

// ReprintCertificates returns the certificates with the given IDs for
// printing again, as issued, and logs each as reprinted. A revoked one is
// refused (Problem CodeCertRevoked) and then nothing is logged.
func (s *Store) ReprintCertificates(ctx context.Context, ids []string) ([]data.Certificate, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := make([]data.Certificate, 0, len(ids))
	for _, id := range ids {
		c, err := s.certificateTx(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if c.Revoked() {
			return nil, &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
		}
		if err := s.audit(ctx, tx, data.AuditReprint, &c, ""); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, tx.Commit()
}

// RevokeCertificate revokes a certificate from day on (zero: today) for a
// reason, which is required. Its number is never given again.
func (s *Store) RevokeCertificate(ctx context.Context, id string, on time.Time, reason string) error {
	reason = data.CleanText(reason)
	if reason == "" {
		return &data.Problem{Field: "reason", Code: data.CodeCertRevokeReason}
	}
	if on.IsZero() {
		on = s.today()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c, err := s.certificateTx(ctx, tx, id)
	if err != nil {
		return err
	}
	if c.Revoked() {
		return &data.Problem{Code: data.CodeCertRevoked, Detail: c.Number}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE certificates SET revoked_at = ?, revoked_on = ?, revoke_reason = ?
		WHERE id = ?`, s.now(), on.Format(data.DateLayout), reason, id); err != nil {
		return fmt.Errorf("revoke certificate: %w", err)
	}
	if err := s.audit(ctx, tx, data.AuditRevoke, &c, reason); err != nil {
		return err
	}
	return tx.Commit()
}

// VerifyCertificate checks a verification code and logs the check: VALID
// with the certificate as issued, REVOKED with it (reason and date), or
// INVALID for a code that is malformed, forged, altered or unknown here.
// The code is cleaned with CleanCode first.
func (s *Store) VerifyCertificate(ctx context.Context, code string) (data.Verification, error) {
	code = data.CleanCode(code)
	v := data.Verification{Status: data.VerifyInvalid}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return v, err
	}
	defer tx.Rollback()
	key, err := certificateSecret(ctx, tx, false)
	if err != nil {
		return v, err
	}
	if id, ok := data.ParseCode(key, code); ok {
		c, err := s.certificateTx(ctx, tx, id.String())
		switch {
		case errors.Is(err, data.ErrNotFound):
		case err != nil:
			return v, err
		case c.Code == code:
			v.Certificate = &c
			v.Status = data.VerifyValid
			if c.Revoked() {
				v.Status = data.VerifyRevoked
			}
		}
	}
	logged := code
	if len(logged) > 80 {
		logged = logged[:80] + "…"
	}
	if err := s.audit(ctx, tx, data.AuditVerify, v.Certificate, v.Status+" "+logged); err != nil {
		return v, err
	}
	return v, tx.Commit()
}

// CertificateAudit returns the newest limit entries of the audit log, newest first.
func (s *Store) CertificateAudit(ctx context.Context, limit int) ([]data.AuditEntry, error) {
	scan := func(r rowScanner) (data.AuditEntry, error) {
		var e data.AuditEntry
		err := r.Scan(&e.ID, &e.At, &e.Action, &e.User, &e.CertificateID, &e.Number, &e.Name, &e.Detail)
		return e, err
	}
	out, err := queryList(ctx, s.db, scan, `SELECT id, at, action, os_user, certificate_id, number, name, detail
		FROM certificate_audit ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	return out, nil
}
