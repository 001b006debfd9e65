package data

// Seeker fields a spreadsheet column can hold. FieldBirthPlaceDate is the
// combined "Tempat, Tanggal Lahir" column many office lists use.
const (
	FieldNIK            = "nik"
	FieldAK1            = "ak1_number"
	FieldName           = "name"
	FieldBirthPlace     = "birth_place"
	FieldBirthDate      = "birth_date"
	FieldBirthPlaceDate = "birth_place_date"
	FieldSex            = "sex"
	FieldReligion       = "religion"
	FieldMarital        = "marital"
	FieldAddress        = "address"
	FieldKelurahan      = "kelurahan"
	FieldKecamatan      = "kecamatan"
	FieldCity           = "city"
	FieldPhone          = "phone"
	FieldEmail          = "email"
	FieldEducation      = "education"
	FieldMajor          = "major"
	FieldGraduationYear = "graduation_year"
	FieldSkills         = "skills"
	FieldDisability     = "disability"
	FieldEmployment     = "employment"
	FieldRegisteredOn   = "registered_on"
	FieldNotes          = "notes"
)
