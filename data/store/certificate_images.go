package store

// Certificate images (photos, logos, signatures) are stored once, under the
// SHA-256 of their bytes, however many certificates print them.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// saveImage stores img once under its hash and returns the hash ("" for none).
func saveImage(ctx context.Context, tx *Tx, img []byte) (string, error) {
	if len(img) == 0 {
		return "", nil
	}
	sum := sha256.Sum256(img)
	h := hex.EncodeToString(sum[:])
	if _, err := tx.ExecContext(ctx, `INSERT INTO certificate_images (sha256, data) VALUES (?, ?)
		ON CONFLICT (sha256) DO NOTHING`, h, img); err != nil {
		return "", fmt.Errorf("save certificate image: %w", err)
	}
	return h, nil
}

// imageCache loads certificate images by hash, each once per call, so that a
// class's certificates share the bytes of one logo. A nil cache loads none:
// lists that only show numbers and names do not read photos.
type imageCache map[string][]byte

func (ic imageCache) load(ctx context.Context, tx *Tx, h string) ([]byte, error) {
	if h == "" || ic == nil {
		return nil, nil
	}
	if b, ok := ic[h]; ok {
		return b, nil
	}
	var b []byte
	if err := tx.QueryRowContext(ctx, `SELECT data FROM certificate_images WHERE sha256 = ?`, h).Scan(&b); err != nil {
		return nil, fmt.Errorf("read certificate image: %w", err)
	}
	ic[h] = b
	return b, nil
}
