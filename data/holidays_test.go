package data

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

func holidayLines(hs []Holiday) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Date.Format(DateLayout) + " " + h.Name
	}
	return out
}

func TestFixedHolidays(t *testing.T) {
	for _, year := range []int{2026, 2031} {
		want := []string{
			fmt.Sprintf("%d-01-01 Tahun Baru Masehi", year),
			fmt.Sprintf("%d-05-01 Hari Buruh", year),
			fmt.Sprintf("%d-06-01 Hari Lahir Pancasila", year),
			fmt.Sprintf("%d-08-17 Hari Kemerdekaan RI", year),
			fmt.Sprintf("%d-12-25 Hari Raya Natal", year),
		}
		if got := holidayLines(FixedHolidays(year)); !reflect.DeepEqual(got, want) {
			t.Errorf("%d: got %q, want %q", year, got, want)
		}
	}
	if name, ok := FixedHoliday(time.Date(2027, 8, 17, 9, 0, 0, 0, time.UTC)); !ok || name != "Hari Kemerdekaan RI" {
		t.Errorf("17 August: got %q, %v", name, ok)
	}
	if _, ok := FixedHoliday(ymd(2027, 8, 18)); ok {
		t.Errorf("18 August is no fixed holiday")
	}
}
