package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"balai/data"
	"balai/data/store"
)

// Demo data: a register of job seekers that looks like Balikpapan's, for
// trying Balai out, for screenshots and for load tests. Every generated seeker
// passes ParseSeeker without problems or warnings.

// seedSalt is the second PCG word for AddDemoSeekers' seed.
const seedSalt = 0x42616c6169 // "Balai"

// Rand is the random source AddDemoSeekers uses for seed.
func Rand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seedSalt)) }

// Seekers generates n realistic, valid job seekers registered in the two
// years up to now, oldest registration first: Indonesian names of the groups
// living in Balikpapan, unique NIKs (mostly issued in Balikpapan, 6471) that
// agree with the birth date and sex, addresses in Balikpapan's six kecamatan,
// unique AK/1 numbers in registration order. The same rng state and now give
// the same seekers.
func Seekers(rng *rand.Rand, n int, now time.Time) []data.Seeker {
	if n <= 0 {
		return nil
	}
	g := newGenerator(rng, now)
	out := make([]data.Seeker, 0, n)
	for _, reg := range g.registrationDates(n) {
		out = append(out, g.seeker(reg))
	}
	return out
}

// AddSeekers adds n generated seekers (see Seekers) in one transaction and
// returns how many were added: all n. NIKs already in the register are not
// generated, and AK/1 numbers continue after the highest one of each year, so
// it can be run again on the same database. The same seed on the same
// register at the same Now gives the same seekers (IDs aside).
func AddSeekers(ctx context.Context, st *store.Store, n int, seed uint64) (int, error) {
	if n <= 0 {
		return 0, nil
	}
	// A bulk write, the way the importer does it: the search index is built
	// once at the end, and for a big write the other indexes too. The writer
	// holds the write lock: the NIKs read now stay free until it commits.
	err := st.WriteSeekers(ctx, n, func(w *store.SeekerWriter) error {
		g := newGenerator(Rand(seed), w.Now())
		if err := w.Taken(ctx, g.take); err != nil {
			return err
		}
		for _, reg := range g.registrationDates(n) {
			if err := w.Add(ctx, g.seeker(reg)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("demo seekers: %w", err)
	}
	return n, nil
}
