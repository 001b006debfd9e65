package data

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	aug17 := ymd(1998, 8, 17)
	tests := []struct {
		raw    string
		want   time.Time
		wantOK bool
	}{
		{"17/08/1998", aug17, true},
		{"17-08-1998", aug17, true},
		{"17.08.1998", aug17, true},
		{"17/8/1998", aug17, true},
		{" 17 / 08 / 1998 ", aug17, true},
		{"1998-08-17", aug17, true},
		{"1998/08/17", aug17, true},
		{"1998-8-17", aug17, true},
		{"1998-08-17 00:00:00", aug17, true},
		{"1998-08-17T00:00:00Z", aug17, true},
		{"1998-08-17T23:59:59+08:00", aug17, true},
		{"17/08/1998 00:00:00", aug17, true},
		{"17/08/1998 0:00", aug17, true},
		{"17 Agustus 1998", aug17, true},
		{"17 agustus 1998", aug17, true},
		{"17 AGUSTUS 1998", aug17, true},
		{"17 Agt 1998", aug17, true},
		{"17 Agu 1998", aug17, true},
		{"17 Ags 1998", aug17, true},
		{"17 Aug 1998", aug17, true},
		{"17 August 1998", aug17, true},
		{"17-Agustus-1998", aug17, true},
		{"17 Agustus, 1998", aug17, true},
		{"1 Januari 2000", ymd(2000, 1, 1), true},
		{"5 Mei 1990", ymd(1990, 5, 5), true},
		{"5 May 1990", ymd(1990, 5, 5), true},
		{"10 Okt 1990", ymd(1990, 10, 10), true},
		{"10 Oct 1990", ymd(1990, 10, 10), true},
		{"3 Nopember 1990", ymd(1990, 11, 3), true},
		{"3 Nop 1990", ymd(1990, 11, 3), true},
		{"3 Pebruari 1990", ymd(1990, 2, 3), true},
		{"25 Des 1990", ymd(1990, 12, 25), true},
		{"25 Dec 1990", ymd(1990, 12, 25), true},
		{"29/02/2000", ymd(2000, 2, 29), true},
		{"29/02/1996", ymd(1996, 2, 29), true},
		{"31/12/1999", ymd(1999, 12, 31), true},

		{"31/02/1999", time.Time{}, false},
		{"29/02/2001", time.Time{}, false},
		{"29/02/1900", time.Time{}, false},
		{"31/04/1999", time.Time{}, false},
		{"32/01/1999", time.Time{}, false},
		{"00/01/1999", time.Time{}, false},
		{"01/13/1999", time.Time{}, false},
		{"01/00/1999", time.Time{}, false},
		{"08/17/1998", time.Time{}, false}, // American order: month 17
		{"1998-02-30", time.Time{}, false},
		{"17/08/98", time.Time{}, false},
		{"17-08-98", time.Time{}, false},
		{"17 Agustus 98", time.Time{}, false},
		{"17/08/0000", time.Time{}, false},
		{"17/08/19988", time.Time{}, false},
		{"17 Agustusan 1998", time.Time{}, false},
		{"17 Foo 1998", time.Time{}, false},
		{"Agustus 17 1998", time.Time{}, false},
		{"17/08", time.Time{}, false},
		{"17/08/1998/1", time.Time{}, false},
		{"17/08/1998 25:00", time.Time{}, false},
		{"17/08/1998 pagi", time.Time{}, false},
		{"tujuh belas", time.Time{}, false},
		{"1998", time.Time{}, false},
		{"35592", time.Time{}, false}, // a serial is for ParseDateCell
		{"-17-08-1998x", time.Time{}, false},
		{"", time.Time{}, false},
		{"   ", time.Time{}, false},
		{"+1/+8/1998", time.Time{}, false},
		{"١٧/٠٨/١٩٩٨", time.Time{}, false}, // Arabic-Indic digits
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, ok := ParseDate(tt.raw)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %s, %v, want %s, %v", tt.raw, got.Format(DateLayout), ok, tt.want.Format(DateLayout), tt.wantOK)
			}
			if ok && got.Location() != time.UTC {
				t.Errorf("ParseDate(%q) location = %s, want UTC", tt.raw, got.Location())
			}
		})
	}
}

