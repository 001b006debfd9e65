package app

import (
	"balai/app/buildinfo"
	"balai/data/store"

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"balai/data"
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
         [--paper A4|F4]
  attendance-sheet --class CODE           write the attendance sheet (daftar hadir)
         --out FILE.pdf|FILE.xlsx [--blank] [--paper A4|F4] [--full-nik]
  attendance import --class CODE FILE.xlsx
                                          read marks filled in on the exported XLSX
  certificates --class CODE --out FILE.pdf
         [--per-person DIR]               issue the class's certificates and print them
  verify CODE                             check a certificate's code: VALID, REVOKED or
                                          INVALID (exit status 0 only for VALID)
  version                                 print the version
  help [COMMAND]                          print this help or a command's

The database is FILE, else $BALAI_DB, else balai.db in the user's data folder.
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

// Run runs the command and returns the process exit status.
func (c *Command) Run(ctx context.Context, st *store.Store, stdout, stderr io.Writer) int {
	run := commands[c.Name]
	err := run(&cli{store: st, out: stdout, errOut: stderr}, ctx, c.Args)
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
		fmt.Fprintf(stderr, "balai %s: %v\n", c.Name, err)
		return 2
	default:
		fmt.Fprintf(stderr, "balai %s: %v\n", c.Name, err)
		return 1
	}
}

// cli is what a command works with.
type cli struct {
	store       *store.Store
	out, errOut io.Writer
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

var commands map[string]func(c *cli, ctx context.Context, args []string) error

func init() {
	commands = map[string]func(*cli, context.Context, []string) error{
		"help":             (*cli).help,
		"version":          (*cli).version,
		"demo":             (*cli).demo,
		"import":           (*cli).importCmd,
		"export":           (*cli).exportCmd,
		"classes":          (*cli).classesCmd,
		"schedule":         (*cli).scheduleCmd,
		"attendance-sheet": (*cli).attendanceSheetCmd,
		"attendance":       (*cli).attendanceCmd,
		"certificates":     (*cli).certificatesCmd,
		"verify":           (*cli).verifyCmd,
	}
}

// flags makes a command's flag set; --help prints synopsis and the flags.
func (c *cli) flags(name, synopsis string) *flag.FlagSet {
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

func (c *cli) help(_ context.Context, args []string) error {
	if len(args) > 0 {
		if _, ok := commands[args[0]]; ok && args[0] != "help" {
			return commands[args[0]](c, context.Background(), []string{"--help"})
		}
	}
	fmt.Fprint(c.out, usage)
	return nil
}

func (c *cli) version(_ context.Context, args []string) error {
	fs := c.flags("version", "version")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "balai %s\n", buildinfo.String())
	return nil
}

func (c *cli) demo(ctx context.Context, args []string) error {
	fs := c.flags("demo", "demo [--seekers N] [--seed N]")
	n := fs.Int("seekers", 4100, "number of job seekers to add")
	seed := fs.Uint64("seed", 1, "random seed (the same seed gives the same people)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *n < 0 {
		return usageError{"--seekers must not be negative"}
	}
	added, err := c.store.AddDemoSeekers(ctx, *n, *seed)
	if err != nil {
		return fmt.Errorf("add demo job seekers: %w", err)
	}
	total, err := c.store.CountSeekers(ctx, store.SeekerFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "added %d demo job seekers (%d in %s)\n", added, total, c.store.Path())
	codes, err := c.store.AddDemoClasses(ctx)
	if err != nil {
		return fmt.Errorf("add demo classes: %w", err)
	}
	if len(codes) > 0 {
		fmt.Fprintf(c.out, "added demo programs, instructors, rooms and classes %s\n", strings.Join(codes, ", "))
		if err := c.store.AddDemoAttendance(ctx); err != nil {
			return fmt.Errorf("add demo attendance: %w", err)
		}
		fmt.Fprintln(c.out, "recorded demo attendance for the finished and running classes")
		if err := c.store.AddDemoCertificateSetup(ctx, codes[0]); err != nil {
			return fmt.Errorf("prepare demo certificates: %w", err)
		}
		fmt.Fprintf(c.out, "class %s is finished and ready for its certificates: balai certificates --class %s --out sertifikat.pdf\n", codes[0], codes[0])
	}
	return nil
}

func (c *cli) importCmd(ctx context.Context, args []string) error {
	fs := c.flags("import", "import seekers FILE.csv|FILE.xlsx [--report REPORT.csv] [--sheet NAME]")
	report := fs.String("report", "", "write the rejected rows and warnings to this CSV file")
	sheet := fs.String("sheet", "", "XLSX sheet to read (default: the first)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "seekers" {
		return usageError{"usage: balai import seekers FILE [--report REPORT.csv] [--sheet NAME]"}
	}
	name := pos[1]
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", name, err)
	}
	defer f.Close()
	table, err := data.ReadTableFile(f, name, *sheet)
	if err != nil {
		return err
	}
	res, err := c.store.ImportSeekers(ctx, table, data.ImportOptions{})
	if errors.Is(err, data.ErrNoColumns) {
		return fmt.Errorf("%s has no recognisable NIK and name columns (headers like \"NIK\" and \"Nama\"); nothing was imported", filepath.Base(name))
	}
	if err != nil {
		return fmt.Errorf("nothing was imported: %w", err)
	}
	for _, p := range mergeRowProblems(res) {
		kind := "rejected"
		if p.IsWarning() {
			kind = "warning"
		}
		col := p.Column
		if col == "" {
			col = p.Field
		}
		fmt.Fprintf(c.out, "row %d: %s: %s: %s\n", p.Row, kind, col, p.Message())
	}
	if *report != "" {
		if err := writeFileAtomic(*report, func(w io.Writer) error {
			return reports.WriteImportReport(w, res, reports.EnglishImportReport)
		}); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	fmt.Fprintln(c.out, res.Summary())
	return nil
}

// mergeRowProblems lists rejections and warnings together in row order.
func mergeRowProblems(res data.ImportResult) []data.RowProblem {
	out := make([]data.RowProblem, 0, len(res.Rejections)+len(res.Warnings))
	i, j := 0, 0
	for i < len(res.Rejections) || j < len(res.Warnings) {
		if j >= len(res.Warnings) || (i < len(res.Rejections) && res.Rejections[i].Row <= res.Warnings[j].Row) {
			out = append(out, res.Rejections[i])
			i++
		} else {
			out = append(out, res.Warnings[j])
			j++
		}
	}
	return out
}

func (c *cli) exportCmd(ctx context.Context, args []string) error {
	fs := c.flags("export", "export seekers FILE.csv|FILE.xlsx [--search TEXT] [--archived]")
	var f store.SeekerFilter
	fs.StringVar(&f.Query, "search", "", "only seekers matching these words (name, NIK, phone, AK/1)")
	fs.BoolVar(&f.Archived, "archived", false, "export archived seekers instead of current ones")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "seekers" {
		return usageError{"usage: balai export seekers FILE.csv|FILE.xlsx"}
	}
	name := pos[1]
	write := reports.WriteSeekersXLSX
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		write = reports.WriteSeekersCSV
	case ".xlsx":
	default:
		return usageError{"the file name must end in .csv or .xlsx"}
	}
	var n int
	err = writeFileAtomic(name, func(w io.Writer) error {
		var err error
		n, err = write(w, c.store.AllSeekers(ctx, f))
		return err
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintf(c.out, "exported %d job seekers to %s\n", n, name)
	return nil
}

// writeFileAtomic writes a file through a temporary one beside it, so that a
// failed write never leaves half a file under the real name. The file is
// private to the user: it holds personal data.
func writeFileAtomic(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
