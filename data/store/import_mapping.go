package store

import (
	"balai/data"

	"strings"
)

// setField puts a cell's text into the input field it is mapped to.
func setField(in *data.SeekerInput, field, v string) {
	switch field {
	case data.FieldNIK:
		in.NIK = v
	case data.FieldAK1:
		in.AK1Number = v
	case data.FieldName:
		in.Name = v
	case data.FieldBirthPlace:
		in.BirthPlace = v
	case data.FieldBirthDate:
		in.BirthDate = v
	case data.FieldBirthPlaceDate:
		// "Balikpapan, 17-08-1998": the date follows the last comma.
		if i := strings.LastIndex(v, ","); i >= 0 {
			in.BirthPlace, in.BirthDate = strings.TrimSpace(v[:i]), strings.TrimSpace(v[i+1:])
		} else {
			in.BirthDate = v
		}
	case data.FieldSex:
		in.Sex = v
	case data.FieldReligion:
		in.Religion = v
	case data.FieldMarital:
		in.Marital = v
	case data.FieldAddress:
		in.Address = v
	case data.FieldKelurahan:
		in.Kelurahan = v
	case data.FieldKecamatan:
		in.Kecamatan = v
	case data.FieldCity:
		in.City = v
	case data.FieldPhone:
		in.Phone = v
	case data.FieldEmail:
		in.Email = v
	case data.FieldEducation:
		in.Education = v
	case data.FieldMajor:
		in.Major = v
	case data.FieldSkills:
		in.Skills = v
	case data.FieldDisability:
		in.Disability = v
	case data.FieldEmployment:
		in.Employment = v
	case data.FieldRegisteredOn:
		in.RegisteredOn = v
	case data.FieldNotes:
		in.Notes = v
	}
}
