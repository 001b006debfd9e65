package app

import (
	"balai/data/photo"

	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balai/app/widgets"
	"balai/data"
)

// The seeker's photo (pas foto 3×4): chosen from a file, cropped and reduced
// in the background, shown in the form and stored on Save.

// buildPhoto makes the photo with its buttons: a 3×4 frame that shows the
// photo, or an icon when there is none.
func (f *seekerForm) buildPhoto() fyne.CanvasObject {
	f.photo = canvas.NewImageFromImage(nil)
	f.photo.FillMode = canvas.ImageFillContain
	f.photo.SetMinSize(photoSize)
	f.photo.Hide()
	noPhotoIcon := canvas.NewImageFromResource(theme.AccountIcon())
	noPhotoIcon.FillMode = canvas.ImageFillContain
	noPhotoIcon.SetMinSize(fyne.NewSquareSize(48))
	noPhotoText := canvas.NewText(lang.L("No photo"), theme.Color(theme.ColorNamePlaceHolder))
	noPhotoText.TextSize = theme.CaptionTextSize()
	noPhotoText.Alignment = fyne.TextAlignCenter
	f.noPhoto = container.NewCenter(container.NewVBox(noPhotoIcon, noPhotoText))
	frame := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	frame.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	frame.StrokeWidth = 1
	frame.SetMinSize(photoSize)
	f.photoChoose = widget.NewButtonWithIcon(lang.L("Choose photo…"), theme.FolderOpenIcon(), f.onChoosePhoto)
	f.photoRemove = widget.NewButtonWithIcon(lang.L("Remove photo"), theme.DeleteIcon(), f.onRemovePhoto)
	f.photoRemove.Disable()
	f.photoMsg = widget.NewLabel(lang.L("JPEG or PNG, 3×4 portrait. A larger photo is cropped and reduced."))
	f.photoMsg.Wrapping = fyne.TextWrapWord
	f.photoMsg.SizeName = theme.SizeNameCaptionText
	return container.NewBorder(nil, nil,
		container.NewVBox(container.NewStack(frame, f.noPhoto, f.photo)), nil,
		container.NewVBox(container.NewHBox(container.NewVBox(f.photoChoose, f.photoRemove)), f.photoMsg))
}

// onChoosePhoto lets the user pick a JPEG or PNG file.
func (f *seekerForm) onChoosePhoto() {
	f.choosing = true
	widgets.OpenFile(f.win, widgets.FileRequest{Kind: widgets.FilesImages, Title: lang.L("Choose the photo (JPEG or PNG)"),
		Exts: []string{".jpg", ".jpeg", ".JPG", ".JPEG", ".png", ".PNG"}}, f.onPhotoFile)
}

// onPhotoFile is the file dialog's answer.
func (f *seekerForm) onPhotoFile(rc fyne.URIReadCloser, err error) {
	f.choosing = false
	if err != nil {
		showError(err, f.win)
		return
	}
	if rc == nil {
		return // cancelled
	}
	f.loadPhoto(rc)
}

// loadPhoto reads, crops and scales a photo in the background and shows it.
// It closes r.
func (f *seekerForm) loadPhoto(r io.ReadCloser) {
	f.photoBusy = true
	f.save.Disable()
	f.photoChoose.Disable()
	setPhotoMessage(f.photoMsg, lang.L("Preparing the photo…"), widget.MediumImportance)
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		jpg, err := photo.Prepare(r)
		r.Close()
		var img image.Image
		if err == nil {
			img, err = jpeg.Decode(bytes.NewReader(jpg))
		}
		fyne.Do(func() {
			f.photoBusy = false
			f.save.Enable()
			f.photoChoose.Enable()
			if err != nil {
				setPhotoMessage(f.photoMsg, photoErrorText(err), widget.DangerImportance)
				return
			}
			f.photoJPEG, f.photoDirty = jpg, true
			f.showPhoto(img)
			setPhotoMessage(f.photoMsg, lang.L("New photo: it is stored when you save."), widget.MediumImportance)
		})
	}()
}

// loadStoredPhoto shows the seeker's stored photo, read in the background.
func (f *seekerForm) loadStoredPhoto() {
	id := f.orig.ID
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		jpg, err := f.store.SeekerPhoto(context.Background(), id)
		var img image.Image
		if err == nil {
			img, err = jpeg.Decode(bytes.NewReader(jpg))
		}
		fyne.Do(func() {
			if f.photoDirty {
				return // the user chose another photo meanwhile
			}
			switch {
			case errors.Is(err, data.ErrNotFound):
			case err != nil:
				setPhotoMessage(f.photoMsg, lang.L("The stored photo cannot be shown."), widget.DangerImportance)
			default:
				f.showPhoto(img)
			}
		})
	}()
}

func (f *seekerForm) showPhoto(img image.Image) {
	if img == nil {
		f.photo.Image = nil
		f.photo.Hide()
		f.noPhoto.Show()
		f.photoRemove.Disable()
		return
	}
	f.photo.Image = img
	f.photo.Show()
	f.noPhoto.Hide()
	f.photo.Refresh()
	f.photoRemove.Enable()
}

// onRemovePhoto drops the photo; the stored one is removed on save.
func (f *seekerForm) onRemovePhoto() {
	f.photoJPEG = nil
	f.photoDirty = f.orig != nil && f.orig.HasPhoto // a stored photo is removed on save
	f.showPhoto(nil)
	setPhotoMessage(f.photoMsg, lang.L("No photo."), widget.MediumImportance)
}

func setPhotoMessage(l *widget.Label, text string, imp widget.Importance) {
	l.Importance = imp
	l.SetText(text)
}

// photoErrorText says why a photo was refused.
func photoErrorText(err error) string {
	switch {
	case errors.Is(err, photo.ErrFormat):
		return lang.L("This file is not a JPEG or PNG photo. Choose a .jpg or .png file.")
	case errors.Is(err, photo.ErrTooSmall):
		return lang.L("This photo is too small (at least 60×80 pixels). Scan or photograph it again.")
	case errors.Is(err, photo.ErrTooLarge):
		return lang.L("This photo is too large (more than 40 megapixels). Choose a smaller copy.")
	}
	return userMessage(err)
}
