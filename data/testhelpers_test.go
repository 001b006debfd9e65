package data

import (
	"time"
)

// testNow is the fixed "now" of the test store: Thursday 26 November 2026, 10:00 UTC.
var testNow = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

// ymd is a calendar date as Balai holds it (midnight UTC).
func ymd(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
