package store

import (
	"balai/data"

	"context"
	"errors"
	"iter"
)

// errStopIteration tells EachSeeker that the consumer of AllSeekers broke out
// of its loop.
var errStopIteration = errors.New("iteration stopped")

// AllSeekers ranges over the seekers the filter selects, in its order, without
// holding them all in memory (see EachSeeker):
//
//	for sk, err := range store.AllSeekers(ctx, f) {
//		if err != nil {
//			return err
//		}
//		…
//	}
//
// A failure is yielded once, with a zero Seeker, and ends the sequence.
// Breaking out of the loop stops the query.
func (s *Store) AllSeekers(ctx context.Context, f SeekerFilter) iter.Seq2[data.Seeker, error] {
	return func(yield func(data.Seeker, error) bool) {
		err := s.EachSeeker(ctx, f, func(sk data.Seeker) error {
			if !yield(sk, nil) {
				return errStopIteration
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStopIteration) {
			yield(data.Seeker{}, err)
		}
	}
}
