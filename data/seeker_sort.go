package data

// SeekerSort names a column the register can be sorted by.
type SeekerSort string

// Sortable columns.
const (
	SortName       SeekerSort = "name"
	SortNIK        SeekerSort = "nik"
	SortSex        SeekerSort = "sex"
	SortBirthDate  SeekerSort = "birth_date"
	SortEducation  SeekerSort = "education"
	SortKecamatan  SeekerSort = "kecamatan"
	SortEmployment SeekerSort = "employment"
	SortRegistered SeekerSort = "registered_on"
)
