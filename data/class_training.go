package data

import (
	"slices"
	"strings"
)

// How a class is taught and what kind of training it is: the ministry's
// participant list and the recaps print both (Metode Pelatihan, Jenis
// Pelatihan).

// Training methods (metode pelatihan), as stored.
const (
	MethodOffline = "luring"  // in the centre
	MethodOnline  = "daring"  // online
	MethodBlended = "blended" // both
)

// TrainingMethods lists the methods in the order the form offers them.
var TrainingMethods = []string{MethodOffline, MethodOnline, MethodBlended}

// TrainingTypes are the kinds of training (jenis pelatihan) the class form
// proposes; offices name others too, which are kept as typed.
var TrainingTypes = []string{"PBK", "MTU", "Pemagangan", "Peningkatan Produktivitas"}

// CodeBadMethod: a training method that is not luring, daring or blended.
// Detail: the method given.
const CodeBadMethod = "bad_training_method"

// MethodLabel is a method as the ministry's lists write it: "Luring".
func MethodLabel(method string) string {
	switch method {
	case MethodOffline:
		return "Luring"
	case MethodOnline:
		return "Daring"
	case MethodBlended:
		return "Blended"
	}
	return method
}

// cleanClassTraining puts the method in its stored spelling (any case of
// luring, daring, blended, or of their labels) and a training type that is
// one of TrainingTypes in its list spelling; other types stay as typed.
func cleanClassTraining(c *Class) []Problem {
	var probs []Problem
	c.Method = strings.ToLower(strings.TrimSpace(c.Method))
	if c.Method != "" && !slices.Contains(TrainingMethods, c.Method) {
		probs = append(probs, Problem{Field: "method", Code: CodeBadMethod, Detail: c.Method})
	}
	c.Type = CleanText(c.Type)
	if i := slices.IndexFunc(TrainingTypes, func(t string) bool { return strings.EqualFold(t, c.Type) }); i >= 0 {
		c.Type = TrainingTypes[i]
	}
	return probs
}
