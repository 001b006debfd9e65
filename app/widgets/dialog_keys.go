package widgets

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// DialogKeys lets the keyboard answer dialog d while it shows: Esc runs
// cancel and Enter runs confirm (nil: the key does nothing). Call it when d
// is shown; the window's own key handling comes back when d closes. The
// keys reach the window while no field has the keyboard; an Entry passes
// them on from a field (PassDialogKey).
func DialogKeys(win fyne.Window, d dialog.Dialog, confirm, cancel func()) {
	c := win.Canvas()
	k := &dialogKeys{confirm: confirm, cancel: cancel}
	keysMu.Lock()
	st := keyStacks[c]
	if st == nil {
		st = &keyStack{base: c.OnTypedKey()}
		keyStacks[c] = st
	}
	st.open = append(st.open, k)
	keysMu.Unlock()
	c.SetOnTypedKey(st.typed)
	// A dialog's answer may open the next dialog before this one's closing
	// is told: each takes itself off the stack, wherever it is.
	d.SetOnClosed(func() {
		keysMu.Lock()
		st.open = slices.DeleteFunc(st.open, func(o *dialogKeys) bool { return o == k })
		empty := len(st.open) == 0
		if empty {
			delete(keyStacks, c)
		}
		keysMu.Unlock()
		if empty {
			c.SetOnTypedKey(st.base)
		}
	})
}

// dialogKeys is what Enter and Esc do in one dialog.
type dialogKeys struct{ confirm, cancel func() }

// keyStack is the dialogs of a window that answer keys, the top one last,
// and the window's own key handler from before the first.
type keyStack struct {
	base func(*fyne.KeyEvent)
	open []*dialogKeys
}

// keyStacks are the stacks of the windows showing such dialogs. Touched on
// the UI goroutine; the lock keeps tests that run windows side by side safe.
var (
	keysMu    sync.Mutex
	keyStacks = map[fyne.Canvas]*keyStack{}
)

// typed answers a key for the top dialog.
func (st *keyStack) typed(e *fyne.KeyEvent) {
	keysMu.Lock()
	var top *dialogKeys
	if n := len(st.open); n > 0 {
		top = st.open[n-1]
	}
	keysMu.Unlock()
	var fn func()
	switch {
	case top == nil:
	case e.Name == fyne.KeyEscape:
		fn = top.cancel
	case e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter:
		fn = top.confirm
	default:
		if st.base != nil {
			st.base(e)
		}
		return
	}
	if fn != nil {
		fn()
	}
}

// ShowConfirmDialog shows a confirmation with Enter for its confirm button
// and Esc for its dismiss button.
func ShowConfirmDialog(win fyne.Window, d *dialog.ConfirmDialog) {
	d.Show()
	DialogKeys(win, d, d.Confirm, d.Dismiss)
}

// ShowMessageDialog shows a dialog with one button (information, error)
// that Enter and Esc both close.
func ShowMessageDialog(win fyne.Window, d dialog.Dialog) {
	d.Show()
	DialogKeys(win, d, d.Hide, d.Hide)
}

// Entry is a text entry that passes Esc, and Enter when it has no use for
// it, on to its window: a dialog answers them while one of its fields has
// the keyboard.
type Entry struct {
	widget.Entry
}

// NewEntry makes a one-line Entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes an Entry of several lines.
func NewMultiLineEntry() *Entry {
	e := &Entry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewMultiLineEntry
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey hands Esc and Enter to the window (PassDialogKey), anything
// else to the entry.
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if !PassDialogKey(e, &e.Entry, k) {
		e.Entry.TypedKey(k)
	}
}

// PassDialogKey hands a key typed in entry e (obj is the widget holding
// it) to the window's key handler — a dialog's, see DialogKeys — and
// reports whether it did: Esc always, Enter when e is one line without
// OnSubmitted of its own.
func PassDialogKey(obj fyne.CanvasObject, e *widget.Entry, k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape:
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine || e.OnSubmitted != nil {
			return false
		}
	default:
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	c.OnTypedKey()(k)
	return true
}
