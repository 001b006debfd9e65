// Package messages is the one catalogue of the problems Balai reports, in
// Indonesian and English: the CLI prints its English, the window speaks the
// language the clerk chose, and import reports are worded from it. Adding a
// rule to data means adding its code here, in both languages, once.
package messages

import (
	"errors"
	"fmt"
	"strings"

	"balai/data"
)

// The languages of the catalogue.
const (
	English    = "en"
	Indonesian = "id"
)

// text is one problem in both languages. A text holds at most one verb for
// the problem's detail: %s puts it as it is, %q quotes it as Go does (the
// CLI's English has always quoted values that way).
type text struct {
	en, id string
}

// catalogue is every problem code with its texts, gathered from the lists
// kept per part of the domain.
var catalogue = merge(seekerTexts, programTexts, classTexts, participantTexts,
	attendanceTexts, certificateTexts, holidayTexts, importTexts, backupTexts, placementTexts)

func merge(lists ...map[string]text) map[string]text {
	out := map[string]text{}
	for _, l := range lists {
		for code, t := range l {
			if _, dup := out[code]; dup {
				panic("messages: problem code " + code + " is listed twice")
			}
			out[code] = t
		}
	}
	return out
}

// Codes are the problem codes the catalogue words, for tests.
func Codes() []string {
	out := make([]string, 0, len(catalogue))
	for code := range catalogue {
		out = append(out, code)
	}
	return out
}

// Problem words p in lang (English for "en", else Indonesian). An unknown
// code is given as it is, so that nothing is ever silently lost.
func Problem(lang string, p data.Problem) string {
	t, ok := catalogue[p.Code]
	if !ok {
		return p.Code
	}
	s, detail := t.id, p.Detail
	if lang == English {
		s = t.en
	} else if p.Code == data.CodeCertBelowAttendance {
		detail = strings.ReplaceAll(detail, ".", ",") // "58,7% < 80%", as the percentage column shows it
	}
	return fill(s, detail)
}

// fill puts detail in the text's verb. Without a detail the verb goes with
// one space beside it ("NIK %q must have 16 digits" → "NIK must have 16
// digits").
func fill(s, detail string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	if detail == "" {
		s = withoutVerb.Replace(s)
		if !strings.Contains(s, "%") {
			return s
		}
	}
	return fmt.Sprintf(s, detail)
}

var withoutVerb = strings.NewReplacer(" “%s”", "", "“%s” ", "", " %q", "", " %s", "", "%q ", "", "%s ", "")

// Error is err's text with every problem in it worded in lang: a problem
// reads "field: sentence", several are joined by "; ". Other errors keep
// their text.
func Error(lang string, err error) string {
	s := err.Error()
	var ps data.Problems
	if errors.As(err, &ps) {
		worded := make([]string, len(ps))
		for i, p := range ps {
			worded[i] = p.Field + ": " + Problem(lang, p)
		}
		return strings.Replace(s, ps.Error(), strings.Join(worded, "; "), 1)
	}
	if p := problemIn(err); p != nil {
		return strings.Replace(s, p.Error(), p.Field+": "+Problem(lang, *p), 1)
	}
	return s
}

// problemIn is the problem err holds, by pointer or by value; nil for none.
func problemIn(err error) *data.Problem {
	var pp *data.Problem
	if errors.As(err, &pp) {
		return pp
	}
	var p data.Problem
	if errors.As(err, &p) {
		return &p
	}
	return nil
}
