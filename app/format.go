package app

import (
	"strconv"
	"strings"
	"time"

	"balai/data"
)

// How values are written and read in the interface: counts, dates,
// percentages and scores with the language's marks.

// formatCount writes 12345 as "12.345" (Indonesian) or "12,345" (English).
func formatCount(n int) string {
	sep := "."
	if currentLang == langEN {
		sep = ","
	}
	digits := strconv.Itoa(n)
	out := ""
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out += sep
		}
		out += string(r)
	}
	return out
}

// dayDate writes a date with its weekday: "Senin, 5 Januari 2026".
func dayDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	day := data.DayName(t)
	if currentLang == langEN {
		day = t.Weekday().String()
	}
	return day + ", " + formatDate(t)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// percentText writes a percentage with one decimal in the interface language's mark.
func percentText(p float64) string {
	s := strconv.FormatFloat(p, 'f', 1, 64)
	if currentLang != langEN {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s + "%"
}

// scoreText writes a score with the interface language's decimal mark; nil is "–".
func scoreText(score *float64) string {
	if score == nil {
		return "–"
	}
	s := strconv.FormatFloat(*score, 'f', -1, 64)
	if currentLang != langEN {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// readScore reads a score as typed, with a comma or a point; "" is none.
func readScore(v string) (*float64, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64)
	if err != nil {
		return nil, &data.Problem{Field: "score", Code: data.CodeBadScore, Detail: v}
	}
	return &f, nil
}

// civilDay is the calendar day of t, as Balai holds dates (midnight UTC).
func civilDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// readCount reads a whole number; ok false when the text is not one.
func readCount(text string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	return n, err == nil
}

// readDate reads a date field: zero when empty, a problem when not a date.
func readDate(field, text string, probs *[]data.Problem) time.Time {
	v := strings.TrimSpace(text)
	if v == "" {
		return time.Time{}
	}
	t, ok := data.ParseDate(v)
	if !ok {
		*probs = append(*probs, data.Problem{Field: field, Code: data.CodeBadDate, Detail: v})
	}
	return t
}

// weekdayName is the weekday in the interface language.
func weekdayName(wd time.Weekday) string {
	if currentLang == langEN {
		return wd.String()
	}
	return data.DayName(time.Date(2026, 1, 4+int(wd), 0, 0, 0, 0, time.UTC)) // 4 January 2026 is a Sunday
}
