package store

// Test helpers for the tests of package store_test: those that need the demo
// data, which package demo writes through this package.
var (
	OpenTestStore      = openTestStore
	Ymd                = ymd
	TestNow            = testNow
	SameTime           = sameTime
	Stamp              = stamp
	ProblemCode        = problemCode
	FileDSN            = fileDSN
	SettingCertificate = settingCertificate
)

// Tx is the transaction a bulk write runs in, for tests that look inside it.
func (w *SeekerWriter) Tx() *Tx { return w.tx }
