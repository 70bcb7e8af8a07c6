<#
.SYNOPSIS
Builds KVS Viewer for Windows: an app image with its own Java runtime (jlink'd by
jpackage) and the .msi made from it.

  target\packaging\KVS Viewer\                         the app image
  target\packaging\kvs-viewer-<version>-windows-x86_64.msi

The jar is built with -Djavacpp.platform=windows-x86_64, so it carries the Windows
FFmpeg natives only (.mvn\maven.config says linux-x86_64 for everyday builds).

.PARAMETER ImageOnly
Stop after the app image.

.PARAMETER SkipMaven
Package target\kvs-viewer.jar as it is (it must be built for windows-x86_64).

.NOTES
Needs a JDK 17+ with jmods and jpackage (JAVA_HOME, else the java on PATH) and, for
the .msi, WiX Toolset 3 (candle.exe and light.exe on PATH or in its default folder;
jpackage 17 does not use WiX 4 or later). APP_VERSION sets the installer version (up
to three numbers; default: the jar's version without -SNAPSHOT).
#>
param(
    [switch]$ImageOnly,
    [switch]$SkipMaven
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string]$message) {
    Write-Error "build.ps1: $message" -ErrorAction Continue
    exit 1
}

Set-Location (Split-Path -Parent $PSScriptRoot)
$platform = 'windows-x86_64'
if ($env:PROCESSOR_ARCHITECTURE -ne 'AMD64') {
    Fail "the Windows build is for x86_64; this machine is $($env:PROCESSOR_ARCHITECTURE)"
}

if ($env:JAVA_HOME) {
    $bin = Join-Path $env:JAVA_HOME 'bin'
} else {
    $java = Get-Command java -ErrorAction SilentlyContinue
    if (-not $java) { Fail 'no java on PATH and no JAVA_HOME' }
    $bin = Split-Path -Parent $java.Source
}
foreach ($tool in 'jpackage', 'jlink', 'jar') {
    if (-not (Test-Path (Join-Path $bin "$tool.exe"))) {
        Fail "$bin\$tool.exe is missing: JAVA_HOME must be a JDK 17+ with jpackage"
    }
}
if (-not (Test-Path (Join-Path $bin '..\jmods'))) { Fail "$bin\..\jmods is missing: jlink needs a JDK with jmods" }
$jpackage = Join-Path $bin 'jpackage.exe'
$jarTool = Join-Path $bin 'jar.exe'

if (-not $ImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    $wix = @(Get-Item "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -ErrorAction SilentlyContinue) |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $wix) { Fail 'WiX Toolset 3 is missing: the .msi needs candle.exe and light.exe (choco install wixtoolset)' }
    $env:PATH = "$($wix.FullName);$env:PATH"
}

$jar = 'target\kvs-viewer.jar'
if (-not $SkipMaven) {
    Write-Host "== Building $jar for $platform"
    & .\mvnw.cmd -B -ntp -q "-Djavacpp.platform=$platform" -DskipTests package
    if ($LASTEXITCODE -ne 0) { Fail "the Maven build failed ($LASTEXITCODE)" }
}
if (-not (Test-Path $jar)) { Fail "$jar is missing (run without -SkipMaven)" }

# The jar must carry this system's JavaCV natives and no other system's.
$natives = & $jarTool tf $jar |
    Select-String -Pattern '^org/bytedeco/[a-z0-9]+/([a-z]+-[a-z0-9_]+)/.*\.(so|dylib|dll)[.0-9]*$' |
    ForEach-Object { $_.Matches[0].Groups[1].Value } | Sort-Object -Unique
if (@($natives) -join ' ' -ne $platform) {
    Fail "$jar carries natives for [$(@($natives) -join ' ')], not just $platform; rebuild without -SkipMaven"
}

$version = $env:APP_VERSION
if (-not $version) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path $jar).Path)
    try {
        $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
        $manifest = $reader.ReadToEnd()
        $reader.Close()
    } finally {
        $zip.Dispose()
    }
    if ($manifest -match '(?m)^Implementation-Version: *([0-9.]*[0-9])') { $version = $Matches[1] }
}
if ($version -notmatch '^[0-9]+(\.[0-9]+){0,2}$') { Fail "APP_VERSION '$version' is not one to three numbers" }

$out = 'target\packaging'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\"
$icon = 'packaging\icons\kvs-viewer.ico'

Write-Host "== App image $version ($platform)"
& $jpackage --type app-image --dest $out --input "$out\input" --icon $icon --app-version $version `
    '@packaging/jpackage/app.args' '@packaging/jpackage/image.args' `
    --add-launcher 'kvs-viewer=packaging/jpackage/windows-console.properties'
if ($LASTEXITCODE -ne 0) { Fail "jpackage could not make the app image ($LASTEXITCODE)" }
$image = "$out\KVS Viewer"
$imageMb = [math]::Round(((Get-ChildItem -Recurse -File $image | Measure-Object Length -Sum).Sum / 1MB), 0)
Write-Host "   $image ($imageMb MB)"
if ($ImageOnly) { exit 0 }

Write-Host '== Installer .msi'
& $jpackage --type msi --dest $out --app-image $image --icon $icon --app-version $version `
    '@packaging/jpackage/app.args' '@packaging/jpackage/windows.args'
if ($LASTEXITCODE -ne 0) { Fail "jpackage could not make the .msi ($LASTEXITCODE)" }

$made = Get-ChildItem $out -Filter '*.msi' | Select-Object -First 1
if (-not $made) { Fail 'jpackage made no .msi' }
$installer = Join-Path $out "kvs-viewer-$version-$platform.msi"
Move-Item $made.FullName $installer
Write-Host "   $installer ($([math]::Round($made.Length / 1MB, 0)) MB)"
