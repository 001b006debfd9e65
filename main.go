// Command balai is the desktop program of a vocational training centre (BLK):
// job-seeker records, classes, attendance and certificates. Without a command
// it opens the window; with one it runs the same code headless.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"balai/app"
	"balai/app/cli"
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
	if cmd.DB == "" {
		if cmd.DB, err = store.DefaultPath(); err != nil {
			fmt.Fprintln(os.Stderr, "balai: no data directory:", err)
			os.Exit(1)
		}
	}
	st, err := store.Open(context.Background(), cmd.DB)
	if err != nil {
		fmt.Fprintln(os.Stderr, "balai: cannot open the database:", err)
		os.Exit(1)
	}
	defer st.Close()
	if cmd.Name == "" {
		app.Run(st)
		return
	}
	// Ctrl+C cancels a command: an import rolls back, a PDF is not left half-written.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cmd.Run(ctx, st, os.Stdout, os.Stderr)
	stop()
	st.Close()
	os.Exit(code)
}
