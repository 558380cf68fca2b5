#!/usr/bin/env bash
# Builds the APK without the Android SDK (run by Maven; see android/README.md):
#   resources: aapt packages res/ and the manifest against the framework resources -> resources.ap_ and R.java
#   apk:       D8 dexes the classes, aapt adds classes.dex, zipalign aligns, apksigner signs and verifies
# Release signing: INTERVO_ANDROID_KEYSTORE, INTERVO_ANDROID_KEYSTORE_PASSWORD, INTERVO_ANDROID_KEY_ALIAS,
# INTERVO_ANDROID_KEY_PASSWORD; without them the machine's debug key (~/.android/debug.keystore) signs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${TARGET:=$here/target}" "${FRAMEWORK_RES:=/usr/share/android-framework-res/framework-res.apk}"
: "${VERSION_CODE:=1}" "${VERSION_NAME:=0.1.0}" "${JAVA_BIN:=$(dirname "$(command -v java)")}"
manifest="$here/src/main/AndroidManifest.xml"

need() {
  command -v "$1" > /dev/null || {
    echo "build-apk.sh: '$1' is missing: apt-get install aapt zipalign apksigner android-framework-res" >&2
    exit 1
  }
}

resources() {
  need aapt
  [ -f "$FRAMEWORK_RES" ] || { echo "build-apk.sh: $FRAMEWORK_RES is missing: apt-get install android-framework-res" >&2; exit 1; }
  mkdir -p "$TARGET/generated-sources/r" "$TARGET/test-classes/com/android/tools"
  aapt package -f -m \
    -J "$TARGET/generated-sources/r" \
    -M "$manifest" \
    -S "$here/src/main/res" \
    -I "$FRAMEWORK_RES" \
    --min-sdk-version 26 --target-sdk-version 34 \
    --version-code "$VERSION_CODE" --version-name "$VERSION_NAME" \
    -F "$TARGET/resources.ap_"
  # what the Android Gradle plugin tells Robolectric: the manifest, the packaged resources, the package
  cat > "$TARGET/test-classes/com/android/tools/test_config.properties" <<PROPS
android_merged_manifest=$manifest
android_resource_apk=$TARGET/resources.ap_
android_custom_package=com.intervo.technician
PROPS
}

apk() {
  need aapt; need zipalign; need apksigner
  local out="$TARGET/apk" dex="$TARGET/apk/dex"
  rm -rf "$out" && mkdir -p "$dex"
  # D8 takes class files and jars, not folders; java.* comes from the JDK (android-all leaves it out)
  (cd "$TARGET/classes" && find . -name '*.class' | sed 's#^\./##' | (cd "$TARGET/classes" && xargs "$JAVA_BIN/jar" cf "$out/app-classes.jar"))
  "$JAVA_BIN/java" -cp "$R8_JAR" com.android.tools.r8.D8 --release --min-api 26 \
    --lib "$ANDROID_ALL" --lib "$(dirname "$JAVA_BIN")" --output "$dex" "$out/app-classes.jar" "$TARGET"/dex-input/*.jar
  cp "$TARGET/resources.ap_" "$out/unsigned.apk"
  (cd "$dex" && aapt add -f "$out/unsigned.apk" classes.dex > /dev/null)
  zipalign -f -p 4 "$out/unsigned.apk" "$out/aligned.apk"

  local ks alias kspass keypass
  if [ -n "${INTERVO_ANDROID_KEYSTORE:-}" ]; then
    ks="$INTERVO_ANDROID_KEYSTORE"; alias="${INTERVO_ANDROID_KEY_ALIAS:?INTERVO_ANDROID_KEY_ALIAS}"
    kspass="${INTERVO_ANDROID_KEYSTORE_PASSWORD:?INTERVO_ANDROID_KEYSTORE_PASSWORD}"
    keypass="${INTERVO_ANDROID_KEY_PASSWORD:-$kspass}"
  else
    ks="$HOME/.android/debug.keystore"; alias=androiddebugkey; kspass=android; keypass=android
    if [ ! -f "$ks" ]; then
      mkdir -p "$(dirname "$ks")"
      "$JAVA_BIN/keytool" -genkeypair -keystore "$ks" -storepass android -keypass android -alias androiddebugkey \
        -keyalg RSA -keysize 2048 -validity 10000 -dname "CN=Android Debug,O=Android,C=US" > /dev/null 2>&1
    fi
  fi
  local apk="$TARGET/intervo-technician-$VERSION_NAME.apk"
  apksigner sign --ks "$ks" --ks-key-alias "$alias" --ks-pass "pass:$kspass" --key-pass "pass:$keypass" \
    --out "$apk" "$out/aligned.apk"
  apksigner verify -v "$apk" > "$TARGET/apksigner-verify.txt"
  aapt dump badging "$apk" > "$TARGET/badging.txt"
  grep -q "package: name='com.intervo.technician'" "$TARGET/badging.txt" || { echo "badging: wrong package" >&2; exit 1; }
  grep -q "Verified using v2 scheme (APK Signature Scheme v2): true" "$TARGET/apksigner-verify.txt" \
    || { echo "apksigner: not signed with v2" >&2; cat "$TARGET/apksigner-verify.txt" >&2; exit 1; }
  echo "APK: $apk ($(du -h "$apk" | cut -f1)), $(grep -c . "$TARGET/badging.txt") badging lines"
}

"$1"
