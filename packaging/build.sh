#!/usr/bin/env bash
# Builds KVS Viewer for the system it runs on: an app image with its own Java runtime
# (jlink'd by jpackage) and the installer made from it.
#
#   Linux  target/packaging/KVS Viewer/       and  target/packaging/kvs-viewer-<version>-linux-x86_64.deb
#   macOS  target/packaging/KVS Viewer.app    and  target/packaging/kvs-viewer-<version>-macosx-arm64.dmg
#
# The jar is built with -Djavacpp.platform=<this system>, so it carries the FFmpeg
# natives of this system only (.mvn/maven.config says linux-x86_64 for everyday builds).
#
# Usage: packaging/build.sh [--image-only] [--skip-maven]
#   --image-only  stop after the app image
#   --skip-maven  package target/kvs-viewer.jar as it is (it must be built for this system)
# Environment:
#   JAVA_HOME    a JDK 17+ with jmods and jpackage (default: the java on PATH)
#   APP_VERSION  the installer's version, up to three numbers (default: the jar's version
#                without -SNAPSHOT)
# Needs: Linux fakeroot and dpkg-deb for the .deb; macOS nothing beyond the JDK.
set -euo pipefail

image_only=false
skip_maven=false
for arg in "$@"; do
    case "$arg" in
        --image-only) image_only=true ;;
        --skip-maven) skip_maven=true ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
fail() { echo "build.sh: $*" >&2; exit 1; }

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macosx ;;
    *) fail "this script builds on Linux and macOS; on Windows use packaging\\build.ps1" ;;
esac
case "$(uname -m)" in
    x86_64|amd64) arch=x86_64 ;;
    arm64|aarch64) arch=arm64 ;;
    *) fail "no JavaCV natives for the processor $(uname -m)" ;;
esac
platform="$os-$arch"

if [[ -n "${JAVA_HOME:-}" ]]; then
    bin="$JAVA_HOME/bin"
else
    bin="$(dirname "$(readlink -f "$(command -v java)")")" || fail "no java on PATH and no JAVA_HOME"
fi
for tool in jpackage jlink jar; do
    [[ -x "$bin/$tool" ]] || fail "$bin/$tool is missing: JAVA_HOME must be a JDK 17+ with jpackage"
done
[[ -d "$bin/../jmods" ]] || fail "$bin/../jmods is missing: jlink needs a JDK with jmods (Debian/Ubuntu: openjdk-17-jmods)"
if [[ $os == linux && $image_only == false ]]; then
    for tool in fakeroot dpkg-deb; do
        command -v "$tool" >/dev/null || fail "$tool is missing: the .deb needs it (apt-get install fakeroot dpkg)"
    done
fi

jar=target/kvs-viewer.jar
if [[ $skip_maven == false ]]; then
    echo "== Building $jar for $platform"
    ./mvnw -B -ntp -q "-Djavacpp.platform=$platform" -DskipTests package
fi
[[ -f $jar ]] || fail "$jar is missing (run without --skip-maven)"

# The jar must carry this system's JavaCV natives and no other system's.
natives=$("$bin/jar" tf "$jar" | sed -En 's#^org/bytedeco/[a-z0-9]+/([a-z]+-[a-z0-9_]+)/.*\.(so|dylib|dll)[.0-9]*$#\1#p' | sort -u | tr '\n' ' ')
[[ "$natives" == "$platform " ]] \
    || fail "$jar carries natives for [${natives% }], not just $platform; rebuild without --skip-maven"

if [[ -z "${APP_VERSION:-}" ]]; then
    manifest=$(mktemp -d)
    jar_path="$PWD/$jar"
    (cd "$manifest" && "$bin/jar" xf "$jar_path" META-INF/MANIFEST.MF)
    APP_VERSION=$(sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' "$manifest/META-INF/MANIFEST.MF" | tr -d '\r')
    rm -rf "$manifest"
fi
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "APP_VERSION '$APP_VERSION' is not one to three numbers"

out=target/packaging
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# jpackage gives the app version to the bundle and the installer. macOS refuses a
# version whose first number is 0 ("CFBundleVersion"); until 1.0 the Mac bundle keeps
# jpackage's default (1.0) and the file name and `--version` carry the real one.
# (Arrays are expanded as ${a[@]+"${a[@]}"}: macOS's bash 3.2 calls an empty one unbound.)
version_opts=(--app-version "$APP_VERSION")
os_opts=()
case $os in
    linux) icon=packaging/icons/kvs-viewer.png ;;
    macosx)
        icon=packaging/icons/kvs-viewer.icns
        os_opts=(@packaging/jpackage/mac.args)
        if [[ "$APP_VERSION" == 0* ]]; then version_opts=(); fi
        ;;
esac

echo "== App image $APP_VERSION ($platform)"
"$bin/jpackage" --type app-image --dest "$out" --input "$out/input" --icon "$icon" \
    ${version_opts[@]+"${version_opts[@]}"} @packaging/jpackage/app.args @packaging/jpackage/image.args ${os_opts[@]+"${os_opts[@]}"}

if [[ $os == macosx ]]; then
    image="$out/KVS Viewer.app"
    # Apple silicon runs no unsigned code, and jpackage's changes to the bundle break
    # the launcher's signature: sign the whole bundle ad hoc (no identity, no notarization).
    codesign --force --deep --sign - "$image"
else
    image="$out/KVS Viewer"
fi
echo "   $image ($(du -sh "$image" | cut -f1))"
$image_only && exit 0

case $os in
    linux) type=deb ;;
    macosx) type=dmg ;;
esac
echo "== Installer .$type"
"$bin/jpackage" --type "$type" --dest "$out" --app-image "$image" --icon "$icon" \
    ${version_opts[@]+"${version_opts[@]}"} @packaging/jpackage/app.args "@packaging/jpackage/${os/macosx/mac}.args"

made=$(find "$out" -maxdepth 1 -name "*.$type" -newer "$out/input/kvs-viewer.jar" | head -n 1)
[[ -n "$made" ]] || fail "jpackage made no .$type"
installer="$out/kvs-viewer-$APP_VERSION-$platform.$type"
mv "$made" "$installer"
echo "   $installer ($(du -h "$installer" | cut -f1))"
