// Package locale tidies the process locale before Fyne reads it.
//
// Fyne's language package picks its language while the program initialises,
// from LC_ALL, LC_MESSAGES or LANG; a "C.UTF-8" locale, common on servers and
// in scripts, makes it log "Error parsing user locale C" on every command.
// Go initialises packages in import-path order once their imports are ready,
// and this one needs only os and strings, so its init runs before Fyne's.
// Balai chooses its interface language itself (Indonesian unless the user
// picked English); this only keeps the noise out.
package locale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		// go-locale reads LANGUAGE only when the locale is not exactly C or POSIX.
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
