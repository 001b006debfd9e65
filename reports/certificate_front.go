package reports

import (
	"strings"

	"github.com/jung-kurt/gofpdf"

	"balai/data"
)

// The body of a front, from the title to the result, as the landscape and
// portrait designs share it: blocks laid out down the page with the room
// left over shared among them (placeStack).

// bodyStyle is how a front's body is set: its sizes scaled by scale (below 1
// when a bilingual certificate needs the room), in the design's colour.
type bodyStyle struct {
	scale     float64
	colour    [3]int
	bilingual bool
	left      float64
	width     float64
}

// The sizes of a front's body at scale 1, in points.
const (
	certTitleSize  = 30.0
	certTextSize   = 12.0
	certSmallSize  = 11.0
	certResultSize = 20.0
	// The holder's name: the largest text on the page, as large as fits in
	// this range on one line, or on two; never smaller than nameMin.
	nameMax       = 32.0
	nameGood      = 28.0
	nameMin       = 20.0
	englishFactor = 0.8 // the English under a line, to its size
)

// frontBlocks are the body's blocks: title, number, "diberikan kepada", the
// name, birth, what was followed, who organised and paid, the result.
func frontBlocks(c data.Certificate, st bodyStyle) []certBlock {
	cc := c.Content
	s := st.scale
	gap := func(g float64) float64 { return g * s * s }
	blocks := []certBlock{
		{gap: gap(2), weight: 1, put: func(b *pageBuilder, y float64) float64 {
			h := st.centred(b, y, bilingualText{id: certTitle.id}, "SB", certTitleSize*s, st.colour, 0.95)
			if st.bilingual {
				h += st.centred(b, y+h, bilingualText{id: certTitle.en}, "SI", 13*s, st.colour, 1)
			}
			return h
		}},
		{gap: gap(1), weight: 0.4, put: func(b *pageBuilder, y float64) float64 {
			h := st.centred(b, y, bilingualText{id: numberLine(c.Number)}, "", certSmallSize*s, colorText, 1)
			if r := replacesText(c.Replaces); r.id != "" {
				h += st.centred(b, y+h, r, "I", 8.5*s, colorMuted, 1)
			}
			return h
		}},
		{gap: gap(5), weight: 1.2, put: func(b *pageBuilder, y float64) float64 {
			return st.centred(b, y, certAwarded, "I", certTextSize*s, colorText, 1)
		}},
		{gap: gap(1.5), weight: 0.3, put: func(b *pageBuilder, y float64) float64 {
			return layoutCertName(b, cc.Name, st.left, y, st.width, st.nameMax(), st.colour)
		}},
		{gap: gap(1.5), weight: 0.3, put: func(b *pageBuilder, y float64) float64 {
			return st.centred(b, y, birthLine(cc), "", certSmallSize*s, colorText, 1)
		}},
		{gap: gap(5), weight: 1.2, put: func(b *pageBuilder, y float64) float64 {
			return st.training(b, y, cc)
		}},
	}
	if f := fundingText(cc); f.id != "" {
		blocks = append(blocks, certBlock{gap: gap(1.5), weight: 0.4, put: func(b *pageBuilder, y float64) float64 {
			return st.centred(b, y, f, "", certSmallSize*s, colorText, 1)
		}})
	}
	if r := resultText(cc.Result); r != "" {
		blocks = append(blocks, certBlock{gap: gap(4), weight: 1, put: func(b *pageBuilder, y float64) float64 {
			return st.result(b, y, r, resultEnglish(cc.Result))
		}})
	}
	return blocks
}

// nameMax is the largest size of the name: nameMax, down to nameGood as the
// body is scaled down.
func (st bodyStyle) nameMax() float64 {
	return max(nameGood, nameMax-(1-st.scale)*40)
}

// result lays out "dan dinyatakan KOMPETEN" centred on one line, the result
// large in serif bold in the design's colour, and its English under it.
func (st bodyStyle) result(b *pageBuilder, y float64, result, english string) float64 {
	size, big := certTextSize*st.scale, certResultSize*st.scale
	const lead = "dan dinyatakan"
	setFont(b.pdf, "", size)
	w1, space := b.pdf.GetStringWidth(lead), b.pdf.GetStringWidth(" ")
	setFont(b.pdf, "SB", big)
	w2 := b.pdf.GetStringWidth(pdfText(result))
	h := lineHeight(big) * 0.95
	base := y + h/2 + 0.3*big*25.4/72
	x := st.left + (st.width-w1-space-w2)/2
	b.text(x, base, lead, "", size, colorText)
	b.text(x+w1+space, base, result, "SB", big, st.colour)
	if st.bilingual && english != "" {
		h += st.centred(b, y+h, bilingualText{id: english}, "I", max(7, size*englishFactor), colorMuted, 1)
	}
	return h
}

