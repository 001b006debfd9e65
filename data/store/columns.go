package store

import (
	"balai/data"
	"time"
)

func storedDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(data.DateLayout)
}
