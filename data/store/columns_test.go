package store

import (
	"testing"
	"time"
)

func TestTimeText(t *testing.T) {
	tests := []struct {
		in   any
		want time.Time
		bad  bool
	}{
		{"2026-11-26T10:00:00Z", stamp("2026-11-26T10:00:00Z"), false},
		{[]byte("2026-11-26T18:00:00+08:00"), stamp("2026-11-26T10:00:00Z"), false},
		{"", time.Time{}, false},
		{nil, time.Time{}, false},
		{"26/11/2026", time.Time{}, true},
		{int64(7), time.Time{}, true},
	}
	for _, tt := range tests {
		var got time.Time
		err := (*timeText)(&got).Scan(tt.in)
		if (err != nil) != tt.bad || !got.Equal(tt.want) || (!got.IsZero() && got.Location() != time.UTC) {
			t.Errorf("Scan(%v) = %v, %v", tt.in, got, err)
		}
	}
	for _, tt := range []struct {
		in   time.Time
		want string
	}{
		{time.Time{}, ""},
		{time.Date(2026, 11, 27, 7, 0, 0, 0, time.FixedZone("WITA", 8*3600)), "2026-11-26T23:00:00Z"},
	} {
		if v, err := timeText(tt.in).Value(); err != nil || v != tt.want {
			t.Errorf("Value(%v) = %v, %v; want %q", tt.in, v, err, tt.want)
		}
	}
}

func TestDateText(t *testing.T) {
	for _, tt := range []struct {
		in   any
		want time.Time
	}{{"2026-08-17", ymd(2026, 8, 17)}, {"", time.Time{}}, {nil, time.Time{}}, {"not a date", time.Time{}}} {
		var got time.Time
		if err := (*dateText)(&got).Scan(tt.in); err != nil || !got.Equal(tt.want) {
			t.Errorf("Scan(%v) = %v, %v", tt.in, got, err)
		}
	}
	if v, _ := dateText(ymd(2026, 8, 17)).Value(); v != "2026-08-17" {
		t.Errorf("Value = %v", v)
	}
	if v, _ := dateText(time.Time{}).Value(); v != "" {
		t.Errorf("Value(zero) = %v", v)
	}
}
