package store

import (
	"errors"
	"fmt"
	"testing"

	"balai/data"
)

func TestProblemsError(t *testing.T) {
	err := error(data.Problems{{Field: "name", Code: data.CodeRequired}, {Field: "jp", Code: data.CodeJPNotPositive, Detail: "0"}})
	// app/messages words it: "name: value is required; jp: the total JP must be more than 0, not 0".
	if got, want := err.Error(), "name: required; jp: jp_not_positive 0"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var p *data.Problem
	if !errors.As(fmt.Errorf("save: %w", err), &p) || p.Field != "name" {
		t.Errorf("errors.As *Problem: %v", p)
	}
	if problemsError(nil) != nil {
		t.Error("no problems must be no error")
	}
}
