package app

import (
	"balai/data/demo"

	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balai/data"
	"balai/data/store"
)

// storeSeeker stores a valid seeker built from text fields, as the form would.
func storeSeeker(t testing.TB, st *store.Store, nik, name, birth, sex, kecamatan string) data.Seeker {
	t.Helper()
	sk, bad, _ := data.ParseSeeker(data.SeekerInput{NIK: nik, Name: name, BirthDate: birth, Sex: sex,
		Kecamatan: kecamatan, Phone: "0812 3456 7890", Education: "SMK"}, st.Now())
	if len(bad) > 0 {
		t.Fatalf("seeker %s: %v", name, bad)
	}
	if err := st.CreateSeeker(context.Background(), &sk); err != nil {
		t.Fatal(err)
	}
	return sk
}

// openSeekersScreen shows the register of store in a test window and waits
// for its first page.
func openSeekersScreen(t *testing.T, st *store.Store) *seekersScreen {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s := newSeekersScreen(w, st)
	s.searchDelay = 0
	s.loads.inline = true
	w.SetContent(s.view())
	w.Resize(fyne.NewSize(1200, 700))
	s.start()
	s.loads.Wait()
	return s
}

// cellText is what the table shows in a cell.
func cellText(s *seekersScreen, row, col int) string {
	l := widget.NewLabel("")
	s.updateCell(widget.TableCellID{Row: row, Col: col}, l)
	s.loads.Wait()
	s.updateCell(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

func TestSeekersScreenSearchFilterSort(t *testing.T) {
	st := openStore(t)
	joko := storeSeeker(t, st, "6471043101859619", "Joko Rahman", "31/01/1985", "L", "Balikpapan Tengah")
	storeSeeker(t, st, "6471066702932549", "Dewi Ramírez", "27/02/1993", "P", "Balikpapan Kota")
	storeSeeker(t, st, "6471054612795626", "Novita Daeng Matutu", "06/12/1979", "P", "Balikpapan Barat")
	if _, err := demo.AddSeekers(context.Background(), st, 250, 5); err != nil {
		t.Fatal(err)
	}
	s := openSeekersScreen(t, st)

	if got, want := s.total, 253; got != want {
		t.Fatalf("rows: got %d, want %d", got, want)
	}
	if got, want := s.count.Text, "253 job seekers"; got != want {
		t.Errorf("count: got %q, want %q", got, want)
	}
	if s.empty.Visible() {
		t.Error("the empty-register message shows over a full register")
	}

	// Search as you type: a word prefix of the surname.
	test.Type(s.search, "rahman")
	want, _ := st.CountSeekers(context.Background(), store.SeekerFilter{Query: "rahman"})
	if got := s.total; got != want || got == 0 {
		t.Fatalf("search rahman: got %d rows, want %d (and more than none)", got, want)
	}
	for row := range s.total {
		if name := cellText(s, row, 1); !strings.Contains(strings.ToLower(name), "rahman") {
			t.Errorf("search rahman shows %q", name)
		}
	}

	// NIK search, then the masked NIK and its reveal.
	s.search.SetText("")
	test.Type(s.search, "64710431")
	if got, want := s.total, 1; got != want {
		t.Fatalf("NIK search: got %d rows, want %d", got, want)
	}
	if got, want := cellText(s, 0, 0), "6471**********19"; got != want {
		t.Errorf("masked NIK: got %q, want %q", got, want)
	}
	s.onCellSelected(widget.TableCellID{Row: 0, Col: 0})
	if got, want := cellText(s, 0, 0), joko.NIK; got != want {
		t.Errorf("revealed NIK: got %q, want %q", got, want)
	}
	s.onCellSelected(widget.TableCellID{Row: 0, Col: 0})
	if got, want := cellText(s, 0, 0), "6471**********19"; got != want {
		t.Errorf("hidden again: got %q, want %q", got, want)
	}

	// Filter by sex: every row is a woman, and the count matches the store.
	s.search.SetText("")
	s.loads.Wait()
	s.sex.SetSelectedIndex(2)
	s.loads.Wait()
	want, _ = st.CountSeekers(context.Background(), store.SeekerFilter{Sex: data.SexFemale})
	if got := s.total; got != want {
		t.Errorf("women: got %d rows, want %d", got, want)
	}
	for row := range min(s.total, 150) {
		if got := cellText(s, row, 2); got != "F" { // in English, under M/F (issue 13)
			t.Fatalf("row %d under the women filter shows sex %q", row, got)
		}
	}

	// Sort by name descending: a second tap on the name header reverses.
	s.sex.SetSelectedIndex(0)
	s.loads.Wait()
	s.onSort(1)
	s.loads.Wait()
	first := cellText(s, 0, 1)
	last := cellText(s, s.total-1, 1)
	if strings.ToLower(first) < strings.ToLower(last) {
		t.Errorf("descending by name: first %q comes before last %q", first, last)
	}
}

func TestSeekersScreenEmptyRegister(t *testing.T) {
	s := openSeekersScreen(t, openStore(t))
	if !s.empty.Visible() || s.table.Visible() {
		t.Error("an empty register does not invite the user to add or import")
	}
	if got, want := s.count.Text, "0 job seekers"; got != want {
		t.Errorf("count: got %q, want %q", got, want)
	}
}

func TestShellShortcutFocusesSearch(t *testing.T) {
	st := openStore(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	sh := newShell(fyne.CurrentApp(), w, st)
	sh.seekers.loads.Wait()
	w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if got := w.Canvas().Focused(); got != s2f(sh.seekers.search) {
		t.Errorf("Ctrl+F focused %v, want the search entry", got)
	}
	menus := w.MainMenu().Items
	if len(menus) != 3 {
		t.Fatalf("menus: got %d, want 3", len(menus))
	}
}

func s2f(e *widget.Entry) fyne.Focusable { return e }

func TestFormatCount(t *testing.T) {
	defer func(prev string) { currentLang = prev }(currentLang)
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{langID, 0, "0"}, {langID, 999, "999"}, {langID, 1000, "1.000"}, {langID, 100000, "100.000"},
		{langID, 1234567, "1.234.567"}, {langEN, 4102, "4,102"}, {langEN, 100000, "100,000"},
	}
	for _, tt := range tests {
		currentLang = tt.lang
		if got := formatCount(tt.n); got != tt.want {
			t.Errorf("formatCount(%d) in %s: got %q, want %q", tt.n, tt.lang, got, tt.want)
		}
	}
}

// BenchmarkOpenRegister100k is start-up to a usable register: open the
// database file of 100,000 seekers, build the window, count and fetch the
// first page. Target with the process start and first paint: under 1.5 s.
func BenchmarkOpenRegister100k(b *testing.B) {
	path := b.TempDir() + "/balai.db"
	s, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := demo.AddSeekers(context.Background(), s, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	s.Close()
	test.NewTempApp(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		st, err := store.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		w := test.NewWindow(nil)
		sh := newShell(fyne.CurrentApp(), w, st)
		sh.seekers.loads.Wait()
		if sh.seekers.total != 100_000 {
			b.Fatalf("rows: %d", sh.seekers.total)
		}
		b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms/open")
		w.Close()
		st.Close()
	}
}
