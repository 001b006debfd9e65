; Balai's Windows installer (NSIS 3). scripts/windows-build.sh builds it with
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DPUBLISHER=... -DSTAGE=dir -DOUTFILE=file installer.nsi
; where STAGE holds Balai.exe, balai.ico, the two READMEs and the licences.
;
; Per user, no administrator rights: Balai goes to %LOCALAPPDATA%\Programs\Balai,
; its entry in "Apps & features" to HKCU. The uninstaller removes only what was
; installed: the data folder %LOCALAPPDATA%\Balai (database, photos) is never
; touched. /S installs or uninstalls silently; /D=FOLDER (last) picks the folder.

Unicode true
; A 64-bit installer: it runs wherever Balai runs (64-bit Windows 10/11, and
; 64-bit-only Wine, where the usual 32-bit NSIS stub does not start).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all

!include MUI2.nsh
!include FileFunc.nsh

!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Balai"

Name "Balai"
Caption "Pemasangan Balai ${VERSION}"
UninstallCaption "Penghapusan Balai ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Balai"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "Balai ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1057 "ProductName" "Balai"
VIAddVersionKey /LANG=1057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "FileDescription" "Pemasangan Balai ${VERSION}"
VIAddVersionKey /LANG=1057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1057 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${STAGE}\balai.ico"
!define MUI_UNICON "${STAGE}\balai.ico"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "Selamat datang di pemasangan Balai ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Balai mencatat pencari kerja, program dan kelas pelatihan, kehadiran dan sertifikat.$\r$\n$\r$\nBalai dipasang untuk pengguna Windows ini saja, tanpa hak administrator.$\r$\n$\r$\nData Anda disimpan terpisah, di folder $LOCALAPPDATA\Balai. Memasang versi baru atau menghapus Balai tidak pernah menghapus data itu.$\r$\n$\r$\nKlik Lanjut untuk melanjutkan."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Balai sudah terpasang"
!define MUI_FINISHPAGE_TEXT "Balai ada di menu Start dan di desktop.$\r$\n$\r$\nData Anda disimpan di $LOCALAPPDATA\Balai."
!define MUI_FINISHPAGE_RUN "$INSTDIR\Balai.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Buka Balai sekarang"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Balai akan dihapus dari komputer ini. Data Anda di $LOCALAPPDATA\Balai tetap disimpan."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"

; A running Balai.exe can be neither replaced nor removed: ask to close it.
; Silently (/S) the installer or uninstaller then stops with exit status 2.
!macro DEFINE_ENSURE_CLOSED PREFIX
Function ${PREFIX}EnsureBalaiClosed
  IfFileExists "$INSTDIR\Balai.exe" 0 done
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\Balai.exe" a
    IfErrors busy
    FileClose $0
    Goto done
  busy:
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Balai masih terbuka. Tutup jendela Balai, lalu coba lagi." /SD IDCANCEL IDRETRY retry
    Abort "Balai masih terbuka."
  done:
FunctionEnd
!macroend
!insertmacro DEFINE_ENSURE_CLOSED ""
!insertmacro DEFINE_ENSURE_CLOSED "un."

Section "Balai"
  Call EnsureBalaiClosed
  SetOutPath "$INSTDIR"
  File "${STAGE}\Balai.exe"
  File "${STAGE}\BACA-SAYA.txt"
  File "${STAGE}\README.txt"
  SetOutPath "$INSTDIR\lisensi"
  File "${STAGE}\lisensi\NotoSans-OFL.txt"
  File "${STAGE}\lisensi\Go-dan-pustaka.txt"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  ; The shortcuts start Balai in its folder (the current out path).
  CreateShortcut "$SMPROGRAMS\Balai.lnk" "$INSTDIR\Balai.exe" "" "$INSTDIR\Balai.exe" 0 \
    SW_SHOWNORMAL "" "Pencaker, pelatihan, kehadiran dan sertifikat"
  CreateShortcut "$DESKTOP\Balai.lnk" "$INSTDIR\Balai.exe" "" "$INSTDIR\Balai.exe" 0 \
    SW_SHOWNORMAL "" "Pencaker, pelatihan, kehadiran dan sertifikat"

  ; The entry in "Apps & features" (Settings) and "Programs and Features".
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "Balai"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\Balai.exe,0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

; Only the files this installer wrote, one by one: the data folder, and
; anything the user put in the program's folder, stay.
Section "Uninstall"
  Call un.EnsureBalaiClosed
  Delete "$SMPROGRAMS\Balai.lnk"
  Delete "$DESKTOP\Balai.lnk"
  Delete "$INSTDIR\Balai.exe"
  Delete "$INSTDIR\BACA-SAYA.txt"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\lisensi\NotoSans-OFL.txt"
  Delete "$INSTDIR\lisensi\Go-dan-pustaka.txt"
  RMDir "$INSTDIR\lisensi"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
