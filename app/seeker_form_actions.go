package app

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// What the seeker form's buttons do: save, cancel, archive or restore, delete.

// onSave validates and saves the seeker with their photo.
func (f *seekerForm) onSave() {
	if f.photoBusy || f.choosing || f.confirm != nil {
		return // another dialog is on top, or the photo is not ready
	}
	f.attempted = true
	sk, bad, warn := f.check()
	f.showProblems(bad)
	f.showWarnings(warn)
	if len(bad) > 0 {
		f.reveal(bad[0].Field)
		return
	}
	ctx := context.Background()
	var err error
	if f.orig == nil {
		err = f.store.CreateSeeker(ctx, &sk)
	} else {
		sk.ID = f.orig.ID
		err = f.store.UpdateSeeker(ctx, &sk)
	}
	var p *data.Problem
	if errors.As(err, &p) && p.Code == data.CodeNIKTaken {
		f.taken = takenCheck{nik: sk.NIK, problem: p}
		f.showProblems([]data.Problem{*p})
		f.reveal(data.FieldNIK)
		return
	}
	if err != nil {
		showError(err, f.win)
		return
	}
	if f.photoDirty {
		if err := f.store.SetSeekerPhoto(ctx, sk.ID, f.photoJPEG); err != nil {
			// The seeker is saved; only the photo is missing.
			showErrorDialog(errors.New(lang.L("The job seeker was saved, but the photo was not:")+" "+userMessage(err)), f.win)
		}
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// reveal scrolls to a field with a problem and puts the cursor in it.
func (f *seekerForm) reveal(field string) {
	obj, ok := f.fieldObj[field]
	if !ok {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(f.scroll.Content).Y
	if y < f.scroll.Offset.Y || y+obj.Size().Height > f.scroll.Offset.Y+f.scroll.Size().Height {
		f.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-4*theme.Padding())))
	}
	if field == data.FieldNIK && f.nikMasked {
		return
	}
	if fo, ok := obj.(fyne.Focusable); ok {
		f.win.Canvas().Focus(fo)
	} else if field == data.FieldNIK {
		f.win.Canvas().Focus(f.nik)
	}
}

// onCancel closes the form; changes are given up after asking.
func (f *seekerForm) onCancel() {
	f.discardThen(f.close)
}

// discardThen runs next at once, or after the user agreed to lose the changes.
func (f *seekerForm) discardThen(next func()) {
	if !f.dirty && !f.photoDirty {
		next()
		return
	}
	f.showConfirm(lang.L("Discard changes?"),
		lang.L("The changes to this job seeker have not been saved."),
		lang.L("Discard"), lang.L("Keep editing"), widget.DangerImportance, func(ok bool) {
			if ok {
				next()
			}
		})
}

// showConfirm asks a question on top of the form.
func (f *seekerForm) showConfirm(title, message, confirm, dismiss string, imp widget.Importance, done func(bool)) {
	l := widget.NewLabel(message)
	l.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(title, confirm, dismiss, l, func(ok bool) {
		f.confirm = nil
		done(ok)
	}, f.win)
	c.SetConfirmImportance(imp)
	c.Resize(fyne.NewSize(480, 0))
	f.confirm = c
	widgets.ShowConfirmDialog(f.win, c)
}

// onArchive archives the seeker, or restores an archived one.
func (f *seekerForm) onArchive() {
	if f.orig == nil {
		return
	}
	f.discardThen(func() { f.setArchived(f.orig.ArchivedAt.IsZero()) })
}

func (f *seekerForm) setArchived(archived bool) {
	if err := f.store.ArchiveSeeker(context.Background(), f.orig.ID, archived); err != nil {
		showError(err, f.win)
		return
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}

// onDelete asks before deleting the seeker for good.
func (f *seekerForm) onDelete() {
	if f.orig == nil {
		return
	}
	msg := lang.L("Delete {{.Name}} (NIK {{.NIK}}) and their photo for good? This cannot be undone. To keep the record but hide it, archive it instead.",
		map[string]any{"Name": f.orig.Name, "NIK": data.MaskNIK(f.orig.NIK)})
	f.showConfirm(lang.L("Delete job seeker?"), msg, lang.L("Delete"), lang.L("Cancel"), widget.DangerImportance, f.onDeleteConfirmed)
}

func (f *seekerForm) onDeleteConfirmed(ok bool) {
	if !ok {
		return
	}
	err := f.store.DeleteSeeker(context.Background(), f.orig.ID)
	switch {
	case errors.Is(err, data.ErrInUse):
		if !f.orig.ArchivedAt.IsZero() {
			showInfo(lang.L("Cannot delete"), lang.L("{{.Name}} is in a training class or has a certificate, so the record must stay. It is archived already.",
				map[string]any{"Name": f.orig.Name}), f.win)
			return
		}
		f.showConfirm(lang.L("Cannot delete"),
			lang.L("{{.Name}} is in a training class or has a certificate, so the record must stay. Archive it instead? It is then hidden from the register.",
				map[string]any{"Name": f.orig.Name}),
			lang.L("Archive"), lang.L("Cancel"), widget.HighImportance, func(ok bool) {
				if ok {
					f.setArchived(true)
				}
			})
		return
	case err != nil:
		showError(err, f.win)
		return
	}
	f.close()
	if f.onSaved != nil {
		f.onSaved()
	}
}
