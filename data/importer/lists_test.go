package importer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"balai/data"
)

// birthDates imports csv and returns the stored birth date of each NIK given.
func birthDates(t *testing.T, csv string, niks ...string) (Result, []string) {
	t.Helper()
	s := openStore(t)
	res := importText(t, s, "list.csv", csv)
	var got []string
	for _, nik := range niks {
		sk, err := s.SeekerByNIK(context.Background(), nik)
		if err != nil {
			got = append(got, "-")
			continue
		}
		got = append(got, sk.BirthDate.Format(data.DateLayout))
	}
	return res, got
}

// A CSV saved by an English-locale Excel: month first. The order comes from
// the values; nothing is swapped silently, even the dates read both ways
// before the first that proves it.
func TestDateOrderFromValues(t *testing.T) {
	csv := "NIK,Name,Date of birth,Sex\n" +
		"6471050308830001,Ani,3/8/1983,P\n" + // ambiguous: 8 March
		"6471051408830002,Budi,8/14/1983,L\n" + // proves month first
		"6471050102900003,Cici,2/1/1990,P\n"
	res, got := birthDates(t, csv, "6471050308830001", "6471051408830002", "6471050102900003")
	if want := []string{"1983-03-08", "1983-08-14", "1990-02-01"}; !slices.Equal(got, want) {
		t.Errorf("birth dates: got %v, want %v (%v)", got, want, res.Rejections)
	}
	// Day first proven: the same ambiguous value reads the other way.
	csv = "NIK;Nama;Tanggal Lahir;L/P\n6471050803830001;Ani;3/8/1983;P\n6471051408830002;Budi;14/8/1983;L\n"
	_, got = birthDates(t, csv, "6471050803830001", "6471051408830002")
	if want := []string{"1983-08-03", "1983-08-14"}; !slices.Equal(got, want) {
		t.Errorf("day first: got %v, want %v", got, want)
	}
}

