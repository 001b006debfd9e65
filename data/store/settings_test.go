package store

import (
	"context"
	"testing"
)

func TestSettings(t *testing.T) {
	s := openTestStore(t)
	ctx := context.Background()

	got, err := s.Setting(ctx, "letterhead", "default")
	if err != nil || got != "default" {
		t.Errorf("Setting(missing) = %q, %v, want the default", got, err)
	}
	steps := []struct{ key, value string }{
		{"letterhead", "PEMERINTAH KOTA BALIKPAPAN"},
		{"letterhead", "PEMERINTAH PROVINSI KALIMANTAN TIMUR"}, // overwrite
		{"head_nip", "19671018 199303 1 004"},
		{"empty", ""},
		{"multi-line", "a\nb\n"},
		{"unicode", "Dinas – Tenaga Kerja ✓"},
	}
	want := map[string]string{}
	for _, st := range steps {
		if err := s.SetSetting(ctx, st.key, st.value); err != nil {
			t.Fatalf("SetSetting(%q): %v", st.key, err)
		}
		want[st.key] = st.value
		for k, v := range want {
			got, err := s.Setting(ctx, k, "default")
			if err != nil || got != v {
				t.Errorf("after SetSetting(%q): Setting(%q) = %q, %v, want %q", st.key, k, got, err, v)
			}
		}
	}
	var n int
	// Besides these: the certificate signing key, made by migration 0004.
	if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM settings WHERE key != 'certificate.secret'`).Scan(&n); err != nil || n != len(want) {
		t.Errorf("settings rows = %d, %v, want %d", n, err, len(want))
	}
}
