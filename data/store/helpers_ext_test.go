package store_test

import (
	"context"
	"testing"

	"balai/data/demo"
	"balai/data/store"
)

// The internal test helpers, under the names the tests use.
var (
	openTestStore      = store.OpenTestStore
	ymd                = store.Ymd
	testNow            = store.TestNow
	sameTime           = store.SameTime
	stamp              = store.Stamp
	problemCode        = store.ProblemCode
	fileDSN            = store.FileDSN
	settingCertificate = store.SettingCertificate
)

// addDemoClasses adds 60 demo seekers and the demo's classes (finished,
// running, planned) and returns their codes.
func addDemoClasses(t *testing.T, s *store.Store) []string {
	t.Helper()
	ctx := context.Background()
	if _, err := demo.AddSeekers(ctx, s, 60, 1); err != nil {
		t.Fatal(err)
	}
	codes, err := demo.AddClasses(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return codes
}
