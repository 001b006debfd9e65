package app

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"balai/app/backup"
	"balai/data"
	"balai/data/store"
)

// databaseFileMessage words the errors of database files, backups and
// restores; ok is false for other errors.
func databaseFileMessage(err error) (msg string, ok bool) {
	var fe *store.FileError
	var damaged *backup.DamagedError
	var unreachable *backup.UnreachableError
	var newer *store.NewerDatabaseError
	switch {
	case errors.As(err, &fe) && errors.Is(err, data.ErrReadOnly) && fe.Folder:
		return lang.L("Balai may not write in the folder {{.Folder}}: it is read-only. Choose a folder where you may save files.", map[string]any{"Folder": fe.Path}), true
	case errors.As(err, &fe) && errors.Is(err, data.ErrReadOnly):
		return lang.L("Balai may not write to {{.File}}: the file is read-only.", map[string]any{"File": fe.Path}), true
	case errors.As(err, &fe) && errors.Is(err, data.ErrNotBalaiDatabase):
		return lang.L("{{.File}} is not a Balai database.", map[string]any{"File": fe.Path}), true
	case errors.As(err, &fe) && errors.Is(err, data.ErrNoFolder):
		return lang.L("The folder {{.Folder}} does not exist.", map[string]any{"Folder": fe.Path}), true
	case errors.As(err, &newer):
		return lang.L("This database was made by a newer Balai (version {{.Migration}}). Update Balai to open it.", map[string]any{"Migration": newer.Migration}), true
	case errors.Is(err, backup.ErrPassphraseNeeded):
		return lang.L("The file is encrypted: its passphrase is needed."), true
	case errors.Is(err, backup.ErrWrongPassphrase):
		return lang.L("The passphrase does not open this file."), true
	case errors.Is(err, data.ErrNotBalaiDatabase):
		return lang.L("The file is not a Balai database. Nothing was changed."), true
	case errors.As(err, &damaged):
		return lang.L("The file is damaged, so it was not restored. Nothing was changed. Try an older backup.") + "\n" + damaged.Problems[0], true
	case errors.As(err, &unreachable):
		return lang.L("The second folder {{.Folder}} is not reachable: is the USB stick plugged in?", map[string]any{"Folder": unreachable.Folder}), true
	}
	return "", false
}
