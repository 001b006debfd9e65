package app

import (
	"context"
	"errors"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"balai/app/messages"
	"balai/app/widgets"
	"balai/data"
	"balai/data/importer"
)

// What the clerk reads when something goes wrong: errors and problems in
// words of the interface language.

// showError tells the user what went wrong in words a clerk understands.
func showError(err error, w fyne.Window) {
	showErrorDialog(errors.New(userMessage(err)), w)
}

// showErrorDialog shows err as it is; Enter and Esc close it.
func showErrorDialog(err error, w fyne.Window) {
	widgets.ShowMessageDialog(w, dialog.NewError(err, w))
}

// showInfo shows a message; Enter and Esc close it.
func showInfo(title, message string, w fyne.Window) {
	widgets.ShowMessageDialog(w, dialog.NewInformation(title, message, w))
}

// showClosable shows content in a dialog with a Close button, which Enter
// and Esc press too.
func showClosable(title string, content fyne.CanvasObject, w fyne.Window) dialog.Dialog {
	d := dialog.NewCustom(title, lang.L("Close"), content, w)
	widgets.ShowMessageDialog(w, d)
	return d
}

// userMessage turns an error from the store or the files into a sentence for the user.
func userMessage(err error) string {
	if msg, ok := databaseFileMessage(err); ok {
		return msg
	}
	var p *data.Problem
	switch {
	case errors.As(err, &p):
		return problemText(*p)
	case errors.Is(err, data.ErrNotFound):
		return lang.L("The record no longer exists. It may have been deleted in another window.")
	case errors.Is(err, data.ErrInUse):
		return lang.L("This record is used elsewhere (a class or a certificate) and cannot be deleted. Archive it instead.")
	case errors.Is(err, importer.ErrNoColumns):
		return lang.L("The file has no NIK and name columns. Check that the first rows hold the column titles, e.g. NIK and Nama.")
	case errors.Is(err, importer.ErrUnreadable):
		return lang.L("The file cannot be read as a CSV or Excel (.xlsx) table.") + "\n" + err.Error()
	case errors.Is(err, context.Canceled):
		return lang.L("Cancelled. Nothing was changed.")
	case errors.Is(err, os.ErrPermission):
		return lang.L("Balai may not open or write this file. Choose another folder.")
	}
	return lang.L("Something went wrong:") + " " + err.Error()
}

// problemText is a validation problem in the interface language, from the
// catalogue, as a sentence.
func problemText(p data.Problem) string {
	s := messages.Problem(currentLang, p)
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// problemsOf is the list of problems in a store error, nil when it has none.
func problemsOf(err error) []data.Problem {
	var ps data.Problems
	if errors.As(err, &ps) {
		return ps
	}
	var p *data.Problem
	if errors.As(err, &p) && !errors.Is(err, data.ErrInUse) {
		return []data.Problem{*p}
	}
	return nil
}

// userMessageOrProblems is every problem of err in words, else userMessage.
func userMessageOrProblems(err error) string {
	var p *data.Problem
	if errors.Is(err, data.ErrInUse) && errors.As(err, &p) {
		return problemText(*p)
	}
	if ps := problemsOf(err); ps != nil {
		texts := make([]string, len(ps))
		for i, p := range ps {
			texts[i] = problemText(p)
		}
		return strings.Join(texts, "\n")
	}
	return userMessage(err)
}

// closeSavedForm ends a form's save: the store's objections go under the
// fields (showProblems), another error to a message; saved, the form's
// dialog closes and onSaved runs.
func closeSavedForm(err error, showProblems func([]data.Problem), win fyne.Window, dlg dialog.Dialog, onSaved func()) {
	if ps := problemsOf(err); ps != nil {
		showProblems(ps)
		return
	}
	if err != nil {
		showError(err, win)
		return
	}
	dlg.Hide()
	if onSaved != nil {
		onSaved()
	}
}

// joinLines joins the texts that are not empty, one a line.
func joinLines(texts []string) string {
	out := ""
	for _, t := range texts {
		if t == "" {
			continue
		}
		if out != "" {
			out += "\n"
		}
		out += t
	}
	return out
}
