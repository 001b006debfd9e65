// Package assets embeds Balai's icon, translations and fonts.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// Translations holds translations/<lang>.json: keys are the English source text.
//
//go:embed translations/*.json
var Translations embed.FS
