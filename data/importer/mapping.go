package importer

import (
	"balai/data"
	"slices"

	"strings"
	"unicode"
)

// ImportFields lists the fields a column can be mapped to, in form order.
var ImportFields = []string{data.FieldNIK, data.FieldAK1, data.FieldName, data.FieldBirthPlace, data.FieldBirthDate, data.FieldBirthPlaceDate,
	data.FieldSex, data.FieldReligion, data.FieldMarital, data.FieldAddress, data.FieldKelurahan, data.FieldKecamatan, data.FieldCity, data.FieldPhone,
	data.FieldEmail, data.FieldEducation, data.FieldMajor, data.FieldGraduationYear, data.FieldSkills, data.FieldDisability, data.FieldEmployment, data.FieldRegisteredOn, data.FieldNotes}

// foldHeader reduces a header to lower-case letters and digits: "No. HP" → "nohp".
func foldHeader(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MapTitles maps each column title of a header row to the field it names
// ("" = none). A field goes to the column that names it best; the others that
// name it too are left unmapped (see Lookalikes).
func MapTitles(titles []string) []string {
	type candidate struct {
		col, score int
		field      string
	}
	var cs []candidate
	for c, h := range titles {
		if f, s := bestField(readTitle(h)); f != "" {
			cs = append(cs, candidate{c, s, f})
		}
	}
	// Best first; on equal scores the leftmost column.
	slices.SortStableFunc(cs, func(a, b candidate) int { return b.score - a.score })
	m := make([]string, len(titles))
	used := map[string]bool{}
	for _, c := range cs {
		if !used[c.field] {
			m[c.col], used[c.field] = c.field, true
		}
	}
	return m
}

// DetectMapping finds the header row among the first rows of t (offices often
// put a title or two above it) and maps each of its columns to a field. It
// returns the header's index in t.Rows and one field per column ("" =
// ignored). ok is false when no row has both a NIK and a name column.
func DetectMapping(t *Table) (header int, mapping []string, ok bool) {
	for i, row := range t.Rows {
		if i >= headerSearchRows {
			break
		}
		m := MapTitles(row)
		if CheckMapping(m) {
			return i, m, true
		}
	}
	return 0, nil, false
}

// CheckMapping reports whether mapping has the columns an import needs.
func CheckMapping(mapping []string) bool {
	var nik, name bool
	for _, f := range mapping {
		nik = nik || f == data.FieldNIK
		name = name || f == data.FieldName
	}
	return nik && name
}

// setField puts a cell's text into the input field it is mapped to.
func setField(in *data.SeekerInput, field, v string) {
	switch field {
	case data.FieldNIK:
		in.NIK = v
	case data.FieldAK1:
		in.AK1Number = v
	case data.FieldName:
		in.Name = v
	case data.FieldBirthPlace:
		in.BirthPlace = v
	case data.FieldBirthDate:
		in.BirthDate = v
	case data.FieldBirthPlaceDate:
		// "Balikpapan, 17-08-1998": the date follows the last comma.
		if i := strings.LastIndex(v, ","); i >= 0 {
			in.BirthPlace, in.BirthDate = strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+1:])
		} else {
			in.BirthDate = v
		}
	case data.FieldSex:
		in.Sex = v
	case data.FieldReligion:
		in.Religion = v
	case data.FieldMarital:
		in.Marital = v
	case data.FieldAddress:
		in.Address = v
	case data.FieldKelurahan:
		in.Kelurahan = v
	case data.FieldKecamatan:
		in.Kecamatan = v
	case data.FieldCity:
		in.City = v
	case data.FieldPhone:
		in.Phone = v
	case data.FieldEmail:
		in.Email = v
	case data.FieldEducation:
		in.Education = v
	case data.FieldMajor:
		in.Major = v
	case data.FieldGraduationYear:
		in.GraduationYear = v
	case data.FieldSkills:
		in.Skills = v
	case data.FieldDisability:
		in.Disability = v
	case data.FieldEmployment:
		in.Employment = v
	case data.FieldRegisteredOn:
		in.RegisteredOn = v
	case data.FieldNotes:
		in.Notes = v
	}
}

// usedTitles are the titles of the columns mapped to a field.
func usedTitles(header, mapping []string) []string {
	var out []string
	for c, f := range mapping {
		if f != "" && c < len(header) {
			out = append(out, readTitle(header[c]).text)
		}
	}
	return out
}

// ignoredColumns lists the columns not imported: every titled column without
// a field, and every untitled one that holds values ("column K"); and among
// them those whose titles name a field another column gives.
func ignoredColumns(header, mapping []string, hasData []bool) ([]string, []data.Problem) {
	var ignored []string
	var lookalikes []data.Problem
	for c := range max(len(header), len(hasData)) {
		if c < len(mapping) && mapping[c] != "" {
			continue
		}
		t := ""
		if c < len(header) {
			t = readTitle(header[c]).text
		}
		switch {
		case t != "":
			ignored = append(ignored, clip(t))
			if f, _ := bestField(readTitle(header[c])); f != "" {
				lookalikes = append(lookalikes, data.Problem{Field: f, Code: WarnColumnLookalike, Detail: clip(t)})
			}
		case c < len(hasData) && hasData[c]:
			ignored = append(ignored, "column "+columnName(c))
		}
	}
	return ignored, lookalikes
}

// columnName is a column's spreadsheet letter: 0 → A, 26 → AA.
func columnName(c int) string {
	name := ""
	for c++; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name
}

// noColumns is the error for a file without a NIK and a name column, with
// what its first rows hold.
func noColumns(rows [][]string) error {
	e := &NoColumnsError{}
	best := 0
	for _, row := range rows {
		var found []string
		for c, f := range MapTitles(row) {
			if f != "" {
				found = append(found, readTitle(row[c]).text)
			}
		}
		if len(found) > best {
			best, e.Found = len(found), found
		}
		if cells := nonEmpty(row); len(cells) > 0 && len(e.FirstRows) < 3 {
			e.FirstRows = append(e.FirstRows, clip(strings.Join(cells, " · ")))
		}
	}
	return e
}
