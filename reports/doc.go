// Package reports writes Balai's documents and exports: the register of job
// seekers as CSV and XLSX, and the printed forms of the training centre.
//
// It works on the types of package data and never imports the GUI toolkit, so
// the command line and tests can produce every document the app produces.
package reports
