package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"balai/app/backup"
	"balai/data"
	"balai/data/store"
)

// backupCmd: backup [--out FILE] [--passphrase-file F].
func (c *env) backupCmd(ctx context.Context, args []string) error {
	const synopsis = "backup [--out FILE] [--passphrase-file F]"
	fs := c.flags("backup", synopsis)
	out := fs.String("out", "", "write the backup to FILE instead of the backups folder (plain SQLite, or encrypted with --passphrase-file)")
	passFile := fs.String("passphrase-file", "", "encrypt the --out copy with the passphrase in this file (its first line)")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || (*passFile != "" && *out == "") {
		return usageError{"usage: balai " + synopsis + " (--passphrase-file goes with --out)"}
	}
	pass, err := readPassphrase(*passFile)
	if err != nil {
		return err
	}
	svc := backup.New(c.store)
	var made backup.Made
	if *out != "" {
		made, err = svc.MakeCopy(ctx, *out, pass, nil)
	} else {
		made, err = svc.Make(ctx, data.BackupManual, nil)
	}
	if err != nil {
		return err
	}
	enc := ""
	if pass != "" {
		enc = ", encrypted"
	}
	fmt.Fprintf(c.out, "backup: %s (%s%s)\n", made.Path, sizeText(made.Size), enc)
	switch {
	case made.Copy != "":
		fmt.Fprintf(c.out, "encrypted copy: %s\n", made.Copy)
	case made.CopyErr != nil:
		fmt.Fprintf(c.out, "no copy in the second place: %v\n", made.CopyErr)
	}
	fmt.Fprintf(c.out, "backup ok: %s\n", countsText(made.Counts))
	return nil
}

// backupsCmd lists the backups, newest first, a header line first.
func (c *env) backupsCmd(ctx context.Context, args []string) error {
	fs := c.flags("backups", "backups")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError{"usage: balai backups"}
	}
	svc := backup.New(c.store)
	list, err := svc.List(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(c.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tKIND\tSIZE\tSEEKERS\tCLASSES\tCERTIFICATES\tWHERE\tFILE")
	for _, e := range list {
		kind := string(e.Kind)
		if kind == "" {
			kind = "automatic"
		}
		counts := [3]string{"?", "?", "?"}
		if e.Counted {
			counts = [3]string{fmt.Sprint(e.Counts.Seekers), fmt.Sprint(e.Counts.Classes), fmt.Sprint(e.Counts.Certificates)}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Time.Format("2006-01-02 15:04:05"), kind,
			sizeText(e.Size), counts[0], counts[1], counts[2], where(e), e.Path())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintf(c.out, "no backups yet in %s\n", svc.Dir())
	}
	return nil
}

// where says where a backup is.
func where(e backup.Entry) string {
	switch {
	case e.Local != "" && e.Copy != "":
		return "this PC + second place"
	case e.Copy != "":
		return "second place"
	}
	return "this PC"
}

// restoreCmd: restore FILE [--passphrase-file F] [--yes].
func (c *env) restoreCmd(ctx context.Context, args []string) error {
	const synopsis = "restore FILE [--passphrase-file F] [--yes]"
	fs := c.flags("restore", synopsis)
	passFile := fs.String("passphrase-file", "", "the passphrase of an encrypted backup (the file's first line)")
	yes := fs.Bool("yes", false, "replace the database; without it only what would change is shown")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"usage: balai " + synopsis}
	}
	pass, err := readPassphrase(*passFile)
	if err != nil {
		return err
	}
	svc := backup.New(c.store)
	if pass == "" { // an encrypted copy of this installation's second place
		if set, err := svc.Settings(ctx); err == nil {
			pass = set.Passphrase
		}
	}
	cand, err := svc.PrepareRestore(ctx, pos[0], pass)
	if err != nil {
		return restoreError(err)
	}
	defer cand.Discard()
	enc := ""
	if cand.Encrypted {
		enc = ", encrypted"
	}
	fmt.Fprintf(c.out, "file:     %s (%s%s)\n", cand.File, cand.Time.Format("2006-01-02 15:04:05"), enc)
	fmt.Fprintf(c.out, "in it:    %s\n", countsText(cand.Health.Counts))
	fmt.Fprintf(c.out, "now:      %s (%s)\n", countsText(cand.Current), c.store.Path())
	if !*yes {
		fmt.Fprintln(c.out, "nothing was restored: run again with --yes to replace the database (a backup of it is made first)")
		return nil
	}
	r, err := cand.Apply(ctx, nil)
	if err != nil {
		return restoreError(err)
	}
	if r.Before.Path != "" {
		fmt.Fprintf(c.out, "the database as it was: %s\n", r.Before.Path)
	}
	fmt.Fprintf(c.out, "restored: %s\n", countsText(r.Counts))
	return nil
}

// restoreError says why a file was not restored, and that nothing changed.
func restoreError(err error) error {
	switch {
	case errors.Is(err, backup.ErrPassphraseNeeded):
		return fmt.Errorf("%w: give it with --passphrase-file; nothing was restored", err)
	case errors.Is(err, data.ErrNotBalaiDatabase):
		return fmt.Errorf("the file is not a Balai database; nothing was restored (%w)", err)
	}
	return fmt.Errorf("nothing was restored: %w", err)
}

// checkCmd checks the database and says what it found; exit status 0 only
// when everything is sound.
func (c *env) checkCmd(ctx context.Context, args []string) error {
	fs := c.flags("check", "check")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError{"usage: balai check"}
	}
	h, err := c.store.Check(ctx)
	if err != nil {
		return err
	}
	for _, line := range checkLines(h) {
		fmt.Fprintln(c.out, line)
	}
	if !h.Sound() {
		fmt.Fprintln(c.out, "database has problems: restore the newest good backup ('balai backups', 'balai restore FILE')")
		return exitStatus(1)
	}
	fmt.Fprintln(c.out, "database ok")
	return nil
}

// checkLines words a check, one line per part.
func checkLines(h store.Health) []string {
	list := func(what string, problems []string) string {
		if len(problems) == 0 {
			return what + ": ok"
		}
		return fmt.Sprintf("%s: %d problems: %s", what, len(problems), strings.Join(problems, "; "))
	}
	index := "search index: ok"
	if h.SearchIndex != "" {
		index = "search index: does not match the register: " + h.SearchIndex
	}
	migrations := fmt.Sprintf("migrations: %d applied, all known to this Balai", len(h.Migrations))
	if len(h.Unknown) > 0 {
		migrations = fmt.Sprintf("migrations: %s unknown to this Balai: a newer Balai made this database", strings.Join(h.Unknown, ", "))
	}
	return []string{list("integrity", h.Integrity), list("foreign keys", h.ForeignKeys), index, migrations,
		"records: " + countsText(h.Counts)}
}

// readPassphrase reads a passphrase file's first line; "" for no file.
func readPassphrase(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("passphrase file: %w", err)
	}
	pass, _, _ := strings.Cut(string(raw), "\n")
	pass = strings.TrimSuffix(pass, "\r")
	if pass == "" {
		return "", fmt.Errorf("passphrase file %s: the first line is empty", path)
	}
	return pass, nil
}

func countsText(n data.DatabaseCounts) string {
	return fmt.Sprintf("%d seekers, %d classes, %d certificates", n.Seekers, n.Classes, n.Certificates)
}

// sizeText is a file size as people read it: "830 KB", "12.3 MB".
func sizeText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}
