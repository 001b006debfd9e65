// Package office holds the jobs both the window and the commands run: the
// data of a class page, the schedule and attendance documents, issuing and
// printing certificates, and writing files whole or not at all. It knows
// the store and the report writers, and nothing of Fyne.
package office
