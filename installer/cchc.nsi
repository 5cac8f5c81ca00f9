; NSIS installer for CCHC Desktop (Windows, per machine). Vietnamese first, English second.
; Build after PyInstaller:  makensis /DVERSION=0.1.0 /DDIST=..\dist\cchc installer\cchc.nsi
; The data (database, backups, logs) lives in each user's %LOCALAPPDATA%\cchc-desktop and is
; never touched by installing, upgrading or uninstalling.

Unicode true
ManifestDPIAware true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\dist\cchc"
!endif
!ifndef OUTFILE
  !define OUTFILE "CCHC-Desktop-${VERSION}-setup.exe"
!endif

!define APP "CCHC Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CCHC Desktop"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\cchc-desktop.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString SelfTestFailed ${LANG_VIETNAMESE} "Cài đặt xong nhưng bước tự kiểm tra không đạt. Hãy chạy “cchc self-test” trong thư mục cài đặt để xem chi tiết."
LangString SelfTestFailed ${LANG_ENGLISH} "Installed, but the self-test failed. Run “cchc self-test” in the installation folder for details."
LangString DataKept ${LANG_VIETNAMESE} "Dữ liệu của Trung tâm (cơ sở dữ liệu, bản sao lưu) được giữ nguyên trong thư mục dữ liệu của từng người dùng."
LangString DataKept ${LANG_ENGLISH} "The center's data (database, backups) is kept in each user's data folder."

Section "CCHC Desktop" Main
  SectionIn RO
  ; A clean copy on every upgrade: libraries of an older version must not linger.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\cchc-desktop.exe"
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\cchc-desktop.exe"
  ; The citizens' kiosk, full screen (see installer/kiosk-windows.md to lock a PC to it).
  CreateShortCut "$SMPROGRAMS\${APP}\CCHC Kiosk.lnk" "$INSTDIR\cchc-desktop.exe" "kiosk"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "CCHC Desktop developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1

  ; The installed copy checks itself (fonts, translations, database, PDF, window) in a temp folder.
  nsExec::ExecToLog '"$INSTDIR\cchc.exe" self-test'
  Pop $0
  StrCmp $0 "0" +2
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(SelfTestFailed)" /SD IDOK
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\CCHC Kiosk.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\cchc.exe"
  Delete "$INSTDIR\cchc-desktop.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
