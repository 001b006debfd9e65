// Package cli is Balai's commands: "balai COMMAND" runs one without the
// window, on the same store and the same office jobs. It imports no Fyne.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"balai/app/buildinfo"
	"balai/app/messages"
	"balai/data"
	"balai/data/store"
	"balai/reports"
)

// Command is a parsed command line: the command's name ("" opens the window),
// the database and the command's own arguments.
type Command struct {
	Name string
	DB   string
	Args []string
}

const usage = `Balai — job-seeker records and training for vocational training centres (BLK).

Usage:
  balai [--db FILE]                      open the window
  balai [--db FILE] COMMAND [ARGS]       run a command without the window

Commands:
  demo [--seekers N]                      fill the database with realistic demo data
  import seekers FILE [--report R.csv]    import job seekers from a CSV or XLSX list
         [--sheet NAME]
  export seekers FILE.csv|FILE.xlsx       export the job-seeker register
         [--search TEXT] [--archived]
  classes [--year Y] [--status S]         list the classes (angkatan)
  schedule --class CODE --out FILE.pdf    print a class's schedule (jadwal pelatihan)
         [--paper A4|F4] [--from DATE] [--to DATE]
  attendance-sheet --class CODE           write the attendance sheet (daftar hadir)
         --out FILE.pdf|FILE.xlsx [--blank] [--paper A4|F4] [--full-nik]
         [--from DATE] [--to DATE] [--sign-date DATE]
  attendance import --class CODE FILE.xlsx
                                          read marks filled in on the exported XLSX
  certificates --class CODE --out FILE.pdf
         [--per-person DIR] [--zip FILE.zip]
         [--design landscape|portrait|preprinted]
                                          issue the class's certificates and print them
  certificates --calibration --out FILE.pdf
                                          the pre-printed design's calibration page
  verify CODE|ADDRESS                     check a certificate's code, or the address its
                                          QR code holds: VALID, REVOKED or INVALID
                                          (exit status 0 only for VALID)
  backup [--out FILE]                     back the database up into the backups folder
         [--passphrase-file F]            (or to FILE; encrypted with the passphrase)
  backups                                 list the backups, newest first
  restore FILE [--passphrase-file F]      show what restoring FILE would change;
         [--yes]                          with --yes replace the database (backed up first)
  check                                   check the database (exit status 0 only when sound)
  placements import FILE [--report R.csv] record what alumni do, from a list keyed by NIK
  placements export FILE.xlsx [--year Y]  every participant with the placement in force
  tracer due                              the tracer-study rounds (3, 6, 12 months) due now
  tracer list --class CODE --round 3|6|12 --out FILE.pdf|FILE.xlsx
                                          a round's call list (NIK masked)
  report realisasi --year Y --out FILE.xlsx|FILE.pdf
                                          rekap realisasi pelatihan, with the charts
  report peserta --year Y --out FILE.xlsx the participant list in the ministry's columns
  report ipk31 --month YYYY-MM --out FILE.xlsx|FILE.pdf
                                          Disnaker's monthly job-seeker recap (IPK III/1)
  version                                 print the version
  help [COMMAND]                          print this help or a command's

The database is FILE, else $BALAI_DB, else balai.db in the user's data folder.
Only demo, import and restore create a database FILE that does not exist.
`

// ParseCommandLine reads the global flags and the command name. envDB is the
// value of BALAI_DB.
func ParseCommandLine(args []string, envDB string) (*Command, error) {
	fs := flag.NewFlagSet("balai", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c := &Command{DB: envDB}
	fs.StringVar(&c.DB, "db", c.DB, "database file")
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("%w (see 'balai help')", err)
	}
	if *help {
		return &Command{Name: "help"}, nil
	}
	rest := fs.Args()
	if len(rest) > 0 {
		c.Name, c.Args = rest[0], takeDBFlag(rest[1:], &c.DB)
		if _, ok := commands[c.Name]; !ok {
			return nil, fmt.Errorf("unknown command %q (see 'balai help')", c.Name)
		}
	}
	return c, nil
}

