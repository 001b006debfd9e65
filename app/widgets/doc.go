// Package widgets holds the pieces of the window that several screens use:
// layouts for forms and rows, a field's error line, notices, a confirmation
// question, a table of text and the save dialog. They know Fyne and the
// problems of data, nothing of the store.
package widgets
