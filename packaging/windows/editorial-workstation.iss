; Inno Setup 6 script: a per-user installer (no admin rights) for Editorial Workstation.
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\editorial-workstation packaging\windows\editorial-workstation.iss
; build.ps1 passes both. Installs under %LOCALAPPDATA%\Programs\Editorial Workstation with a Start
; menu entry; workstation-cli.exe (the command line) is in that folder. The uninstaller removes the
; folder and the entry; the data dir (%LOCALAPPDATA%\editorial-workstation) is never touched.

#ifndef AppVersion
  #error Pass /DAppVersion=<workstation.__version__>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\editorial-workstation"
#endif

[Setup]
AppId={{6F1B2A57-5E0C-4C47-9C1E-8B3F2B7A4E21}
AppName=Editorial Workstation
AppVersion={#AppVersion}
AppPublisher=Editorial Workstation
DefaultDirName={localappdata}\Programs\Editorial Workstation
DefaultGroupName=Editorial Workstation
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=EditorialWorkstation-{#AppVersion}-user-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\workstation.exe

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Editorial Workstation"; Filename: "{app}\workstation.exe"

[Run]
Filename: "{app}\workstation.exe"; Description: "Start Editorial Workstation"; Flags: nowait postinstall skipifsilent
