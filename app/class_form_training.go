package app

import (
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// The class form's training method (luring, daring, blended) and training
// type (PBK, …, or typed), which the ministry's lists report.

func methodLabel(method string) string {
	switch method {
	case data.MethodOffline:
		return lang.L("Offline (luring)")
	case data.MethodOnline:
		return lang.L("Online (daring)")
	case data.MethodBlended:
		return lang.L("Blended")
	}
	return method
}

// newTrainingFields makes the method's choice and the type's list.
func newTrainingFields() (*widget.Select, *widget.SelectEntry) {
	opts := []string{lang.L("(none)")}
	for _, m := range data.TrainingMethods {
		opts = append(opts, methodLabel(m))
	}
	method := widget.NewSelect(opts, nil)
	method.PlaceHolder = lang.L("(choose)")
	ttype := widget.NewSelectEntry(data.TrainingTypes)
	ttype.SetPlaceHolder(lang.L("e.g. PBK"))
	return method, ttype
}

// setTrainingFields shows c's method and type.
func setTrainingFields(method *widget.Select, ttype *widget.SelectEntry, c data.Class) {
	method.SetSelectedIndex(slices.Index(data.TrainingMethods, c.Method) + 1)
	ttype.SetText(c.Type)
}

// readTrainingFields reads the method and type chosen.
func readTrainingFields(method *widget.Select, ttype *widget.SelectEntry) (string, string) {
	m := ""
	if i := method.SelectedIndex(); i > 0 {
		m = data.TrainingMethods[i-1]
	}
	return m, ttype.Text
}
