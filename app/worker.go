package app

import (
	"sync"

	"fyne.io/fyne/v2"
)

// worker runs a screen's background jobs one after another on a goroutine of
// its own, started when there is work and gone when there is none. Queries
// of one screen then never compete with each other (fast scrolling queues page
// loads instead of starting many at once), and their results reach the
// widgets in order. Wait blocks until the queue is empty, for tests.
type worker struct {
	// inline runs each job at once on the caller's goroutine. For tests: the
	// test driver runs fyne.Do on the calling goroutine, so a job on a
	// goroutine of its own would race the test's own widget calls.
	inline bool

	mu      sync.Mutex
	queue   []func()
	running bool
	pending sync.WaitGroup
}

// do queues job. The job runs off the UI goroutine and must hand widget
// updates to fyne.Do.
func (w *worker) do(job func()) {
	if w.inline {
		job()
		return
	}
	w.pending.Add(1)
	w.mu.Lock()
	w.queue = append(w.queue, job)
	start := !w.running
	w.running = true
	w.mu.Unlock()
	if start {
		go w.drain()
	}
}

func (w *worker) drain() {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.running = false
			w.mu.Unlock()
			return
		}
		job := w.queue[0]
		w.queue = w.queue[1:]
		w.mu.Unlock()
		job()
		w.pending.Done()
	}
}

// Wait returns when every queued job has run.
func (w *worker) Wait() { w.pending.Wait() }

// load is a screen's reload: it moves *gen on, runs fetch on the worker, then
// on the UI goroutine shows fetch's error or calls show — unless a later load
// has moved *gen on meanwhile, whose result is the one to show. Call it on
// the UI goroutine; fetch fills variables that show reads.
func (w *worker) load(gen *int, win fyne.Window, fetch func() error, show func()) {
	*gen++
	mine := *gen
	w.do(func() {
		err := fetch()
		fyne.Do(func() {
			if mine != *gen {
				return
			}
			if err != nil {
				showError(err, win)
				return
			}
			show()
		})
	})
}