// takeDBFlag removes --db FILE (or --db=FILE, -db) from a command's
// arguments into db: the database is chosen before the command runs, wherever
// the flag stands ("balai demo --db x.db" is "balai --db x.db demo").
func takeDBFlag(args []string, db *string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(out, args[i:]...)
		case (a == "--db" || a == "-db") && i+1 < len(args):
			*db = args[i+1]
			i++
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			*db = a[strings.IndexByte(a, '=')+1:]
		default:
			out = append(out, a)
		}
	}
	return out
}

// NeedsStore reports whether the command works on the database.
func (c *Command) NeedsStore() bool { return c.Name != "help" && c.Name != "version" }

// OpenError is why the database cannot be opened, with what to do about a
// file that is missing or empty.
func OpenError(err error) string {
	switch {
	case errors.Is(err, data.ErrNoDatabase):
		return err.Error() + " (check --db or BALAI_DB; only 'balai demo', 'balai import' and 'balai restore' create a database)"
	case errors.Is(err, data.ErrEmptyDatabase):
		return err.Error() + " (delete it, or name another file with --db)"
	}
	return err.Error()
}

// CreatesDatabase reports whether the command may create a database file
// that does not exist: those that fill one. The others refuse a missing
// file, so that a mistyped path is not taken for an empty register.
func (c *Command) CreatesDatabase() bool {
	return c.Name == "demo" || c.Name == "import" || c.Name == "restore"
}

// Run runs the command and returns the process exit status.
func (c *Command) Run(ctx context.Context, st *store.Store, stdout, stderr io.Writer) int {
	run := commands[c.Name]
	err := run(&env{store: st, out: stdout, errOut: stderr}, ctx, c.Args)
	var ue usageError
	var status exitStatus
	switch {
	case err == nil:
		return 0
	case errors.As(err, &status):
		return int(status)
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "balai %s: %s\n", c.Name, messages.Error(messages.English, err))
		return 2
	default:
		fmt.Fprintf(stderr, "balai %s: %s\n", c.Name, messages.Error(messages.English, err))
		return 1
	}
}

// englishProblem is a problem as the commands print it.
func englishProblem(p data.Problem) string { return messages.Problem(messages.English, p) }

// englishImportReport words the import report in English.
var englishImportReport = reports.ImportReportWords{
	Headers:  [5]string{"row", "column", "value", "outcome", "reason"},
	Rejected: "rejected",
	Skipped:  "skipped",
	Warning:  "warning",
	Message:  englishProblem,
}

// env is what a command works with: the store and where to print.
type env struct {
	store       *store.Store
	out, errOut io.Writer
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

var commands map[string]func(c *env, ctx context.Context, args []string) error

func init() {
	commands = map[string]func(*env, context.Context, []string) error{
		"help":             (*env).help,
		"version":          (*env).versionCmd,
		"demo":             (*env).demo,
		"import":           (*env).importCmd,
		"export":           (*env).exportCmd,
		"classes":          (*env).classesCmd,
		"schedule":         (*env).scheduleCmd,
		"attendance-sheet": (*env).attendanceSheetCmd,
		"attendance":       (*env).attendanceCmd,
		"certificates":     (*env).certificatesCmd,
		"verify":           (*env).verifyCmd,
		"backup":           (*env).backupCmd,
		"backups":          (*env).backupsCmd,
		"restore":          (*env).restoreCmd,
		"check":            (*env).checkCmd,
		"placements":       (*env).placementsCmd,
		"tracer":           (*env).tracerCmd,
		"report":           (*env).reportCmd,
	}
}

// flags makes a command's flag set; --help prints synopsis and the flags.
func (c *env) flags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.errOut)
	fs.Usage = func() {
		fmt.Fprintf(c.out, "Usage: balai %s\n", synopsis)
		fs.SetOutput(c.out)
		fs.PrintDefaults()
		fs.SetOutput(c.errOut)
	}
	return fs
}

// parse reads flags wherever they stand among the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func (c *env) help(_ context.Context, args []string) error {
	if len(args) > 0 {
		if _, ok := commands[args[0]]; ok && args[0] != "help" {
			return commands[args[0]](c, context.Background(), []string{"--help"})
		}
	}
	fmt.Fprint(c.out, usage)
	return nil
}

func (c *env) versionCmd(_ context.Context, args []string) error {
	fs := c.flags("version", "version")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "balai %s\n", buildinfo.String())
	return nil
}
