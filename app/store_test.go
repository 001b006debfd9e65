package app

import (
	"testing"

	"balai/data/demo/demotest"
	"balai/data/store"
)

// openStore opens a real database in a temporary folder with a fixed clock.
func openStore(t testing.TB) *store.Store { return demotest.OpenStore(t) }

// addDemoClasses fills store with 60 demo seekers and the demo's classes —
// finished (with results), running and planned, in that order — and, asked,
// their attendance. It returns the classes' codes.
func addDemoClasses(t testing.TB, st *store.Store, attendance bool) []string {
	return demotest.AddClasses(t, st, attendance)
}
