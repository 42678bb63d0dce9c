; Inno Setup 6 script: the Windows installer of hienhao-desktop.
;
; Per-user install, no administrator rights: into %LOCALAPPDATA%\Programs\HienHao Bao cao
; ({autopf} in non-administrative install mode). The AppId below is fixed for ever:
; it is how a new version finds and replaces the old one. AppMutex: Setup and
; Uninstall wait while the program runs (the program creates this mutex at start,
; hienhao_desktop/ui/desktop.py). The user's data (%LOCALAPPDATA%\HienHao\hienhao-desktop,
; the database and its backups) is never installed by Setup, so Uninstall leaves it.
;
; Build (see BUILD.md): first the PyInstaller bundle, then from this folder
;   ISCC.exe hienhao-desktop.iss
; The version comes from the bundle's hienhao-desktop.exe (its version resource is
; made from hienhao_desktop.__version__ by the spec). Output: ..\..\dist\installer\.
; packaging/windows/check-installer compiles and runs this script under Wine.

#define AppName "Hiền Hào – Báo cáo"
#define AppExe "hienhao-desktop.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\hienhao-desktop"
#define AppVersion GetFileProductVersion(AddBackslash(BundleDir) + AppExe)
; Where the program goes: the user's own programs folder. Overridable (ISCC
; /DInstallDir=...) only for packaging/windows/check-installer: Wine 8 does not know
; that known folder, so {autopf} cannot be expanded there.
#ifndef InstallDir
  #define InstallDir "{autopf}\HienHao Bao cao"
#endif

[Setup]
AppId={{3F43D024-F000-4ECB-B0D5-28CFD7690488}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Trung tâm học tập cộng đồng xã Hiền Hào
VersionInfoVersion={#AppVersion}
AppMutex=HienHaoDesktop,Global\HienHaoDesktop
PrivilegesRequired=lowest
DefaultDirName={#InstallDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\hienhao-desktop.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=hienhao-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
CloseApplications=yes
ShowLanguageDialog=no

[Languages]
; Inno Setup ships no official Vietnamese; Vietnamese.isl beside this script is the
; project's own translation of Inno Setup 6.4's Default.isl (every message).
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: both programs and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old bundle's files whole (no stale DLLs from an older Qt).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Soạn, lưu, xuất và in báo cáo sơ kết, tổng kết"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Mở chương trình {#AppName}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder, on purpose: the reports stay on the computer
; after an uninstall (and a later install finds them again).
