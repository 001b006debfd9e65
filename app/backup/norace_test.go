//go:build !race

package backup

const raceBuild = false