// A column that proves both orders: the rows that contradict the first
// proof are rejected with that reason.
func TestDateOrderContradiction(t *testing.T) {
	csv := "NIK;Nama;Tanggal Lahir;L/P\n" +
		"6471052205860001;Ani;22/05/1986;P\n" + // day first
		"6471051408830002;Budi;8/14/1983;L\n" + // month first: contradicts
		"6471050203900003;Cici;02/03/1990;P\n"
	res, got := birthDates(t, csv, "6471052205860001", "6471051408830002", "6471050203900003")
	if want := []string{"1986-05-22", "-", "1990-03-02"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(res.Rejections) != 1 || res.Rejections[0].Row != 3 || res.Rejections[0].Code != CodeDateMonthFirst {
		t.Errorf("rejections %v, want row 3 %s", res.Rejections, CodeDateMonthFirst)
	}
}

// A hint under the title tells the order before any value does.
func TestDateOrderFromTitleHint(t *testing.T) {
	csv := "NIK;Nama;\"Tanggal Lahir\n(mm/dd/yyyy)\";L/P\n6471050308830001;Ani;3/8/1983;P\n"
	_, got := birthDates(t, csv, "6471050308830001")
	if want := []string{"1983-03-08"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	csv = "NIK;Nama;TANGGAL LAHIR (contoh: 12 mei 2025);L/P\n6471050803830001;Ani;3/8/1983;P\n"
	_, got = birthDates(t, csv, "6471050803830001")
	if want := []string{"1983-08-03"}; !slices.Equal(got, want) {
		t.Errorf("example hint: got %v, want %v", got, want)
	}
}

// Rows that are not people are skipped with their reason, not rejected.
func TestRowsThatAreNotPeople(t *testing.T) {
	csv := "No;NIK;Nama;Tanggal Lahir;L/P;Agama\n" +
		"1;2;3;4;5;6\n" + // row 2: column numbers
		";KEJURUAN SECURITY;;;;\n" + // row 3: a section title
		"1;6471052205868851;Hendra;22/05/1986;L;Islam\n" +
		"No;NIK;Nama;Tanggal Lahir;L/P;Agama\n" + // row 5: the titles again
		";;;;;Islam\n" + // row 6: a stray value
		"2;6471066702932549;Dewi;27/02/1993;P;Kristen\n"
	s := openStore(t)
	res := importText(t, s, "list.csv", csv)
	if res.Imported != 2 || res.Rejected != 0 || res.Skipped != 4 {
		t.Fatalf("got %v skipped %d (%v)", counts(res), res.Skipped, res.Rejections)
	}
	var got []string
	for _, p := range res.Skips {
		got = append(got, p.Code)
	}
	want := []string{SkipColumnNumbers, SkipOneValue, SkipHeaderRepeated, SkipOneValue}
	if !slices.Equal(got, want) {
		t.Errorf("skips %v, want %v", got, want)
	}
	if !strings.HasSuffix(res.Summary(), "blank 4") {
		t.Errorf("summary %q: skipped rows count as blank there", res.Summary())
	}
}

// Only the identity fields reject a person; other spellings are kept.
func TestRejectOnlyForIdentity(t *testing.T) {
	csv := "NIK;Nama;Tanggal Lahir;L/P;Agama;Pendidikan;No HP\n" +
		"6471052205868851;Hendra;22/05/1986;L;KHATOLIK;DIV/S1;0812\n" +
		"6471066702932549;Dewi;27/02/1993;P;Islam;Paket X;0812-3456-7890\n"
	s := openStore(t)
	res := importText(t, s, "list.csv", csv)
	if res.Imported != 2 {
		t.Fatalf("got %v (%v)", counts(res), res.Rejections)
	}
	h, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	d, _ := s.SeekerByNIK(context.Background(), "6471066702932549")
	if h.Religion != "Katolik" || h.Education != "S1" || h.Phone != "0812" || d.Education != "Paket X" {
		t.Errorf("stored %q %q %q, %q", h.Religion, h.Education, h.Phone, d.Education)
	}
	var warned []string
	for _, p := range res.Warnings {
		warned = append(warned, p.Column+" "+p.Code)
	}
	if want := []string{"No HP warn_value_kept", "Pendidikan warn_value_kept"}; !slices.Equal(warned, want) {
		t.Errorf("warnings %v, want %v", warned, want)
	}
}

// A list without a registration date gives records without one.
func TestRegistrationDateNeverInvented(t *testing.T) {
	s := openStore(t)
	importText(t, s, "list.csv", "NIK;Nama;Tanggal Lahir;L/P\n6471052205868851;Hendra;22/05/1986;L\n")
	h, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	if !h.RegisteredOn.IsZero() {
		t.Errorf("registered on %v, want none", h.RegisteredOn)
	}
	importText(t, s, "list.csv", "NIK;Nama;tgl_pendaftaran\n6471052205868851;Hendra;01/11/2026\n")
	h, _ = s.SeekerByNIK(context.Background(), "6471052205868851")
	if got := h.RegisteredOn.Format(data.DateLayout); got != "2026-11-01" {
		t.Errorf("registered on %s, want 2026-11-01", got)
	}
}

// Every column is used or listed; a title that names a field another column
// gives is a warning.
func TestIgnoredColumnsListed(t *testing.T) {
	csv := "No;NIK;Nama Lengkap;Nama Panggilan;Tanggal Lahir;L/P;NOMOR KK;umur;;\n" +
		"1;6471052205868851;Hendra;Endra;22/05/1986;L;6471000000000001;40;;x\n"
	s := openStore(t)
	res := importText(t, s, "list.csv", csv)
	if want := []string{"No", "Nama Panggilan", "NOMOR KK", "umur", "column J"}; !slices.Equal(res.Ignored, want) {
		t.Errorf("ignored %q, want %q", res.Ignored, want)
	}
	if len(res.Lookalikes) != 1 || res.Lookalikes[0].Detail != "Nama Panggilan" {
		// "Nama Panggilan" is blocked from the name, so it names nothing.
		if len(res.Lookalikes) != 0 {
			t.Errorf("lookalikes %v", res.Lookalikes)
		}
	}
	csv = "NIK;Nama;Nama;Tanggal Lahir;L/P\n6471052205868851;Hendra;Endra;22/05/1986;L\n"
	res = importText(t, s, "list.csv", csv)
	if len(res.Lookalikes) != 1 || res.Lookalikes[0].Field != data.FieldName || res.Lookalikes[0].Detail != "Nama" {
		t.Errorf("lookalikes %v, want the second Nama", res.Lookalikes)
	}
}

// Lists written by other systems: snake_case titles with "pencaker", hints
// under the titles, typos.
func TestSystemExportTitles(t *testing.T) {
	csv := "no;no_ktp;\"Nama Tenaga Kerja\";jenis_kelamin_pencaker;\"tanggal_lahir_pencaker\n(dd-mm-yyyy)\";" +
		"NOMOR PENDATARAN;tgl_pendaftaran;\"NO HP\n(tulis sebagai teks; contoh: 081234567890)\";alamat_rumah;" +
		"kabupaten_pencaker;provinsi_pencaker;dis_kondisi;tingkat_pendidikan\n" +
		"1;6471052205868851;Hendra;L;22-05-1986;6471/2026/0001;02-01-2026;081234567890;Jl. A;Balikpapan;Kalimantan Timur;Tidak;SMK\n"
	s := openStore(t)
	res := importText(t, s, "export.csv", csv)
	if res.Imported != 1 {
		t.Fatalf("got %v (%v)", counts(res), res.Rejections)
	}
	h, _ := s.SeekerByNIK(context.Background(), "6471052205868851")
	got := []string{h.Name, h.Sex, h.BirthDate.Format(data.DateLayout), h.AK1Number, h.RegisteredOn.Format(data.DateLayout),
		h.Phone, h.Address, h.City, h.Disability, h.Education}
	want := []string{"Hendra", "L", "1986-05-22", "6471/2026/0001", "2026-01-02", "081234567890", "Jl. A", "Balikpapan", "Tidak", "SMK"}
	if !slices.Equal(got, want) {
		t.Errorf("stored %q\nwant %q", got, want)
	}
	if want := []string{"no", "provinsi_pencaker"}; !slices.Equal(res.Ignored, want) {
		t.Errorf("ignored %q, want %q", res.Ignored, want)
	}
}

// The year of graduation, an AK/1 field, is kept; a value that is no year is
// left out with a warning, never costing the person their record.
func TestGraduationYear(t *testing.T) {
	csv := "NIK;Nama;Tanggal Lahir;L/P;Tahun Lulus\n" +
		"6471052205868851;Hendra;22/05/1986;L;2004\n" +
		"6471066702932549;Dewi;27/02/1993;P;2011.0\n" +
		"6471054612795626;Novita;06/12/1979;P;sudah\n"
	s := openStore(t)
	res := importText(t, s, "list.csv", csv)
	if res.Imported != 3 {
		t.Fatalf("got %v (%v)", counts(res), res.Rejections)
	}
	var got []int
	for _, nik := range []string{"6471052205868851", "6471066702932549", "6471054612795626"} {
		sk, _ := s.SeekerByNIK(context.Background(), nik)
		got = append(got, sk.GraduationYear)
	}
	if want := []int{2004, 2011, 0}; !slices.Equal(got, want) {
		t.Errorf("years %v, want %v", got, want)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Code != data.WarnYearDropped || res.Warnings[0].Row != 4 {
		t.Errorf("warnings %v, want row 4 %s", res.Warnings, data.WarnYearDropped)
	}
}
