package backup

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"filippo.io/age"

	"balai/app/office"
)

// Copies that leave the PC are age files encrypted with a passphrase
// (age's scrypt recipient, work factor 2^18: about a second and 256 MB to
// try one passphrase). Without the passphrase nothing in them is readable,
// not even that they hold a Balai database.

// ScryptWorkFactor is the scrypt work factor (log2) of the copies that leave
// the PC: age's own default, 2^18. Tests lower it to run fast.
var ScryptWorkFactor = 18

// ErrPassphraseNeeded: the file is encrypted and no passphrase was given.
var ErrPassphraseNeeded = errors.New("the file is encrypted: its passphrase is needed")

// ErrWrongPassphrase: the passphrase does not open the file.
var ErrWrongPassphrase = errors.New("the passphrase does not open this file")

// ageHeader is how every age file begins.
var ageHeader = []byte("age-encryption.org/v1\n")

// IsEncrypted reports whether the file at path is an age file.
func IsEncrypted(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, len(ageHeader))
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	return bytes.Equal(head[:n], ageHeader), nil
}

// encryptFile writes src encrypted with passphrase to dst, through a
// temporary file beside it. Before it takes dst's name the copy is read back
// and decrypted: it must give src byte for byte.
func encryptFile(ctx context.Context, src, dst, passphrase string) error {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	r.SetWorkFactor(ScryptWorkFactor)
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	defer in.Close()
	tmp, err := office.TempFile(dst)
	if err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing left to remove
	plain := sha256.New()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	w, err := age.Encrypt(bw, r)
	releaseScrypt()
	if err == nil {
		_, err = copyContext(ctx, w, io.TeeReader(in, plain))
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("encrypt to %s: %w", dst, err)
	}
	if err := verifyEncrypted(ctx, tmp.Name(), passphrase, plain.Sum(nil)); err != nil {
		return fmt.Errorf("check the copy in %s: %w", dst, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	return nil
}

// verifyEncrypted decrypts the file at path and compares its SHA-256 with want.
func verifyEncrypted(ctx context.Context, path, passphrase string, want []byte) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if err := decryptTo(ctx, h, f, passphrase); err != nil {
		return err
	}
	if !bytes.Equal(h.Sum(nil), want) {
		return errors.New("the encrypted copy does not give back the backup")
	}
	return nil
}

// decryptFile writes the age file src, decrypted with passphrase, to the
// new file dst (readable by its owner only).
func decryptFile(ctx context.Context, src, dst, passphrase string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, office.PrivateFile)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(out, 1<<20)
	err = decryptTo(ctx, bw, in, passphrase)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(dst)
	}
	return err
}

func decryptTo(ctx context.Context, w io.Writer, r io.Reader, passphrase string) error {
	if passphrase == "" {
		return ErrPassphraseNeeded
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return err
	}
	plain, err := age.Decrypt(bufio.NewReaderSize(r, 1<<20), id)
	releaseScrypt()
	if errors.Is(err, age.ErrIncorrectIdentity) {
		return ErrWrongPassphrase
	}
	if err != nil {
		return fmt.Errorf("decrypt: %w", err)
	}
	if _, err := copyContext(ctx, w, plain); err != nil {
		return fmt.Errorf("decrypt: %w", err)
	}
	return nil
}

// releaseScrypt gives back at once the 256 MB scrypt has just used: the Go
// collector would otherwise let the heap grow to twice that before the
// next scrypt (encrypting, then reading back) collects it, and a window
// that copies every hour would keep it.
func releaseScrypt() { debug.FreeOSMemory() }

// copyContext is io.Copy that stops when ctx is cancelled.
func copyContext(ctx context.Context, w io.Writer, r io.Reader) (int64, error) {
	buf := make([]byte, 1<<20)
	var n int64
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		k, rerr := r.Read(buf)
		if k > 0 {
			if _, err := w.Write(buf[:k]); err != nil {
				return n, err
			}
			n += int64(k)
		}
		if errors.Is(rerr, io.EOF) {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}
