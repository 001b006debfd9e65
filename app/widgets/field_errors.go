package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balai/data"
)

// FieldErrors holds the error line under each field of a form, by the
// field's name as data.Problem names it.
type FieldErrors struct {
	labels map[string]*widget.Label
}

// NewFieldErrors is a form's error lines, none yet.
func NewFieldErrors() *FieldErrors { return &FieldErrors{labels: map[string]*widget.Label{}} }

// Label is the (hidden) error line of field, made on first use.
func (fe *FieldErrors) Label(field string) *widget.Label {
	if l, ok := fe.labels[field]; ok {
		return l
	}
	l := NewErrorLabel()
	fe.labels[field] = l
	return l
}

// Row is a labelled field above its error line, for PairsGrid.
func (fe *FieldErrors) Row(field, label string, obj fyne.CanvasObject) [2]fyne.CanvasObject {
	return [2]fyne.CanvasObject{container.NewVBox(widget.NewLabel(label)), Field(obj, fe.Label(field))}
}

// Show puts each problem, worded by word, under its field and hides the
// lines of the fields without one. It returns the words of the problems
// that belong to no field of the form.
func (fe *FieldErrors) Show(probs []data.Problem, word func(data.Problem) string) []string {
	texts := map[string][]string{}
	var rest []string
	for _, p := range probs {
		if _, ok := fe.labels[p.Field]; ok {
			texts[p.Field] = append(texts[p.Field], word(p))
		} else {
			rest = append(rest, word(p))
		}
	}
	for field, l := range fe.labels {
		SetMessage(l, strings.Join(texts[field], "\n"))
	}
	return rest
}

// Text is the error shown under a field, "" when none is.
func (fe *FieldErrors) Text(field string) string {
	if l := fe.labels[field]; l != nil && l.Visible() {
		return l.Text
	}
	return ""
}
