package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

	"balai/data"
)

// makeNIK builds a NIK of district (6 digits) that encodes birth and sex.
func makeNIK(t *testing.T, district string, birth time.Time, sex string, serial int) string {
	t.Helper()
	day := birth.Day()
	if sex == data.SexFemale {
		day += 40
	}
	nik := fmt.Sprintf("%s%02d%02d%02d%04d", district, day, int(birth.Month()), birth.Year()%100, serial)
	if got, p := data.ParseNIK(nik); p != nil || got != nik {
		t.Fatalf("makeNIK built %q: %v", nik, p)
	}
	return nik
}

// addSeeker stores sk and returns it as stored.
func addSeeker(t *testing.T, s *Store, sk data.Seeker) data.Seeker {
	t.Helper()
	if err := s.CreateSeeker(context.Background(), &sk); err != nil {
		t.Fatalf("CreateSeeker(%s): %v", sk.Name, err)
	}
	return sk
}

// names lists the seekers' names, sorted, for comparing sets.
func names(list []data.Seeker) []string {
	out := make([]string, 0, len(list))
	for _, sk := range list {
		out = append(out, sk.Name)
	}
	slices.Sort(out)
	return out
}

func ids(list []data.Seeker) []string {
	out := make([]string, 0, len(list))
	for _, sk := range list {
		out = append(out, sk.ID)
	}
	return out
}

func findAll(t *testing.T, s *Store, f SeekerFilter) []data.Seeker {
	t.Helper()
	list, err := s.FindSeekers(context.Background(), f, 0, 10000)
	if err != nil {
		t.Fatalf("FindSeekers(%+v): %v", f, err)
	}
	return list
}

func TestCreateSeeker(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	in := validInput()
	sk, bad, _ := data.ParseSeeker(in, testNow)
	if len(bad) != 0 {
		t.Fatalf("ParseSeeker: %v", bad)
	}
	sk.RegisteredOn = time.Time{}
	if err := s.CreateSeeker(ctx, &sk); err != nil {
		t.Fatalf("CreateSeeker: %v", err)
	}

	id, err := uuid.Parse(sk.ID)
	if err != nil || id.String() != sk.ID {
		t.Errorf("ID = %q: not a UUID (%v)", sk.ID, err)
	}
	if got, want := sk.CreatedAt, stamp("2026-11-26T10:00:00Z"); !sameTime(got, want) {
		t.Errorf("CreatedAt = %v, want %v", got, want)
	}
	if got, want := sk.UpdatedAt, stamp("2026-11-26T10:00:00Z"); !sameTime(got, want) {
		t.Errorf("UpdatedAt = %v, want %v", got, want)
	}
	if got, want := sk.RegisteredOn, ymd(2026, 11, 26); !got.Equal(want) {
		t.Errorf("RegisteredOn = %s, want %s (today)", got, want)
	}

	got, err := s.Seeker(ctx, sk.ID)
	if err != nil {
		t.Fatalf("Seeker: %v", err)
	}
	if !reflect.DeepEqual(got, sk) {
		t.Errorf("Seeker() =\n %+v\nwant\n %+v", got, sk)
	}
	byNIK, err := s.SeekerByNIK(ctx, sk.NIK)
	if err != nil {
		t.Fatalf("SeekerByNIK: %v", err)
	}
	if !reflect.DeepEqual(byNIK, sk) {
		t.Errorf("SeekerByNIK() =\n %+v\nwant\n %+v", byNIK, sk)
	}

	// A second seeker gets another ID.
	other := addSeeker(t, s, data.Seeker{NIK: "6471066702932549", Name: "Dewi", BirthDate: ymd(1993, 2, 27), Sex: data.SexFemale})
	if other.ID == sk.ID || other.ID == "" {
		t.Errorf("second ID = %q, first %q", other.ID, sk.ID)
	}
}

