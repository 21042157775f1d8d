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
; or with /ALLUSERS for software distribution (managed PCs with AppLocker's default rules need
; the per-machine install: they block programs under %LOCALAPPDATA%, see BUILDING.md).
; Names that become files or folders (shortcuts, the Start-menu group, the program folder) must
; not contain characters Windows forbids in file names (\ / : * ? " < > |): the program is
; called "In|Die Desktop" in texts, "In-Die Desktop" where it names a file.
; Settings, database and backups live in the user's folders and are never touched by
; installing, updating or uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\indie-desktop.iss
#endif

[Setup]
AppId={{6C1E6D0B-6A55-4B0C-9E55-1D1E5AD3C0A7}
AppName=In|Die Desktop
AppVersion={#AppVersion}
AppVerName=In|Die Desktop {#AppVersion}
AppPublisher=In|Die RegionRuhr
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\In-Die Desktop
DefaultGroupName=In-Die Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=Output
OutputBaseFilename=indie-desktop-setup-{#AppVersion}
SetupIconFile=indie-desktop.ico
UninstallDisplayIcon={app}\indie-desktop.exe
UninstallDisplayName=In|Die Desktop {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0
; The PATH task changes the environment: tell running programs (Explorer, new consoles).
ChangesEnvironment=yes
; SignTool=signtool is defined in the Inno Setup IDE/command line (see BUILDING.md) to sign
; the installer and uninstaller as they are built.

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
german.AddToPath=Befehlszeile: indie-desktop-cli.exe zum PATH hinzufügen
english.AddToPath=Command line: add indie-desktop-cli.exe to the PATH
german.SelfTestRunning=Die Installation wird geprüft …
english.SelfTestRunning=Checking the installation...
german.SelfTestFailed=Der Selbsttest nach der Installation ist fehlgeschlagen (Exit-Code %1). Das Programm startet womöglich nicht richtig. Bitte wenden Sie sich an die IT; Details stehen im Protokoll des Installationsprogramms (/LOG).
english.SelfTestFailed=The self-test after installing failed (exit code %1). The program may not start properly. Please contact IT; the setup log (/LOG) has the details.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder's content: files the new build no longer has (old Qt
; plugins, DLLs, modules) would otherwise stay and be loaded. Only the program's own files:
; a portable `data` folder or `portable.ini` beside the exe is never in an installed folder,
; and user data lives in %LOCALAPPDATA%\indie-desktop.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\indie-desktop.exe"
Type: files; Name: "{app}\indie-desktop-cli.exe"

[Files]
; The whole onedir folder: both executables and _internal\ (Python, Qt, resources).
Source: "..\dist\indie-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\In-Die Desktop"; Filename: "{app}\indie-desktop.exe"
Name: "{autodesktop}\In-Die Desktop"; Filename: "{app}\indie-desktop.exe"; Tasks: desktopicon

[Registry]
; indie-desktop-cli.exe on the PATH: the user's PATH for a per-user install, the machine's for
; an all-users install. Removed again on uninstalling (see [Code]).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode and PathLacksApp(false)
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and PathLacksApp(true)

[Run]
Filename: "{app}\indie-desktop.exe"; Description: "{cm:LaunchProgram,In|Die Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app writes inside its own folder (Python byte-code caches); user data stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function EnvironmentKey(AllUsers: Boolean): String;
begin
  if AllUsers then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function EnvironmentRoot(AllUsers: Boolean): Integer;
begin
  if AllUsers then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function PathLacksApp(AllUsers: Boolean): Boolean;
var
  Path: String;
begin
  if not RegQueryStringValue(EnvironmentRoot(AllUsers), EnvironmentKey(AllUsers), 'Path', Path) then
    Result := True
  else
    Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

// The self-test runs after the files are in place; its exit code is shown to the person
// installing (a silent roll-out writes it to the log and returns it: see BUILDING.md).
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('SelfTestRunning');
    if not Exec(ExpandConstant('{app}\indie-desktop-cli.exe'), 'self-test', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    Log(Format('self-test exit code: %d', [ResultCode]));
    if ResultCode <> 0 then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode)]),
                         mbError, MB_OK, IDOK);
  end;
end;

procedure RemoveAppFromPath(AllUsers: Boolean);
var
  Path, App: String;
  At: Integer;
begin
  if not RegQueryStringValue(EnvironmentRoot(AllUsers), EnvironmentKey(AllUsers), 'Path', Path) then
    exit;
  App := ';' + ExpandConstant('{app}');
  At := Pos(Uppercase(App), Uppercase(Path));
  if At > 0 then
  begin
    Delete(Path, At, Length(App));
    RegWriteExpandStringValue(EnvironmentRoot(AllUsers), EnvironmentKey(AllUsers), 'Path', Path);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveAppFromPath(IsAdminInstallMode);
end;
