// Package reports writes Balai's documents and exports: the register of job
// seekers as CSV and XLSX, import reports, and the training centre's printed
// forms.
//
// It works on the types of package data and never imports the GUI toolkit, so
// the command line and tests produce every document the app produces.
package reports
