package data

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// pcProgram is a valid program of kejuruan Las whose units have the given JP.
func pcProgram(code string, unitJP ...int) Program {
	p := Program{Code: code, Name: "Las SMAW " + code, Kejuruan: "Las", Description: "Pengelasan pelat"}
	for i, jp := range unitJP {
		p.Units = append(p.Units, Unit{Code: fmt.Sprintf("C.25LAS00.%03d.1", i+1), Title: fmt.Sprintf("Unit %d", i+1), JP: jp})
		p.JP += jp
	}
	return p
}

func pcProblemLines(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, strings.TrimSpace(p.Field+" "+p.Code+" "+p.Detail))
	}
	return out
}

func TestValidateProgram(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Program)
		want []string
	}{
		{"valid", func(p *Program) {}, nil},
		{"lower-case code is upper-cased", func(p *Program) { p.Code = " las-3g " }, nil},
		{"code of 12", func(p *Program) { p.Code = "ABCDEFGHIJ12" }, nil},
		{"code missing", func(p *Program) { p.Code = "  " }, []string{"code required"}},
		{"code with space", func(p *Program) { p.Code = "LAS 3G" }, []string{"code bad_program_code LAS 3G"}},
		{"code with dot", func(p *Program) { p.Code = "las.3g" }, []string{"code bad_program_code LAS.3G"}},
		{"code of 13", func(p *Program) { p.Code = "ABCDEFGHIJ123" }, []string{"code bad_program_code ABCDEFGHIJ123"}},
		{"code starting with dash", func(p *Program) { p.Code = "-LAS" }, []string{"code bad_program_code -LAS"}},
		{"code with double dash", func(p *Program) { p.Code = "LAS--3G" }, []string{"code bad_program_code LAS--3G"}},
		{"code with letters beyond ASCII", func(p *Program) { p.Code = "LÁS" }, []string{"code bad_program_code LÁS"}},
		{"name missing", func(p *Program) { p.Name = "" }, []string{"name required"}},
		{"kejuruan missing", func(p *Program) { p.Kejuruan = " " }, []string{"kejuruan required"}},
		{"JP zero", func(p *Program) { p.JP = 0 }, []string{"jp jp_not_positive 0"}},
		{"JP negative", func(p *Program) { p.JP = -8 }, []string{"jp jp_not_positive -8"}},
		{"no units", func(p *Program) { p.Units = nil }, []string{"units no_units"}},
		{"unit without title", func(p *Program) { p.Units[1].Title = " " }, []string{"units.1.title unit_title_missing 2"}},
		{"unit JP zero", func(p *Program) { p.JP -= p.Units[2].JP; p.Units[2].JP = 0 }, []string{"units.2.jp unit_jp_not_positive 3"}},
		{"unit JP negative", func(p *Program) { p.Units[0].JP = -1 }, []string{"units.0.jp unit_jp_not_positive 1"}},
		{"units 8 JP too many", func(p *Program) { p.JP -= 8 }, []string{"units units_jp_mismatch +8"}},
		{"units 16 JP short", func(p *Program) { p.JP += 16 }, []string{"units units_jp_mismatch -16"}},
		{"everything wrong", func(p *Program) { *p = Program{Units: []Unit{{JP: 4}}} },
			[]string{"code required", "name required", "kejuruan required", "jp jp_not_positive 0", "units.0.title unit_title_missing 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := pcProgram("LAS", 40, 80, 120)
			tt.edit(&p)
			if got, want := pcProblemLines(ValidateProgram(p)), tt.want; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestUnitsJPMismatchMessage(t *testing.T) {
	p := pcProgram("LAS", 40, 80)
	p.JP = 112
	probs := ValidateProgram(p)
	if len(probs) != 1 {
		t.Fatalf("got %v, want one problem", probs)
	}
	// app/messages words it: "the units' JP differ from the program's total JP by +8 JP".
	if got, want := probs[0], (Problem{Field: "units", Code: CodeUnitsJPMismatch, Detail: "+8"}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestNIP(t *testing.T) {
	tests := []struct{ in, stored, formatted string }{
		{"19671018 199303 1 004", "196710181993031004", "19671018 199303 1 004"},
		{"196710181993031004", "196710181993031004", "19671018 199303 1 004"},
		{" 1967 1018 1993 0310 04 ", "196710181993031004", "19671018 199303 1 004"},
		{"19671018-199303-1-004", "19671018-199303-1-004", "19671018-199303-1-004"}, // not only spaces: kept as typed
		{"6471 0431 0185 9619", "6471 0431 0185 9619", "6471 0431 0185 9619"},       // a NIK, 16 digits
		{"1967101819930310045", "1967101819930310045", "1967101819930310045"},       // 19 digits
		{"  ", "", ""},
	}
	for _, tt := range tests {
		if got, want := NormalizeNIP(tt.in), tt.stored; got != want {
			t.Errorf("NormalizeNIP(%q) = %q, want %q", tt.in, got, want)
		}
		if got, want := FormatNIP(tt.stored), tt.formatted; got != want {
			t.Errorf("FormatNIP(%q) = %q, want %q", tt.stored, got, want)
		}
	}
}

func TestValidateInstructor(t *testing.T) {
	tests := []struct {
		name string
		in   Instructor
		want []string
	}{
		{"name only", Instructor{Name: "Budi"}, nil},
		{"all fields", Instructor{Name: "Budi", NIP: "19671018 199303 1 004", Phone: "+62 812-3456-7890", Kejuruan: "Las"}, nil},
		{"other ID number", Instructor{Name: "Budi", NIP: "KTP 6471"}, nil},
		{"name missing", Instructor{Name: " ", NIP: "1"}, []string{"name required"}},
		{"bad phone", Instructor{Name: "Budi", Phone: "call me"}, []string{"phone bad_phone call me"}},
	}
	for _, tt := range tests {
		if got := pcProblemLines(ValidateInstructor(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestValidateRoom(t *testing.T) {
	tests := []struct {
		name string
		r    Room
		want []string
	}{
		{"valid", Room{Name: "Bengkel Las", Capacity: 16}, nil},
		{"name missing", Room{Name: " ", Capacity: 16}, []string{"name required"}},
		{"capacity zero", Room{Name: "R", Capacity: 0}, []string{"capacity capacity_not_positive 0"}},
		{"capacity negative", Room{Name: "R", Capacity: -2}, []string{"capacity capacity_not_positive -2"}},
	}
	for _, tt := range tests {
		if got := pcProblemLines(ValidateRoom(tt.r)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
