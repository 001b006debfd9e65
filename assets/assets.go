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

// Fonts holds fonts/NotoSans-{Regular,Bold,Italic}.ttf, the TrueType fonts
// embedded in Balai's PDF documents (Latin, Latin Extended, Vietnamese, Greek
// and Cyrillic), fonts/NotoSerif-{Bold,Italic}.ttf for a
// certificate's title and name, and fonts/OFL.txt, their licence (SIL Open
// Font License 1.1), which must travel with them.
//
//go:embed fonts/*.ttf fonts/OFL.txt
var Fonts embed.FS
