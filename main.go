// Command balai is the desktop program of a vocational training centre (BLK):
// job-seeker records, classes, attendance and certificates. Without a command
// it opens the window; with one it runs the same code headless.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"

	"balai/app"
	"balai/app/backup"
	"balai/app/cli"
	"balai/app/office"
	"balai/data/store"
)

func main() {
	cmd, err := cli.ParseCommandLine(os.Args[1:], os.Getenv("BALAI_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "balai:", err)
		os.Exit(2)
	}
	if !cmd.NeedsStore() {
		os.Exit(cmd.Run(context.Background(), nil, os.Stdout, os.Stderr))
	}
	// Only the default data folder is Balai's to create; a --db naming a
	// missing folder or file is refused (see store.OpenWith).
	opts := store.OpenOptions{Create: cmd.CreatesDatabase(), BeforeMigrate: backup.BeforeMigration}
	if cmd.DB == "" {
		if cmd.DB, err = store.DefaultPath(); err == nil {
			err = os.MkdirAll(filepath.Dir(cmd.DB), 0o700)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "balai: no data directory:", err)
			os.Exit(1)
		}
		opts.Create = true
	}
	// What killed writes left in Balai's own folders goes now.
	office.RemoveStaleTemps(filepath.Dir(cmd.DB))
	office.RemoveStaleTemps(backup.Folder(cmd.DB))
	if cmd.Name == "" {
		os.Exit(app.Run(cmd.DB, opts))
	}
	st, err := store.OpenWith(context.Background(), cmd.DB, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "balai: cannot open the database:", cli.OpenError(err))
		os.Exit(1)
	}
	defer st.Close()
	// Ctrl+C cancels a command: an import rolls back, a PDF is not left half-written.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cmd.Run(ctx, st, os.Stdout, os.Stderr)
	stop()
	st.Close()
	os.Exit(code)
}
