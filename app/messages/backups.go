package messages

import "balai/data"

// backupTexts are the problems of the backup settings.
var backupTexts = map[string]text{
	data.CodeBackupFolderMissing: {
		en: "the folder %q does not exist or is not reachable (is the USB stick plugged in?)",
		id: "Folder “%s” tidak ada atau tidak terjangkau (apakah flashdisk sudah dipasang?)",
	},
	data.CodeBackupPassphraseShort: {
		en: "the passphrase must have at least %s characters",
		id: "Kata sandi minimal %s karakter",
	},
}