func TestCreateSeekerKeepsFields(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	want := data.Seeker{
		NIK: "6471054109821986", AK1Number: "AK1/6471/2026/000777", Name: "Aisyah Muñoz", BirthPlace: "Tenggarong",
		BirthDate: ymd(1982, 9, 1), Sex: data.SexMale, Religion: "Islam", Marital: "Cerai Mati", Address: "Jl. MT Haryono No. 98",
		Kelurahan: "Margo Mulyo", Kecamatan: "Balikpapan Barat", City: "Balikpapan", Phone: "084370001234",
		Email: "aisyah@example.com", Education: "D3", Major: "Akuntansi", Skills: "Excel\nAkuntansi", Disability: "Tuna rungu",
		Employment: data.EmploymentStudent, RegisteredOn: ymd(2025, 1, 31), Notes: "catatan 'penting' \"sekali\"",
		Warnings: []data.Problem{{Field: "sex", Code: data.WarnNIKSexMismatch, Detail: data.SexFemale}},
	}
	sk := want
	if err := s.CreateSeeker(ctx, &sk); err != nil {
		t.Fatalf("CreateSeeker: %v", err)
	}
	got, err := s.Seeker(ctx, sk.ID)
	if err != nil {
		t.Fatalf("Seeker: %v", err)
	}
	want.ID, want.CreatedAt, want.UpdatedAt = sk.ID, sk.CreatedAt, sk.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Seeker() =\n %+v\nwant\n %+v", got, want)
	}
}

func TestCreateSeekerLocalClock(t *testing.T) {
	s := openTestStore(t)
	// 07:00 on 27 November in Balikpapan is 23:00 on the 26th in UTC.
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 7, 0, 0, 0, time.FixedZone("WITA", 8*3600)) }
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	if got, want := sk.CreatedAt, stamp("2026-11-26T23:00:00Z"); !sameTime(got, want) {
		t.Errorf("CreatedAt = %v, want %v (UTC)", got, want)
	}
	if got, want := sk.RegisteredOn, ymd(2026, 11, 27); !got.Equal(want) {
		t.Errorf("RegisteredOn = %s, want %s (the local date)", got, want)
	}
	// What the store wrote the form can read back and save again.
	if _, bad, _ := data.ParseSeeker(sk.Input(), s.Now()); len(bad) != 0 {
		t.Errorf("ParseSeeker(stored seeker's Input) problems %v", bad)
	}
}

func TestCreateSeekerDuplicateNIK(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	first := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})

	dup := data.Seeker{NIK: first.NIK, Name: "Someone Else", BirthDate: ymd(1990, 1, 1), Sex: data.SexMale}
	before := dup
	err := s.CreateSeeker(ctx, &dup)
	var p *data.Problem
	if !errors.As(err, &p) {
		t.Fatalf("CreateSeeker(duplicate NIK) = %v, want a *Problem", err)
	}
	if got, want := *p, (data.Problem{Field: "nik", Code: data.CodeNIKTaken, Detail: first.NIK}); got != want {
		t.Errorf("problem = %+v, want %+v", got, want)
	}
	if !reflect.DeepEqual(dup, before) {
		t.Errorf("failed CreateSeeker changed the seeker: %+v, want %+v", dup, before)
	}
	n, err := s.CountSeekers(ctx, SeekerFilter{})
	if err != nil || n != 1 {
		t.Errorf("CountSeekers = %d, %v, want 1", n, err)
	}
	// Corrected, the same value saves.
	dup.NIK = "6471050101900001"
	if err := s.CreateSeeker(ctx, &dup); err != nil {
		t.Fatalf("CreateSeeker(corrected): %v", err)
	}
	if dup.ID == "" || dup.ID == first.ID {
		t.Errorf("corrected seeker ID = %q", dup.ID)
	}
}

func TestCreateSeekerRejectsBadSex(t *testing.T) {
	s := openTestStore(t)
	sk := data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: "X"}
	err := s.CreateSeeker(context.Background(), &sk)
	if err == nil {
		t.Fatal("CreateSeeker(sex X) succeeded, want the CHECK constraint to refuse it")
	}
	var p *data.Problem
	if errors.As(err, &p) {
		t.Errorf("CreateSeeker(sex X) = %v, a *Problem: want a plain error", err)
	}
}

func TestSeekerNotFound(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})

	if _, err := s.Seeker(ctx, uuid.NewString()); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Seeker(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := s.Seeker(ctx, ""); !errors.Is(err, data.ErrNotFound) {
		t.Errorf(`Seeker("") = %v, want ErrNotFound`, err)
	}
	if _, err := s.SeekerByNIK(ctx, "6471052205868852"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerByNIK(unknown) = %v, want ErrNotFound", err)
	}
	if _, err := s.SeekerByNIK(ctx, "6471 0522 0586 8851"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerByNIK(unclean) = %v, want ErrNotFound: it takes a clean NIK", err)
	}
}