// centred lays out t centred from y, wrapped to the body's width, lines
// lineH × the usual height apart, with the English smaller, in italics and
// grey under it; it returns the height.
func (st bodyStyle) centred(b *pageBuilder, y float64, t bilingualText, style string, size float64, colour [3]int, lineH float64) float64 {
	top := y
	put := func(s, style string, size float64, colour [3]int) {
		setFont(b.pdf, style, size)
		h := lineHeight(size) * lineH
		for _, l := range wrapText(b.pdf, s, st.width-2*cellMargin) {
			b.cell(st.left, y, st.width, h, l, style, size, "C", colour)
			y += h
		}
	}
	put(t.id, style, size, colour)
	if st.bilingual && t.en != "" {
		es := "I"
		if strings.Contains(style, "S") {
			es = "SI"
		}
		put(t.en, es, max(7, size*englishFactor), colorMuted)
	}
	return y - top
}

// training lays out the paragraph of what was followed, centred, the program
// in bold, and its English; it returns the height.
func (st bodyStyle) training(b *pageBuilder, y float64, cc data.CertificateContent) float64 {
	top := y
	size := certTextSize * st.scale
	lh := lineHeight(size) * 1.15
	cx := st.left + st.width/2
	for _, l := range richLines(b.pdf, trainingWords(cc), size, st.width*0.9) {
		centredRich(b, l, cx, y+lh/2+0.3*size*25.4/72, size, colorText)
		y += lh
	}
	if st.bilingual {
		y += st.centred(b, y, bilingualText{id: trainingEnglish(cc)}, "I", max(7, size*englishFactor), colorMuted, 1)
	}
	return y - top
}

// layoutCertName puts the holder's name from y, centred in width, over a
// rule in colour: in serif bold, as large as fits up to most points
// (fitName). It returns the height down to under the rule.
func layoutCertName(b *pageBuilder, name string, left, y, width, most float64, colour [3]int) float64 {
	top := y
	cx := left + width/2
	size, lines := fitName(b.pdf, name, width-10, most)
	nh := lineHeight(size) * 0.92
	widest := 0.0
	for _, l := range lines {
		_, w := b.cell(left, y, width, nh, l, "SB", size, "C", colorText)
		widest = max(widest, w)
		y += nh
	}
	ruleW := min(width-10, max(110, widest+20))
	b.line(cx-ruleW/2, y+1, cx+ruleW/2, y+1, 0.4, colour)
	return y + 2.5 - top
}

// fitName is the size and lines of a name set in serif bold in width: one
// line at the largest size from most (at most nameMax) down to nameGood;
// else two balanced lines at the largest size down to nameMin, unless one
// line at nearly the same size fits; a name that fits no way (one word
// longer than the line) is shrunk onto one line.
func fitName(pdf *gofpdf.Fpdf, name string, width, most float64) (float64, []string) {
	most = min(most, nameMax)
	name = strings.Join(strings.Fields(pdfText(name)), " ")
	fits := func(s string, size float64) bool {
		setFont(pdf, "SB", size)
		return pdf.GetStringWidth(s) <= width
	}
	one := 0.0
	for size := most; size >= nameMin; size -= 0.5 {
		if fits(name, size) {
			one = size
			break
		}
	}
	if one >= nameGood {
		return one, []string{name}
	}
	a, z := splitName(pdf, name)
	for size := most; size >= nameMin && z != ""; size -= 0.5 {
		if size <= one+2 {
			break // one line at nearly this size reads better than two
		}
		if fits(a, size) && fits(z, size) {
			return size, []string{a, z}
		}
	}
	if one > 0 {
		return one, []string{name}
	}
	return fitFontSize(pdf, "SB", name, nameMin, 6, width), []string{name}
}

// splitName splits a name into two lines at the space that makes the longer
// line shortest; z is "" for a name of one word.
func splitName(pdf *gofpdf.Fpdf, name string) (a, z string) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name, ""
	}
	setFont(pdf, "SB", nameGood)
	best := -1.0
	for i := 1; i < len(words); i++ {
		l, r := strings.Join(words[:i], " "), strings.Join(words[i:], " ")
		if w := max(pdf.GetStringWidth(l), pdf.GetStringWidth(r)); best < 0 || w < best {
			best, a, z = w, l, r
		}
	}
	return a, z
}