func TestParseDateCell(t *testing.T) {
	tests := []struct {
		raw    string
		want   time.Time
		wantOK bool
	}{
		{"35592", ymd(1997, 6, 11), true},
		{"30194", ymd(1982, 8, 31), true},
		{"30195", ymd(1982, 9, 1), true},
		{"45000", ymd(2023, 3, 15), true},
		{"46352", ymd(2026, 11, 26), true},
		{" 35592 ", ymd(1997, 6, 11), true},
		{"35592.75", ymd(1997, 6, 11), true}, // a time of day is dropped
		{"367", ymd(1901, 1, 1), true},
		{"17/08/1998", ymd(1998, 8, 17), true},
		{"17 Agustus 1998", ymd(1998, 8, 17), true},

		{"3000", ymd(1908, 3, 18), true},
		{"999", ymd(1902, 9, 25), true},

		{"366", time.Time{}, false},  // too small to be a plausible date
		{"1998", time.Time{}, false}, // a year alone, not serial 1998 (1905-06-20)
		{"2026", time.Time{}, false},
		{"1000", time.Time{}, false},
		{"2999.5", time.Time{}, false},
		{"17", time.Time{}, false},
		{"0", time.Time{}, false},
		{"-35592", time.Time{}, false},
		{"109575", time.Time{}, false},
		{"3.5592E+4", time.Time{}, false},
		{"35592e0", time.Time{}, false},
		{"0x8B08p0", time.Time{}, false},
		{"Inf", time.Time{}, false},
		{"NaN", time.Time{}, false},
		{"35.592.1", time.Time{}, false},
		{"35,592", time.Time{}, false},
		{"", time.Time{}, false},
		{"garbage", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got, ok := ParseDateCell(tt.raw)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("ParseDateCell(%q) = %s, %v, want %s, %v", tt.raw, got.Format(DateLayout), ok, tt.want.Format(DateLayout), tt.wantOK)
			}
		})
	}
}

func TestExcelSerialDate(t *testing.T) {
	tests := []struct {
		serial float64
		want   time.Time
		wantOK bool
	}{
		{1, ymd(1900, 1, 1), true},
		{31, ymd(1900, 1, 31), true},
		{59, ymd(1900, 2, 28), true},
		{60, time.Time{}, false}, // Excel's 29 February 1900 never was
		{61, ymd(1900, 3, 1), true},
		{35592, ymd(1997, 6, 11), true},
		{35592.999, ymd(1997, 6, 11), true},
		{30195, ymd(1982, 9, 1), true},
		{2958465, ymd(9999, 12, 31), true},
		{2958466, time.Time{}, false},
		{0, time.Time{}, false},
		{0.5, time.Time{}, false},
		{-1, time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ExcelSerialDate(tt.serial)
		if ok != tt.wantOK || !got.Equal(tt.want) {
			t.Errorf("ExcelSerialDate(%v) = %s, %v, want %s, %v", tt.serial, got.Format(DateLayout), ok, tt.want.Format(DateLayout), tt.wantOK)
		}
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		t    time.Time
		lang string
		want string
	}{
		{testNow, "id", "26 November 2026"},
		{testNow, "en", "26 November 2026"},
		{ymd(1998, 8, 17), "id", "17 Agustus 1998"},
		{ymd(1998, 8, 17), "en", "17 August 1998"},
		{ymd(1998, 8, 17), "", "17 Agustus 1998"},
		{ymd(2000, 1, 1), "id", "1 Januari 2000"},
		{ymd(1990, 5, 5), "id", "5 Mei 1990"},
		{ymd(1990, 5, 5), "en", "5 May 1990"},
		{ymd(1990, 2, 3), "id", "3 Februari 1990"},
		{ymd(1990, 12, 25), "id", "25 Desember 1990"},
		{time.Time{}, "id", ""},
		{time.Time{}, "en", ""},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.t, tt.lang); got != tt.want {
			t.Errorf("FormatDate(%s, %q) = %q, want %q", tt.t.Format(DateLayout), tt.lang, got, tt.want)
		}
	}
}

func TestFormatDateParsesBack(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for d := ymd(2024, 1, 1); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
			text := FormatDate(d, lang)
			got, ok := ParseDate(text)
			if !ok || !got.Equal(d) {
				t.Errorf("ParseDate(FormatDate(%s, %q) = %q) = %s, %v", d.Format(DateLayout), lang, text, got.Format(DateLayout), ok)
			}
		}
	}
}

func TestDayName(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{ymd(2026, 11, 23), "Senin"},
		{ymd(2026, 11, 24), "Selasa"},
		{ymd(2026, 11, 25), "Rabu"},
		{testNow, "Kamis"},
		{ymd(2026, 11, 27), "Jumat"},
		{ymd(2026, 11, 28), "Sabtu"},
		{ymd(2026, 11, 29), "Minggu"},
		{ymd(1945, 8, 17), "Jumat"},
	}
	for _, tt := range tests {
		if got := DayName(tt.t); got != tt.want {
			t.Errorf("DayName(%s) = %q, want %q", tt.t.Format(DateLayout), got, tt.want)
		}
	}
}