func TestUpdateSeeker(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra Rahmadani", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale, Phone: "084790057568"})
	other := addSeeker(t, s, data.Seeker{NIK: "6471066702932549", Name: "Dewi", BirthDate: ymd(1993, 2, 27), Sex: data.SexFemale})

	later := testNow.Add(90 * time.Minute)
	s.Now = func() time.Time { return later }
	sk.Name = "Hendra Gunawan"
	sk.Phone = "081122334455"
	sk.Education = "S1"
	sk.Warnings = []data.Problem{{Field: "sex", Code: data.WarnNIKSexMismatch, Detail: data.SexFemale}}
	if err := s.UpdateSeeker(ctx, &sk); err != nil {
		t.Fatalf("UpdateSeeker: %v", err)
	}
	if got, want := sk.UpdatedAt, stamp("2026-11-26T11:30:00Z"); !sameTime(got, want) {
		t.Errorf("UpdatedAt = %v, want %v", got, want)
	}
	got, err := s.Seeker(ctx, sk.ID)
	if err != nil {
		t.Fatalf("Seeker: %v", err)
	}
	if !reflect.DeepEqual(got, sk) {
		t.Errorf("Seeker() after update =\n %+v\nwant\n %+v", got, sk)
	}
	if !sameTime(got.CreatedAt, stamp("2026-11-26T10:00:00Z")) {
		t.Errorf("CreatedAt changed to %v", got.CreatedAt)
	}

	// The search index follows the update.
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"gunawan", []string{"Hendra Gunawan"}},
		{"rahmadani", []string{}},
		{"0811", []string{"Hendra Gunawan"}},
		{"0847", []string{}},
	} {
		if got := names(findAll(t, s, SeekerFilter{Query: tt.query})); !slices.Equal(got, tt.want) {
			t.Errorf("search %q after update = %v, want %v", tt.query, got, tt.want)
		}
	}

	// Warnings can be cleared.
	sk.Warnings = nil
	if err := s.UpdateSeeker(ctx, &sk); err != nil {
		t.Fatalf("UpdateSeeker: %v", err)
	}
	if got, _ := s.Seeker(ctx, sk.ID); got.Warnings != nil {
		t.Errorf("Warnings after clearing = %v", got.Warnings)
	}

	// Taking another seeker's NIK is refused.
	taken := sk
	taken.NIK = other.NIK
	err = s.UpdateSeeker(ctx, &taken)
	var p *data.Problem
	if !errors.As(err, &p) || p.Code != data.CodeNIKTaken || p.Field != "nik" {
		t.Errorf("UpdateSeeker(taken NIK) = %v, want %s", err, data.CodeNIKTaken)
	}
	if got, _ := s.Seeker(ctx, sk.ID); got.NIK != sk.NIK {
		t.Errorf("NIK after refused update = %q, want %q", got.NIK, sk.NIK)
	}

	unknown := sk
	unknown.ID = uuid.NewString()
	unknown.NIK = "6471050101900001"
	if err := s.UpdateSeeker(ctx, &unknown); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("UpdateSeeker(unknown) = %v, want ErrNotFound", err)
	}
}

