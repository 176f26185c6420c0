# Build the Windows installers of Editorial Workstation (run on Windows, from any folder):
#   packaging\windows\build.ps1              -> dist\EditorialWorkstation-<v>-user-setup.exe (Inno Setup)
#                                               dist\EditorialWorkstation-<v>.msi            (WiX)
# Needs Python 3.11 (PYTHON, default "python"), Inno Setup 6 (iscc.exe) and the WiX 5 .NET tool (wix).
# -SkipInno / -SkipMsi build only one of them.
param([switch]$SkipInno, [switch]$SkipMsi)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Py = if ($env:PYTHON) { $env:PYTHON } else { "python" }

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

Invoke-Checked "pip install" { & $Py -m pip install --quiet -e . "pyinstaller>=6.10" }
$Version = (& $Py -c "import workstation; print(workstation.__version__)").Trim()
Write-Host "== Editorial Workstation $Version"

Invoke-Checked "icons" { & $Py packaging/make_icons.py build/icons }
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller `
        packaging/workstation.spec
}
$Bundle = Join-Path $Root "dist\editorial-workstation"

# Smoke test of the bundle: the version, and a headless start that opens a fresh store.
$env:QT_QPA_PLATFORM = "offscreen"
$env:WORKSTATION_MANAGED_CONFIG = Join-Path $env:TEMP "ews-no-managed-config.toml"
$Got = (& "$Bundle\workstation-cli.exe" --version).Trim()
if ($Got -ne "workstation $Version") { throw "--version printed '$Got'" }
$Data = Join-Path $env:TEMP ("ews-smoke-" + [guid]::NewGuid())
Invoke-Checked "headless start" { & "$Bundle\workstation-cli.exe" --data-dir $Data --quit-after-show }
if (-not (Test-Path "$Data\workstation.sqlite3")) { throw "the bundle made no store" }
Remove-Item -Recurse -Force $Data
Remove-Item Env:QT_QPA_PLATFORM, Env:WORKSTATION_MANAGED_CONFIG
$Size = (Get-ChildItem -Recurse $Bundle | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle: {0:N0} MiB" -f $Size)

if (-not $SkipInno) {
    Invoke-Checked "Inno Setup" {
        iscc.exe /Qp "/DAppVersion=$Version" "/DSourceDir=$Bundle" packaging\windows\editorial-workstation.iss
    }
}
if (-not $SkipMsi) {
    Invoke-Checked "WiX" {
        wix build packaging\windows\editorial-workstation.wxs -arch x64 -d "Version=$Version" `
            -d "SourceDir=$Bundle" -o "dist\EditorialWorkstation-$Version.msi"
    }
}
Get-ChildItem dist\*.exe, dist\*.msi | ForEach-Object { Write-Host ("{0}  {1:N0} MiB" -f $_.Name, ($_.Length / 1MB)) }
