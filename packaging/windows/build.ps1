<#
.SYNOPSIS
  Build hienhao-desktop for Windows: the one-folder bundle, its self-test, the installer.

.DESCRIPTION
  From a clean virtual environment holding exactly the packages of
  packaging\windows\requirements.txt (hashes checked), on 64-bit Windows 10/11 with
  Python 3.11 and Inno Setup 6:

    1. build\venv-windows: the pinned packages, then the program itself (not editable);
    2. the bundle, dist\hienhao-desktop\ (PyInstaller, packaging\hienhao-desktop.spec);
    3. the bundle checked against the manifest worked out from the same wheels
       (packaging\windows\manifest.py --compare): every file it promises is there, and
       nothing of PySide6-Addons but QtPdf;
    4. hienhao-cli.exe --selftest (the console twin of the windowed program), then a
       first start as a new user (database made in that user's data folder, nothing
       written in the bundle) with the output redirected to a file, read back as UTF-8;
    5. the installer, dist\installer\hienhao-desktop-<version>-setup.exe (ISCC.exe).

  Stops at the first failure with a message saying which step. The same script runs
  in .github\workflows\windows.yml.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
.EXAMPLE
  .\packaging\windows\build.ps1 -Python C:\Python311\python.exe -SkipInstaller
#>
param(
    # The Python 3.11 (64-bit) to build with; by default the one the "py" launcher knows.
    [string]$Python = "",
    # Inno Setup's compiler; by default $env:ISCC, then the usual install folders.
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$started = Get-Date

function Step([string]$text) { Write-Host "build.ps1: $text" -ForegroundColor Cyan }
function Fail([string]$text) { Write-Host "build.ps1: FAILED: $text" -ForegroundColor Red; exit 1 }
# A native command whose exit status must be 0.
function Run([string]$what, [scriptblock]$command) {
    & $command
    if ($LASTEXITCODE -ne 0) { Fail "$what (exit status $LASTEXITCODE)" }
}

# ---- 1. the virtual environment ------------------------------------------------------
if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        $Python = (& py -3.11 -c "import sys; print(sys.executable)")
        if ($LASTEXITCODE -ne 0) { Fail "Python 3.11 not found by the py launcher (install it from python.org)" }
    } else {
        $Python = "python"
    }
}
$version = (& $Python -c "import sys, struct; print('%d.%d %d' % (sys.version_info[:2] + (struct.calcsize('P') * 8,)))")
if ($version -ne "3.11 64") { Fail "$Python is Python $version; the build needs Python 3.11, 64-bit" }

$Venv = Join-Path $Root "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    Step "virtual environment $Venv"
    Run "creating the virtual environment" { & $Python -m venv $Venv }
}
Step "pinned packages (packaging\windows\requirements.txt, hashes checked)"
Run "installing the pinned packages" {
    & $VenvPython -m pip install --disable-pip-version-check --no-input --require-hashes --no-deps `
        -r packaging\windows\requirements.txt
}
Step "the program (from this folder, not editable)"
Run "installing the program" {
    & $VenvPython -m pip install --disable-pip-version-check --no-input --no-deps --no-build-isolation --force-reinstall .
}

# ---- 2. the bundle ---------------------------------------------------------------------
$Bundle = Join-Path $Root "dist\hienhao-desktop"
Step "PyInstaller bundle $Bundle"
Run "PyInstaller" {
    & (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\work packaging\hienhao-desktop.spec
}
foreach ($exe in "hienhao-desktop.exe", "hienhao-cli.exe") {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { Fail "$exe is missing from the bundle" }
}

# ---- 3. the bundle against the manifest ---------------------------------------------------
$Wheels = Join-Path $Root "build\wheels"
Step "the manifest of the same wheels, compared with the bundle"
Run "downloading the pinned wheels" {
    & $VenvPython -m pip download --disable-pip-version-check --no-input --require-hashes --no-deps `
        --only-binary=:all: -r packaging\windows\requirements.txt -d $Wheels
}
Run "packaging\windows\manifest.py --compare (a promised file missing, or an Addons file other than QtPdf's)" {
    & $VenvPython packaging\windows\manifest.py --wheels $Wheels --compare $Bundle
}