func TestMonthName(t *testing.T) {
	want := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
		"Agustus", "September", "Oktober", "November", "Desember"}
	for i, w := range want {
		if got := MonthName(time.Month(i + 1)); got != w {
			t.Errorf("MonthName(%d) = %q, want %q", i+1, got, w)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, seed := range []string{
		"17/08/1998", "17-08-1998", "17.08.1998", "1998-08-17", "17 Agustus 1998", "17 Agt 1998",
		"17 August 1998", "1998-08-17 00:00:00", "1998-08-17T10:00:00Z", "17/08/1998 0:00",
		"31/02/1999", "29/02/2001", "29/02/2000", "17/08/98", "", "garbage", "0001-01-01",
		"9999-12-31", "01/01/0001", "1/1/1", "1998-08-17 ", "17 Mei 1998", "17 nop 1998",
		"35592", "1998-08-1700:00", "2000-02-29T", "\xff/\xfe/1998",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, ok := ParseDate(raw)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("ParseDate(%q) = %s, false: want the zero time", raw, got)
			}
			return
		}
		if got.Location() != time.UTC || got.Hour() != 0 || got.Minute() != 0 || got.Second() != 0 || got.Nanosecond() != 0 {
			t.Fatalf("ParseDate(%q) = %s: want midnight UTC", raw, got)
		}
		text := got.Format("02/01/2006")
		again, ok := ParseDate(text)
		if !ok || !again.Equal(got) {
			t.Fatalf("ParseDate(%q) = %s, but ParseDate(%q) = %s, %v", raw, got.Format(DateLayout), text, again.Format(DateLayout), ok)
		}
		for _, lang := range []string{"id", "en"} {
			if got.Year() < 1000 {
				break // FormatDate writes year 1 as "1", which no clerk types and ParseDate refuses
			}
			text := FormatDate(got, lang)
			again, ok := ParseDate(text)
			if !ok || !again.Equal(got) {
				t.Fatalf("ParseDate(%q) = %s, but ParseDate(%q) = %s, %v", raw, got.Format(DateLayout), text, again.Format(DateLayout), ok)
			}
		}
		_ = DayName(got)
	})
}

func TestDateOrder(t *testing.T) {
	tests := []struct {
		raw       string
		proves    DateOrder
		dayFirst  string // ParseDateInOrder with DayFirst, "" = not a date
		monthFrst string // with MonthFirst
	}{
		{"8/14/1983", MonthFirst, "", "1983-08-14"},
		{"14/8/1983", DayFirst, "1983-08-14", ""},
		{"08/10/1982", OrderUnknown, "1982-10-08", "1982-08-10"},
		{"12-12-1990 0:00", OrderUnknown, "1990-12-12", "1990-12-12"},
		{"1983-08-14", OrderUnknown, "1983-08-14", "1983-08-14"},
		{"14 Agustus 1983", OrderUnknown, "1983-08-14", "1983-08-14"},
		{"30355", OrderUnknown, "1983-02-08", "1983-02-08"},
		{"13/13/1990", OrderUnknown, "", ""},
	}
	for _, tt := range tests {
		if got := DateOrderOf(tt.raw); got != tt.proves {
			t.Errorf("DateOrderOf(%q): got %v, want %v", tt.raw, got, tt.proves)
		}
		for _, c := range []struct {
			order DateOrder
			want  string
		}{{DayFirst, tt.dayFirst}, {MonthFirst, tt.monthFrst}} {
			d, ok := ParseDateInOrder(tt.raw, c.order)
			got := ""
			if ok {
				got = d.Format(DateLayout)
			}
			if got != c.want {
				t.Errorf("ParseDateInOrder(%q, %v): got %q, want %q", tt.raw, c.order, got, c.want)
			}
		}
	}
}

func TestIsWeekdayName(t *testing.T) {
	for _, w := range []string{"Senin", "senin", "JUMAT", "Minggu", "monday", "Sunday"} {
		if !IsWeekdayName(w) {
			t.Errorf("IsWeekdayName(%q) = false", w)
		}
	}
	for _, w := range []string{"", "Sen", "Agustus", "17"} {
		if IsWeekdayName(w) {
			t.Errorf("IsWeekdayName(%q) = true", w)
		}
	}
}
