package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
)

// sheetParts maps each sheet's name to the zip part holding it, from the
// workbook and its relationships, as excelize does internally; nil when the
// workbook does not say (excelize then reports the problem itself).
func sheetParts(raw []byte) map[string]string {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil
	}
	book := officeDocument(zr)
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if !readXMLPart(zr, book, &wb) {
		return nil
	}
	targets := relationships(zr, path.Join(path.Dir(book), "_rels", path.Base(book)+".rels"), path.Dir(book))
	parts := make(map[string]string, len(wb.Sheets))
	for _, s := range wb.Sheets {
		if t, ok := targets[s.RID]; ok {
			parts[s.Name] = t
		}
	}
	return parts
}

// officeDocument is the workbook's part name, "xl/workbook.xml" unless the
// package's relationships say otherwise.
func officeDocument(zr *zip.Reader) string {
	var rels xlsxRels
	if readXMLPart(zr, "_rels/.rels", &rels) {
		for _, r := range rels.Rel {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				return strings.TrimPrefix(r.Target, "/")
			}
		}
	}
	return "xl/workbook.xml"
}

type xlsxRels struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// relationships maps the IDs in the relationships part name to their
// targets' part names (relative targets resolved against dir).
func relationships(zr *zip.Reader, name, dir string) map[string]string {
	var rels xlsxRels
	if !readXMLPart(zr, name, &rels) {
		return nil
	}
	out := make(map[string]string, len(rels.Rel))
	for _, r := range rels.Rel {
		if strings.HasPrefix(r.Target, "/") {
			out[r.ID] = strings.TrimPrefix(r.Target, "/")
		} else {
			out[r.ID] = path.Join(dir, r.Target)
		}
	}
	return out
}

// readXMLPart decodes the part name into v; false when it is missing or
// not XML. checkWorkbook has already bounded every part's size.
func readXMLPart(zr *zip.Reader, name string, v any) bool {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		return xml.NewDecoder(io.LimitReader(rc, limits.unzipped)).Decode(v) == nil
	}
	return false
}