func TestUpdateSeekerKeepsPhotoAndArchive(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	if err := s.SetSeekerPhoto(ctx, sk.ID, []byte{0xff, 0xd8, 0xff}); err != nil {
		t.Fatal(err)
	}
	if err := s.ArchiveSeeker(ctx, sk.ID, true); err != nil {
		t.Fatal(err)
	}
	// A form holding the seeker from before the photo and the archiving saves it.
	sk.Name = "Hendra R."
	if err := s.UpdateSeeker(ctx, &sk); err != nil {
		t.Fatal(err)
	}
	got, err := s.Seeker(ctx, sk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.HasPhoto || got.ArchivedAt.IsZero() || got.Name != "Hendra R." {
		t.Errorf("after update: HasPhoto %v, ArchivedAt %v, Name %q", got.HasPhoto, got.ArchivedAt, got.Name)
	}
}

func TestDeleteSeeker(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra Rahmadani", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	keep := addSeeker(t, s, data.Seeker{NIK: "6471066702932549", Name: "Dewi Rahayu", BirthDate: ymd(1993, 2, 27), Sex: data.SexFemale})
	if err := s.SetSeekerPhoto(ctx, sk.ID, []byte("jpeg")); err != nil {
		t.Fatal(err)
	}

	if err := s.DeleteSeeker(ctx, sk.ID); err != nil {
		t.Fatalf("DeleteSeeker: %v", err)
	}
	if _, err := s.Seeker(ctx, sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Seeker(deleted) = %v, want ErrNotFound", err)
	}
	if _, err := s.SeekerByNIK(ctx, sk.NIK); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerByNIK(deleted) = %v, want ErrNotFound", err)
	}
	if _, err := s.SeekerPhoto(ctx, sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerPhoto(deleted) = %v, want ErrNotFound", err)
	}
	var photos int
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM seeker_photos`).Scan(&photos); err != nil || photos != 0 {
		t.Errorf("photos left = %d, %v", photos, err)
	}
	if got, want := names(findAll(t, s, SeekerFilter{Query: "rah"})), []string{"Dewi Rahayu"}; !slices.Equal(got, want) {
		t.Errorf("search after delete = %v, want %v", got, want)
	}
	if got, err := s.Seeker(ctx, keep.ID); err != nil || got.Name != keep.Name {
		t.Errorf("other seeker after delete = %+v, %v", got, err)
	}
	if err := s.DeleteSeeker(ctx, sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("DeleteSeeker(again) = %v, want ErrNotFound", err)
	}
	if err := s.DeleteSeeker(ctx, uuid.NewString()); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("DeleteSeeker(unknown) = %v, want ErrNotFound", err)
	}
	// The NIK is free again.
	again := addSeeker(t, s, data.Seeker{NIK: sk.NIK, Name: "Hendra Rahmadani", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	if got := names(findAll(t, s, SeekerFilter{Query: "hendra"})); !slices.Equal(got, []string{again.Name}) {
		t.Errorf("search after re-create = %v", got)
	}
}

func TestDeleteSeekerInUse(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	// A record of another package that refers to the seeker (a class member).
	if _, err := s.DB().ExecContext(ctx, `CREATE TABLE test_members (seeker_id TEXT NOT NULL REFERENCES seekers (id))`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO test_members VALUES (?)`, sk.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSeeker(ctx, sk.ID); !errors.Is(err, data.ErrInUse) {
		t.Errorf("DeleteSeeker(in use) = %v, want ErrInUse", err)
	}
	if _, err := s.Seeker(ctx, sk.ID); err != nil {
		t.Errorf("Seeker after refused delete: %v", err)
	}
	if err := s.ArchiveSeeker(ctx, sk.ID, true); err != nil {
		t.Errorf("ArchiveSeeker(in use) = %v", err)
	}
}

func TestArchiveSeeker(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	a := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra Rahmadani", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	b := addSeeker(t, s, data.Seeker{NIK: "6471066702932549", Name: "Dewi Rahayu", BirthDate: ymd(1993, 2, 27), Sex: data.SexFemale})

	later := testNow.Add(time.Hour)
	s.Now = func() time.Time { return later }
	if err := s.ArchiveSeeker(ctx, a.ID, true); err != nil {
		t.Fatalf("ArchiveSeeker: %v", err)
	}
	got, err := s.Seeker(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTime(got.ArchivedAt, stamp("2026-11-26T11:00:00Z")) || !sameTime(got.UpdatedAt, stamp("2026-11-26T11:00:00Z")) {
		t.Errorf("ArchivedAt %v, UpdatedAt %v, want 2026-11-26T11:00:00Z", got.ArchivedAt, got.UpdatedAt)
	}

	check := func(f SeekerFilter, want []string) {
		t.Helper()
		if got := names(findAll(t, s, f)); !slices.Equal(got, want) {
			t.Errorf("FindSeekers(%+v) = %v, want %v", f, got, want)
		}
		if n, err := s.CountSeekers(ctx, f); err != nil || n != len(want) {
			t.Errorf("CountSeekers(%+v) = %d, %v, want %d", f, n, err, len(want))
		}
	}
	check(SeekerFilter{}, []string{b.Name})
	check(SeekerFilter{Query: "rah"}, []string{b.Name})
	check(SeekerFilter{Archived: true}, []string{a.Name})
	check(SeekerFilter{Archived: true, Query: "hendra"}, []string{a.Name})
	check(SeekerFilter{Archived: true, Query: "dewi"}, []string{})

	if err := s.ArchiveSeeker(ctx, a.ID, false); err != nil {
		t.Fatalf("ArchiveSeeker(false): %v", err)
	}
	if got, _ := s.Seeker(ctx, a.ID); !got.ArchivedAt.IsZero() {
		t.Errorf("ArchivedAt after restore = %v", got.ArchivedAt)
	}
	check(SeekerFilter{}, []string{b.Name, a.Name})
	check(SeekerFilter{Archived: true}, []string{})

	if err := s.ArchiveSeeker(ctx, uuid.NewString(), true); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("ArchiveSeeker(unknown) = %v, want ErrNotFound", err)
	}
}

