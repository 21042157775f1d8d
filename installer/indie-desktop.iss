; Inno Setup script: a Windows installer from the PyInstaller onedir folder.
;
; Build the folder first (`pyinstaller build.spec` -> dist\indie-desktop\), sign the two .exe
; files in it, then from the repository root:
;
;   iscc /DAppVersion=<version> installer\indie-desktop.iss
;
; The version is passed in (it lives only in indie_desktop/__init__.py; BUILDING.md shows how
; to read it). The result is installer\Output\indie-desktop-setup-<version>.exe; sign it too.
; Per-user install by default (no admin rights needed), per-machine when run as administrator
; or with /ALLUSERS for software distribution. Settings, database and backups live in the
; user's folders and are never touched by installing, updating or uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\indie-desktop.iss
#endif

[Setup]
AppId={{6C1E6D0B-6A55-4B0C-9E55-1D1E5AD3C0A7}
AppName=In|Die Desktop
AppVersion={#AppVersion}
AppVerName=In|Die Desktop {#AppVersion}
AppPublisher=In|Die RegionRuhr
DefaultDirName={autopf}\In-Die Desktop
DefaultGroupName=In|Die Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=Output
OutputBaseFilename=indie-desktop-setup-{#AppVersion}
SetupIconFile=indie-desktop.ico
UninstallDisplayIcon={app}\indie-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0
; SignTool=signtool is defined in the Inno Setup IDE/command line (see BUILDING.md) to sign
; the installer and uninstaller as they are built.

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir folder: both executables and _internal\ (Python, Qt, resources).
Source: "..\dist\indie-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\In|Die Desktop"; Filename: "{app}\indie-desktop.exe"
Name: "{autodesktop}\In|Die Desktop"; Filename: "{app}\indie-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\indie-desktop-cli.exe"; Parameters: "self-test"; Flags: runhidden; StatusMsg: "Checking the installation..."
Filename: "{app}\indie-desktop.exe"; Description: "{cm:LaunchProgram,In|Die Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app writes inside its own folder (Python byte-code caches); user data stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