# ---- 4. the self-test and a first start ------------------------------------------------
Step "self-test: hienhao-cli.exe --selftest"
Run "hienhao-cli.exe --selftest" { & (Join-Path $Bundle "hienhao-cli.exe") --selftest }

Step "first start as a new user (output redirected to a file)"
$before = Get-ChildItem -Recurse -File $Bundle | ForEach-Object { "$($_.FullName) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }
$user = Join-Path ([System.IO.Path]::GetTempPath()) ("hienhao-newuser-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $user | Out-Null
$savedData = $env:HIENHAO_DESKTOP_DATA
try {
    # platformdirs' own override of the user's local application data folder
    $env:WIN_PD_OVERRIDE_LOCAL_APPDATA = $user
    Remove-Item Env:\HIENHAO_DESKTOP_DATA -ErrorAction SilentlyContinue
    $listing = Join-Path $user "list.txt"
    # cmd's redirection: the bytes the program writes, as a script or a helper would get them.
    cmd /c "`"$(Join-Path $Bundle 'hienhao-cli.exe')`" list > `"$listing`" 2>&1"
    if ($LASTEXITCODE -ne 0) { Fail "'hienhao-cli.exe list' for a new user: $(Get-Content -Raw $listing)" }
    $text = [System.IO.File]::ReadAllText($listing, [System.Text.UTF8Encoding]::new($false, $true))
    $soKet = "S" + [char]0x01A1 + " k" + [char]0x1EBF + "t"  # "So ket" with its Vietnamese letters (this file stays ASCII)
    if (-not $text.Contains($soKet)) { Fail "'list' redirected to a file does not read back as UTF-8 '$soKet': $text" }
    if (-not (Test-Path (Join-Path $user "HienHao\hienhao-desktop\hienhao.sqlite3"))) {
        Fail "the new user's database was not made in %LOCALAPPDATA%\HienHao\hienhao-desktop"
    }
} finally {
    Remove-Item Env:\WIN_PD_OVERRIDE_LOCAL_APPDATA -ErrorAction SilentlyContinue
    if ($savedData) { $env:HIENHAO_DESKTOP_DATA = $savedData }
    Remove-Item -Recurse -Force $user -ErrorAction SilentlyContinue
}
$after = Get-ChildItem -Recurse -File $Bundle | ForEach-Object { "$($_.FullName) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }
if (Compare-Object $before $after) { Fail "the program wrote inside the bundle" }

$size = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Sum Length).Sum
Step ("bundle size {0:N0} MB ({1})" -f ($size / 1MB), $Bundle)

# ---- 5. the installer ------------------------------------------------------------------
if ($SkipInstaller) {
    Step "installer skipped (-SkipInstaller)"
} else {
    if (-not $Iscc) { $Iscc = $env:ISCC }
    if (-not $Iscc) {
        foreach ($folder in ${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs")) {
            if ($folder -and (Test-Path (Join-Path $folder "Inno Setup 6\ISCC.exe"))) {
                $Iscc = Join-Path $folder "Inno Setup 6\ISCC.exe"; break
            }
        }
    }
    if (-not $Iscc -or -not (Test-Path $Iscc)) { Fail "Inno Setup 6 (ISCC.exe) not found: install it, or pass -Iscc PATH" }
    Step "installer ($Iscc)"
    Run "ISCC.exe" { & $Iscc /Q packaging\windows\hienhao-desktop.iss }
    $setup = Get-ChildItem dist\installer\hienhao-desktop-*-setup.exe | Sort-Object LastWriteTime | Select-Object -Last 1
    Step ("installer {0} ({1:N0} MB)" -f $setup.FullName, ($setup.Length / 1MB))
}
Step ("done in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
