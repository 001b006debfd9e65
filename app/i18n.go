package app

import (
	"encoding/json"
	"io/fs"
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

// loadTranslations reads translations/<code>.json into a key → text map.
func loadTranslations(code string) map[string]string {
	out := map[string]string{}
	b, err := fs.ReadFile(assets.Translations, "translations/"+code+".json")
	if err != nil {
		fyne.LogError("translations for "+code, err)
		return out
	}
	if err := json.Unmarshal(b, &out); err != nil {
		fyne.LogError("translations for "+code, err)
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
