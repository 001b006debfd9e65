package store

// What a certificate prints, stored with it as JSON when it is issued.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"balai/data"
)

// certificateContent is what a certificate for h says, issued in tx.
func certificateContent(ctx context.Context, tx *Tx, run certificateRun, h certificateHolder) (data.CertificateContent, error) {
	c, inst, cs := run.class, run.inst, run.settings
	cc := data.CertificateContent{
		Name: h.Name, NIK: h.NIK, BirthPlace: h.seeker.BirthPlace, BirthDate: h.seeker.BirthDate, Sex: h.seeker.Sex,
		ProgramCode: c.program.Code, ProgramName: c.program.Name, Kejuruan: c.program.Kejuruan, JP: c.program.JP,
		ClassCode: c.Code, Batch: c.Batch, Start: c.Start, End: c.End,
		Units:  data.CertificateUnits(c.program.Units, h.results, h.Status),
		Result: data.ResultCompetent, IssuedOn: tx.today, Place: inst.City,
		Letterhead: inst.Lines, Address: inst.Address, Phone: inst.Phone, Email: inst.Email,
		SignatoryName: inst.HeadName, SignatoryTitle: inst.HeadTitle, SignatoryNIP: inst.HeadNIP,
		SignatoryRank:  inst.HeadRank,
		InstructorName: run.lead.Name, InstructorNIP: run.lead.NIP,
		VerifyAddress: cs.VerifyAddress,
		Logo:          inst.Logo, Logo2: inst.Logo2, Signature: cs.Signature,
	}
	if cs.FundingLine {
		year := c.Year
		if year == 0 {
			year = c.Start.Year()
		}
		if f := data.FundingPhrase(c.Funding, cs.Province, cs.Regency, year); f != "" {
			cc.Organiser, cc.Funding = inst.OrganiserName(), f
		}
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
	SignatoryRank  string                 `json:"signatory_rank,omitempty"`
	InstructorName string                 `json:"instructor_name,omitempty"`
	InstructorNIP  string                 `json:"instructor_nip,omitempty"`
	Organiser      string                 `json:"organiser,omitempty"`
	Funding        string                 `json:"funding,omitempty"`
	VerifyAddress  string                 `json:"verify_address,omitempty"`
	Photo          string                 `json:"photo,omitempty"`
	Logo           string                 `json:"logo,omitempty"`
	Logo2          string                 `json:"logo2,omitempty"`
	Signature      string                 `json:"signature,omitempty"`
}

func parseJSONDate(s string) time.Time {
	t, _ := time.Parse(data.DateLayout, s)
	return t
}

func encodeContent(ctx context.Context, tx *Tx, cc data.CertificateContent) (string, error) {
	j := contentJSON{Name: cc.Name, NIK: cc.NIK, BirthPlace: cc.BirthPlace, BirthDate: storedDate(cc.BirthDate), Sex: cc.Sex,
		ProgramCode: cc.ProgramCode, ProgramName: cc.ProgramName, Kejuruan: cc.Kejuruan, JP: cc.JP,
		ClassCode: cc.ClassCode, Batch: cc.Batch, Start: storedDate(cc.Start), End: storedDate(cc.End),
		Units: cc.Units, Result: cc.Result, IssuedOn: storedDate(cc.IssuedOn), Place: cc.Place,
		Letterhead: cc.Letterhead, Address: cc.Address, Phone: cc.Phone, Email: cc.Email,
		SignatoryName: cc.SignatoryName, SignatoryTitle: cc.SignatoryTitle, SignatoryNIP: cc.SignatoryNIP,
		SignatoryRank: cc.SignatoryRank, InstructorName: cc.InstructorName, InstructorNIP: cc.InstructorNIP,
		Organiser: cc.Organiser, Funding: cc.Funding, VerifyAddress: cc.VerifyAddress}
	var err error
	if j.Photo, err = saveImage(ctx, tx, cc.Photo); err != nil {
		return "", err
	}
	if j.Logo, err = saveImage(ctx, tx, cc.Logo); err != nil {
		return "", err
	}
	if j.Logo2, err = saveImage(ctx, tx, cc.Logo2); err != nil {
		return "", err
	}
	if j.Signature, err = saveImage(ctx, tx, cc.Signature); err != nil {
		return "", err
	}
	b, err := json.Marshal(j)
	return string(b), err
}

func decodeContent(ctx context.Context, tx *Tx, images imageCache, raw string) (data.CertificateContent, error) {
	var j contentJSON
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return data.CertificateContent{}, fmt.Errorf("read certificate content: %w", err)
	}
	cc := data.CertificateContent{Name: j.Name, NIK: j.NIK, BirthPlace: j.BirthPlace, BirthDate: parseJSONDate(j.BirthDate), Sex: j.Sex,
		ProgramCode: j.ProgramCode, ProgramName: j.ProgramName, Kejuruan: j.Kejuruan, JP: j.JP,
		ClassCode: j.ClassCode, Batch: j.Batch, Start: parseJSONDate(j.Start), End: parseJSONDate(j.End),
		Units: j.Units, Result: j.Result, IssuedOn: parseJSONDate(j.IssuedOn), Place: j.Place,
		Letterhead: j.Letterhead, Address: j.Address, Phone: j.Phone, Email: j.Email,
		SignatoryName: j.SignatoryName, SignatoryTitle: j.SignatoryTitle, SignatoryNIP: j.SignatoryNIP,
		SignatoryRank: j.SignatoryRank, InstructorName: j.InstructorName, InstructorNIP: j.InstructorNIP,
		Organiser: j.Organiser, Funding: j.Funding, VerifyAddress: j.VerifyAddress}
	var err error
	if cc.Photo, err = images.load(ctx, tx, j.Photo); err != nil {
		return cc, err
	}
	if cc.Logo, err = images.load(ctx, tx, j.Logo); err != nil {
		return cc, err
	}
	if cc.Logo2, err = images.load(ctx, tx, j.Logo2); err != nil {
		return cc, err
	}
	if cc.Signature, err = images.load(ctx, tx, j.Signature); err != nil {
		return cc, err
	}
	return cc, nil
}
