package store

import (
	"context"
	"testing"
	"time"
)

func TestBeginFixesNowAndToday(t *testing.T) {
	s := openTestStore(t)
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 7, 0, 0, 999, time.FixedZone("WITA", 8*3600)) }
	for name, begin := range map[string]func(context.Context) (*Tx, error){"read": s.beginRead, "write": s.beginWrite} {
		tx, err := begin(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if want := stamp("2026-11-26T23:00:00Z"); tx.now != want || !tx.today.Equal(ymd(2026, 11, 27)) {
			t.Errorf("%s: now %v, today %v", name, tx.now, tx.today)
		}
		tx.Rollback()
	}
}
