package data

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Certificates (sertifikat pelatihan): what is printed, how it is numbered and
// how an employer checks it.
//
// A certificate is issued once per participant; what it says is copied into
// it when it is issued (Content), so a reprint years later is identical even
// after the seeker's record, the program or the letterhead changed. Its number
// comes from the number pattern and is never given again, not even after a
// revocation. Its verification code is its UUID signed with a key made for
// this installation (see VerifyCertificate).

// Certificate is one issued certificate.
type Certificate struct {
	ID            string // random UUID
	Number        string // "001/LAS/UPTD-BLKI/XI/2026"
	Seq           int    // the sequence number inside Number
	Code          string // verification code, printed under the QR code
	ClassID       string
	ParticipantID string
	SeekerID      string
	IssuedAt      time.Time
	RevokedOn     time.Time // zero unless revoked: the date the revocation takes effect
	RevokeReason  string
	RevokedAt     time.Time // when the revocation was recorded; zero unless revoked
	// Replaces is the number of the revoked certificate this one was issued
	// in place of (ReissueCertificate); "" for a first certificate.
	Replaces string
	// PrintedAt is when the certificate was first written to a file; zero
	// when it was issued but never printed (the run stopped midway).
	PrintedAt time.Time
	Content   CertificateContent
}

// Revoked reports whether the certificate has been revoked.
func (c Certificate) Revoked() bool { return !c.RevokedAt.IsZero() }

// CertificateContent is everything a certificate prints, as it was when the
// certificate was issued.
type CertificateContent struct {
	Name       string
	NIK        string
	BirthPlace string
	BirthDate  time.Time // zero when unknown
	Sex        string    // SexMale or SexFemale

	ProgramCode string // LAS
	ProgramName string // Las SMAW 3G (the sub-kejuruan)
	Kejuruan    string // Las
	JP          int    // the program's hours, in JP (jam pelajaran, 45 minutes)
	ClassCode   string // LAS-2026-01
	Batch       string // Angkatan I
	Start, End  time.Time
	Units       []CertificateUnit
	Result      string // ResultCompetent: "K" (kompeten)

	IssuedOn time.Time // the date of issue printed after the place
	Place    string    // the city of the place-date line

	// The letterhead and the signatory as they were.
	Letterhead     []string
	Address        string
	Phone          string
	Email          string
	SignatoryName  string
	SignatoryTitle string
	SignatoryNIP   string // digits; print with FormatNIP
	SignatoryRank  string // pangkat/golongan grade, "IV/b"; print with RankLabel
	// The class's lead instructor, who may sign the back.
	InstructorName string
	InstructorNIP  string
	// The line naming who organised and who paid for the training, printed
	// when both are set: "diselenggarakan oleh <Organiser> atas biaya
	// <Funding>" ("APBD Provinsi Kalimantan Timur Tahun 2026").
	Organiser string
	Funding   string
	// VerifyAddress is the centre's verification address when issued; the
	// QR code holds it with the code (VerificationAddress).
	VerifyAddress string

	// Images: PNG or JPEG bytes, nil when there is none. They are stored once
	// however many certificates show them.
	Photo     []byte // the seeker's 3×4 photo
	Logo      []byte // the first logo, at the left (the province's)
	Logo2     []byte // the second logo, at the right (the centre's)
	Signature []byte // the signatory's scanned signature
}

// CertificateUnit is one competency unit on the back of a certificate.
type CertificateUnit struct {
	Code   string
	Title  string
	JP     int
	Result string // "K" or "BK"
}

// Certificate designs.
const (
	// DesignLandscape is A4/F4 landscape with a frame in the centre's
	// colour, logos left and right, a serif title and name.
	DesignLandscape = "landscape"
	// DesignPortrait is a portrait page under the letterhead.
	DesignPortrait = "portrait"
	// DesignPreprinted prints only what varies, for blanks with the rest
	// printed on them, placed by the offsets (see the calibration page).
	DesignPreprinted = "preprinted"
)

// CertificateDesigns lists the designs, the default first.
var CertificateDesigns = []string{DesignLandscape, DesignPortrait, DesignPreprinted}

// Who signs the back of a certificate, under the table of units.
const (
	BackSignBoth       = "both"       // "Mengetahui," the head at the left; the lead instructor at the right
	BackSignHead       = "head"       // the head alone
	BackSignInstructor = "instructor" // the lead instructor alone
)