func TestSeekerPhoto(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	sk := addSeeker(t, s, data.Seeker{NIK: "6471052205868851", Name: "Hendra", BirthDate: ymd(1986, 5, 22), Sex: data.SexMale})
	hasPhoto := func() bool {
		t.Helper()
		got, err := s.Seeker(ctx, sk.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.HasPhoto
	}

	if _, err := s.SeekerPhoto(ctx, sk.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerPhoto(none) = %v, want ErrNotFound", err)
	}
	if hasPhoto() {
		t.Error("HasPhoto before any photo")
	}

	photo := []byte{0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 0xff, 0xd9}
	steps := []struct {
		name string
		jpeg []byte
		want []byte // nil: no photo
	}{
		{"set", photo, photo},
		{"replace", []byte{0xff, 0xd8, 9, 9, 0xff, 0xd9}, []byte{0xff, 0xd8, 9, 9, 0xff, 0xd9}},
		{"remove with nil", nil, nil},
		{"remove again", nil, nil},
		{"set again", photo, photo},
		{"empty is removal", []byte{}, nil},
		{"large", make([]byte, 1<<20), make([]byte, 1<<20)},
	}
	for _, st := range steps {
		if err := s.SetSeekerPhoto(ctx, sk.ID, st.jpeg); err != nil {
			t.Fatalf("%s: SetSeekerPhoto: %v", st.name, err)
		}
		got, err := s.SeekerPhoto(ctx, sk.ID)
		switch {
		case st.want == nil:
			if !errors.Is(err, data.ErrNotFound) {
				t.Errorf("%s: SeekerPhoto = %d bytes, %v, want ErrNotFound", st.name, len(got), err)
			}
			if hasPhoto() {
				t.Errorf("%s: HasPhoto true without a photo", st.name)
			}
		default:
			if err != nil || !slices.Equal(got, st.want) {
				t.Errorf("%s: SeekerPhoto = %d bytes, %v, want %d bytes", st.name, len(got), err, len(st.want))
			}
			if !hasPhoto() {
				t.Errorf("%s: HasPhoto false with a photo", st.name)
			}
		}
	}
	// The list does not carry photo bytes but does say who has one.
	if list := findAll(t, s, SeekerFilter{}); len(list) != 1 || !list[0].HasPhoto {
		t.Errorf("FindSeekers HasPhoto = %+v", list)
	}

	unknown := uuid.NewString()
	if err := s.SetSeekerPhoto(ctx, unknown, photo); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SetSeekerPhoto(unknown) = %v, want ErrNotFound", err)
	}
	if err := s.SetSeekerPhoto(ctx, unknown, nil); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SetSeekerPhoto(unknown, nil) = %v, want ErrNotFound", err)
	}
	if _, err := s.SeekerPhoto(ctx, unknown); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("SeekerPhoto(unknown) = %v, want ErrNotFound", err)
	}
}

func TestKecamatans(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()
	got, err := s.Kecamatans(ctx)
	if err != nil || len(got) != 0 {
		t.Errorf("Kecamatans(empty store) = %v, %v", got, err)
	}
	for i, k := range []string{"Balikpapan Utara", "Balikpapan Barat", "", "Balikpapan Utara", "Balikpapan Kota", "Balikpapan Barat"} {
		birth := ymd(1990, 1, 1+i)
		addSeeker(t, s, data.Seeker{NIK: makeNIK(t, "647105", birth, data.SexMale, i+1), Name: "X", BirthDate: birth, Sex: data.SexMale, Kecamatan: k})
	}
	got, err = s.Kecamatans(ctx)
	if err != nil {
		t.Fatalf("Kecamatans: %v", err)
	}
	if want := []string{"Balikpapan Barat", "Balikpapan Kota", "Balikpapan Utara"}; !slices.Equal(got, want) {
		t.Errorf("Kecamatans() = %v, want %v", got, want)
	}
}
