package importer

import (
	"io"
	"strings"

	"balai/data"
)

// ReadNIKList reads the NIKs of a .csv or .xlsx file (name gives the type),
// as they are written there, for EnrolNIKs. The NIK column is the one whose
// header names it (NIK, No. KTP…, among the first 20 rows, below any title);
// a file without such a header is a bare list, read from its first column,
// leaving out leading cells without digits (titles). Blank cells are left out.
func ReadNIKList(r io.Reader, name string) ([]string, error) {
	t, err := ReadTable(r, name, "")
	if err != nil {
		return nil, err
	}
	col, first := 0, 0
	found := false
	for i, row := range t.Rows {
		if i >= 20 || found {
			break
		}
		for c, h := range row {
			if FieldForHeader(h) == data.FieldNIK {
				col, first, found = c, i+1, true
				break
			}
		}
	}
	var out []string
	for _, row := range t.Rows[first:] {
		if col >= len(row) {
			continue
		}
		v := strings.TrimSpace(row[col])
		if v == "" {
			continue
		}
		if !found && len(out) == 0 && !strings.ContainsAny(v, "0123456789") {
			continue // a title above a bare list
		}
		out = append(out, v)
	}
	return out, nil
}