// BackSigns lists the choices of who signs the back, the default first.
var BackSigns = []string{BackSignBoth, BackSignHead, BackSignInstructor}

// CertificateSettings are the institution's choices for certificates.
type CertificateSettings struct {
	// Pattern makes the number from tokens: {seq}, {seq:3} (zero-padded to 3
	// digits), {program}, {kejuruan}, {year}, {month} (01–12), {roman_month}
	// (I–XII). It must hold {seq} or {seq:N}.
	Pattern string
	NextSeq int    // the sequence number the next certificate gets
	Paper   string // "A4" or "F4"
	// OffsetX and OffsetY move everything printed on the page, in mm, to
	// fit certificate stock with a pre-printed border (positive: right, down).
	OffsetX, OffsetY float64
	Signature        []byte // PNG or JPEG of the signatory's signature; nil for none

	// How certificates are drawn: these change the drawing of certificates
	// already issued too, never what they say.
	Design    string // one of CertificateDesigns; "" is DesignLandscape
	Bilingual bool   // the English under each line, in italics
	Colour    string // the frame's and title's colour, "#1f4e79"; "" is the default
	BackSign  string // one of BackSigns; "" is BackSignBoth

	// What certificates issued from now on say.
	VerifyAddress string // "https://…/verifikasi"; "" prints the code alone in the QR code
	// FundingLine adds "diselenggarakan oleh … atas biaya …" from the
	// class's funding; Province and Regency complete its source:
	// "APBD Provinsi Kalimantan Timur", "APBD Kota Balikpapan".
	FundingLine       bool
	Province, Regency string
}

// Verification results.
const (
	VerifyValid   = "VALID"
	VerifyRevoked = "REVOKED"
	VerifyInvalid = "INVALID"
)

// Verification is the answer to a verification code.
type Verification struct {
	Status      string       // VerifyValid, VerifyRevoked or VerifyInvalid
	Certificate *Certificate // nil when INVALID
}

// Eligibility says whether a participant can be given a certificate and why not.
type Eligibility struct {
	ParticipantID string
	SeekerID      string
	Name, NIK     string
	Status        string  // the participant's status
	Percent       float64 // attendance, in percent of the class's planned JP
	Eligible      bool
	Reasons       []Problem // why not, when not eligible
	// Certificate is the participant's certificate in force (not revoked), nil when none.
	Certificate *Certificate
	// Revoked lists the participant's revoked certificates, oldest first.
	Revoked []Certificate
}

// IssueReport is what IssueCertificates did for a class.
type IssueReport struct {
	Issued    []Certificate // new, in the order of their numbers
	Reprinted []Certificate // issued and printed before, still in force
	// Unprinted were issued before but never printed (a run stopped
	// midway): printed now for the first time.
	Unprinted   []Certificate
	NotEligible []Eligibility
}

// All lists the certificates in force for printing: the reprinted, the
// unprinted and the new, by participant name.
func (r IssueReport) All() []Certificate {
	all := make([]Certificate, 0, len(r.Issued)+len(r.Reprinted)+len(r.Unprinted))
	all = append(all, r.Reprinted...)
	all = append(all, r.Unprinted...)
	all = append(all, r.Issued...)
	sortCertificatesByName(all)
	return all
}

// Audit actions.
const (
	AuditIssue   = "issue"
	AuditReprint = "reprint"
	AuditPrint   = "print" // the first print of a certificate issued earlier and never printed
	AuditRevoke  = "revoke"
	AuditVerify  = "verify"
)

// AuditEntry is one line of the certificate audit log.
type AuditEntry struct {
	ID            int64
	At            time.Time
	Action        string // AuditIssue, AuditReprint, AuditPrint, AuditRevoke or AuditVerify
	User          string // the operating system's user name
	CertificateID string // "" for a verification of an unknown or forged code
	Number        string
	Name          string // the certificate's holder
	Detail        string // verify: the result and the code; revoke: the reason
}

// sortCertificatesByName orders certificates by the holder's name, then number.
func sortCertificatesByName(cs []Certificate) {
	slices.SortStableFunc(cs, func(a, b Certificate) int {
		if c := strings.Compare(strings.ToLower(a.Content.Name), strings.ToLower(b.Content.Name)); c != 0 {
			return c
		}
		return cmp.Compare(a.Seq, b.Seq)
	})
}
