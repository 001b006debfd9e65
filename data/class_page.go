package data

// ClassPage is what the class page and a class's printed schedule and
// attendance sheet show, read at one moment (Store.ClassPage): the class
// with its program, room and lead instructor, its sessions and their
// conflicts, the instructors and rooms those name, the participants, the
// attendance grid and the letterhead.
type ClassPage struct {
	Class      Class
	Status     string     // Class.Status on the day it was read
	Program    Program    // with its units in teaching order
	Room       Room       // the class's room; zero when it has none
	Instructor Instructor // the lead instructor; zero when there is none
	Sessions   []Session  // by date and start time
	// Conflicts are the other bookings of the class's sessions' instructor
	// or room at the same time, by the class's session ID.
	Conflicts map[string][]Conflict
	// Instructors and Rooms hold every instructor and room the class or one
	// of its sessions names (archived ones too), by ID.
	Instructors map[string]Instructor
	Rooms       map[string]Room
	// InstructorChoices and RoomChoices are every instructor and room
	// (archived ones too, by name): what a session of the class may be given.
	InstructorChoices []Instructor
	RoomChoices       []Room
	PlannedJP         int            // JP of all the sessions
	Participants      int            // everyone enrolled, withdrawn included
	Enrolled          int            // participants not withdrawn: they fill the quota
	Attendance        AttendanceGrid // the participants × sessions marks, by name
	Institution       Institution    // the letterhead documents print
}

// Unit is the program's unit with the given ID (a session's UnitID); zero
// when there is none.
func (p ClassPage) Unit(id string) Unit {
	for _, u := range p.Program.Units {
		if u.ID == id {
			return u
		}
	}
	return Unit{}
}
