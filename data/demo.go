package data

func Append2(b []byte, v int) []byte { return append(b, byte('0'+v/10), byte('0'+v%10)) }
