package cli

import (
	"flag"
	"fmt"
	"time"

	"balai/data"
)

// dateRange is --from DATE --to DATE: the sessions a sheet or schedule
// holds, both days included; either may be left out.
type dateRange struct {
	fromText, toText *string
	from, to         time.Time
}

func (r *dateRange) flags(fs *flag.FlagSet) {
	r.fromText = fs.String("from", "", "only the sessions from this date (26-11-2026, 2026-11-26, 26 November 2026)")
	r.toText = fs.String("to", "", "only the sessions up to this date, included")
}

// parse reads the dates given; a date that cannot be read, or a range that
// ends before it starts, is a usage error.
func (r *dateRange) parse() error {
	var err error
	if r.from, err = optionalDate("--from", *r.fromText); err != nil {
		return err
	}
	if r.to, err = optionalDate("--to", *r.toText); err != nil {
		return err
	}
	if !r.from.IsZero() && !r.to.IsZero() && r.to.Before(r.from) {
		return usageError{fmt.Sprintf("--to %s is before --from %s", *r.toText, *r.fromText)}
	}
	return nil
}

// optionalDate reads the date given to flag name; "" is no date.
func optionalDate(name, text string) (time.Time, error) {
	if text == "" {
		return time.Time{}, nil
	}
	d, ok := data.ParseDate(text)
	if !ok {
		return time.Time{}, usageError{fmt.Sprintf("%s %q is not a date: write it like 26-11-2026", name, text)}
	}
	return d, nil
}
