package app

import (
	"encoding/json"
	"io/fs"
	"maps"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"balai/assets"
	"balai/data"
)

// Languages the user can choose; Indonesian is the default.
const (
	langID = "id"
	langEN = "en"
)

const prefLanguage = "language"

// loadTranslations reads every translations/*.json file for language code
// (id.json, and parts named <part>.id.json) into one key → text map.
func loadTranslations(code string) map[string]string {
	out := map[string]string{}
	entries, _ := fs.ReadDir(assets.Translations, "translations")
	for _, e := range entries {
		name := e.Name()
		if name != code+".json" && !strings.HasSuffix(name, "."+code+".json") {
			continue
		}
		b, err := fs.ReadFile(assets.Translations, "translations/"+name)
		if err != nil {
			continue
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			fyne.LogError("translation file "+name, err)
			continue
		}
		maps.Copy(out, m)
	}
	return out
}

// setLanguage makes lang.L speak code whatever the operating system's locale:
// Fyne picks the translation closest to the system locale, so the chosen
// language is registered for English (Fyne's fallback), Indonesian and the
// system's own language alike.
func setLanguage(code string) {
	if code != langEN {
		code = langID
	}
	b, _ := json.Marshal(loadTranslations(code))
	for _, loc := range []fyne.Locale{"en", "id", fyne.Locale(lang.SystemLocale().LanguageString())} {
		if err := lang.AddTranslationsForLocale(b, loc); err != nil {
			fyne.LogError("load translations", err)
		}
	}
	currentLang = code
}

// currentLang is the language lang.L speaks, for dates.
var currentLang = langID

// formatDate writes a date in the interface language: "26 November 2026".
func formatDate(t time.Time) string { return data.FormatDate(t, currentLang) }
