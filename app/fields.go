package app

import (
	"fyne.io/fyne/v2/lang"

	"balai/data"
)

// fieldLabel is the name of a seeker field in the interface language.
func fieldLabel(field string) string {
	switch field {
	case data.FieldNIK:
		return lang.L("NIK")
	case data.FieldAK1:
		return lang.L("AK/1 card number")
	case data.FieldName:
		return lang.L("Full name")
	case data.FieldBirthPlace:
		return lang.L("Place of birth")
	case data.FieldBirthDate:
		return lang.L("Date of birth")
	case data.FieldBirthPlaceDate:
		return lang.L("Place and date of birth")
	case data.FieldSex:
		return lang.L("Sex")
	case data.FieldReligion:
		return lang.L("Religion")
	case data.FieldMarital:
		return lang.L("Marital status")
	case data.FieldAddress:
		return lang.L("Address")
	case data.FieldKelurahan:
		return lang.L("Kelurahan")
	case data.FieldKecamatan:
		return lang.L("Kecamatan")
	case data.FieldCity:
		return lang.L("City")
	case data.FieldPhone:
		return lang.L("Phone")
	case data.FieldEmail:
		return lang.L("E-mail")
	case data.FieldEducation:
		return lang.L("Education")
	case data.FieldMajor:
		return lang.L("Major")
	case data.FieldGraduationYear:
		return lang.L("Graduation year")
	case data.FieldSkills:
		return lang.L("Skills")
	case data.FieldDisability:
		return lang.L("Disability")
	case data.FieldEmployment:
		return lang.L("Employment status")
	case data.FieldRegisteredOn:
		return lang.L("Registered on")
	case data.FieldNotes:
		return lang.L("Notes")
	}
	return field
}

// sexLabel is "Laki-laki"/"Perempuan" for L/P.
func sexLabel(code string) string {
	switch code {
	case data.SexMale:
		return lang.L("Male")
	case data.SexFemale:
		return lang.L("Female")
	}
	return ""
}

// sexLetter is the one-letter sex of a column titled "L/P" ("M/F" in
// English): L or P, M or F.
func sexLetter(code string) string {
	if currentLang != langEN {
		return code
	}
	switch code {
	case data.SexMale:
		return "M"
	case data.SexFemale:
		return "F"
	}
	return code
}

// employmentLabel names an employment status code.
func employmentLabel(code string) string {
	switch code {
	case data.EmploymentUnemployed:
		return lang.L("Unemployed")
	case data.EmploymentEmployed:
		return lang.L("Employed")
	case data.EmploymentSelfEmployed:
		return lang.L("Self-employed")
	case data.EmploymentStudent:
		return lang.L("Student")
	}
	return ""
}
