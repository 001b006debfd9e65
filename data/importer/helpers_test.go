package importer

import (
	"balai/data/demo/demotest"

	"context"
	"errors"
	"testing"
	"time"

	"balai/data"
	"balai/data/store"
)

// testNow is the fixed time of the test stores.
var testNow = demotest.Now

// openStore opens a new register in a temporary folder.
func openStore(t testing.TB) *store.Store { return demotest.OpenStore(t) }

// ymd is a calendar date as Balai holds it (midnight UTC).
func ymd(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// problemCode is the code of the *data.Problem in err, "" when none.
func problemCode(err error) string {
	var p *data.Problem
	if errors.As(err, &p) {
		return p.Code
	}
	return ""
}

// importText imports text as a file called name into s.
func importText(t *testing.T, s *store.Store, name, text string) Result {
	t.Helper()
	res, err := ImportSeekers(context.Background(), s, Bytes(name, []byte(text)), Options{})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return res
}
