#!/usr/bin/env bash
# Builds the APK without the Android SDK (run by Maven; see android/README.md):
#   resources: the aar dependencies Maven lists (AAR_FILES: Firebase and what it needs) are unpacked to target/aar/,
#              their classes put in one jar, their manifests merged into the app's (tools/merge_manifests.py); aapt
#              packages the app's res/, the libraries' res/ and the merged manifest against the framework resources
#              -> resources.ap_ and R.java
#   apk:       D8 dexes the classes, aapt adds classes*.dex and the libraries' native code, zipalign aligns,
#              apksigner signs and verifies
# Release signing: INTERVO_ANDROID_KEYSTORE, INTERVO_ANDROID_KEYSTORE_PASSWORD, INTERVO_ANDROID_KEY_ALIAS,
# INTERVO_ANDROID_KEY_PASSWORD; without them the machine's debug key (~/.android/debug.keystore) signs.
# Push: INTERVO_GOOGLE_SERVICES_JSON, the Firebase project's google-services.json; without it the app has no
# Firebase values and runs without push (Firebase's start-up provider logs that and skips).
set -euo pipefail
shopt -s nullglob
here="$(cd "$(dirname "$0")" && pwd)"
: "${TARGET:=$here/target}" "${FRAMEWORK_RES:=${ANDROID_ALL:?FRAMEWORK_RES or ANDROID_ALL}}" "${AAR_CLASSES:=$TARGET/aar-classes.jar}"
: "${VERSION_CODE:=1}" "${VERSION_NAME:=0.1.0}" "${JAVA_BIN:=$(dirname "$(command -v java)")}"
application_id=com.intervo.technician
locales=en,ro,ru,cs                      # the app's languages: the libraries' other translations are left out
manifest="$TARGET/AndroidManifest.xml"   # the app's manifest with the libraries' merged in
aars="$TARGET/aar"                       # one folder per aar dependency, unpacked from AAR_FILES

need() {
  command -v "$1" > /dev/null || {
    echo "build-apk.sh: '$1' is missing: apt-get install aapt zipalign apksigner unzip python3" >&2
    exit 1
  }
}

# Aar files (':'-separated, as Maven lists them) unpacked to <folder>/<artifact-version>/.
unpack_libraries() {
  local folder="$1" files aar
  rm -rf "$folder" && mkdir -p "$folder"
  IFS=: read -r -a files <<< "$2"
  for aar in "${files[@]}"; do
    unzip -q -o "$aar" -d "$folder/$(basename "$aar" .aar)"
  done
}

# The classes.jar (and libs/*.jar) of the aars in <folder> in one jar (no class is in two of them).
library_classes() {
  local folder="$1" jar="$2" all="$1.classes" lib
  rm -rf "$all" && mkdir -p "$all"
  for lib in "$folder"/*/classes.jar "$folder"/*/libs/*.jar; do
    unzip -q -o "$lib" -d "$all"
  done
  rm -rf "$all/META-INF"   # each jar's manifest and Kotlin module files: nothing Android reads
  "$JAVA_BIN/jar" cf "$jar" -C "$all" .
  rm -rf "$all"
}

# Each aar's res/ folder with resources in it. Library resources are written for aapt2; the one aapt2-only form
# they use, <id name="x"/>, becomes <item type="id" name="x"/> for aapt.
library_res() {
  local lib
  for lib in "$aars"/*/; do
    [ -n "$(find "$lib/res" -type f 2> /dev/null | head -1)" ] || continue
    find "$lib/res" -path '*/values*/*.xml' -exec sed -i -E 's#<id name="([^"]+)"[[:space:]]*/>#<item type="id" name="\1"/>#g' {} +
    echo "${lib%/}/res"
  done
}

resources() {
  need aapt; need unzip; need python3
  [ -f "$FRAMEWORK_RES" ] || { echo "build-apk.sh: $FRAMEWORK_RES (the framework resources) is missing" >&2; exit 1; }
  mkdir -p "$TARGET/generated-sources/r" "$TARGET/test-classes/com/android/tools"
  # Maven copies the jars to dex into dex-input/ later (prepare-package): no jar of an earlier build may stay there
  rm -rf "$TARGET/dex-input"
  # the app's aars: classes for javac, Robolectric and D8; manifests, res/ and jni/ for the APK
  unpack_libraries "$aars" "${AAR_FILES:-}"
  library_classes "$aars" "$AAR_CLASSES"
  # test-only aars (androidx.test:monitor for Robolectric): classes for javac and Surefire only
  unpack_libraries "$TARGET/aar-test" "${AAR_TEST_FILES:-}"
  library_classes "$TARGET/aar-test" "${AAR_TEST_CLASSES:-$TARGET/aar-test-classes.jar}"
  python3 "$here/tools/merge_manifests.py" "$here/src/main/AndroidManifest.xml" "$manifest" "$application_id" \
    "$aars"/*/AndroidManifest.xml

  # the app's res/, then the Firebase values, then each library's res/ (the first one to define a resource wins);
  # R.java for the app and for every library with resources (their classes read their own R)
  local res=(-S "$here/src/main/res") packages=() libs lib
  rm -rf "$TARGET/generated-res"
  if [ -n "${INTERVO_GOOGLE_SERVICES_JSON:-}" ]; then
    mkdir -p "$TARGET/generated-res/values"
    python3 "$here/tools/google_services.py" "$INTERVO_GOOGLE_SERVICES_JSON" "$application_id" \
      "$TARGET/generated-res/values/google-services.xml"
    res+=(-S "$TARGET/generated-res")
  else
    echo "build-apk.sh: no INTERVO_GOOGLE_SERVICES_JSON: the app is built without Firebase values (no push)"
  fi
  mapfile -t libs < <(library_res)
  for lib in "${libs[@]}"; do
    res+=(-S "$lib")
    packages+=("$(sed -n 's/.*package="\([^"]*\)".*/\1/p' "$(dirname "$lib")/AndroidManifest.xml" | head -1)")
  done
  local extra=""
  [ ${#packages[@]} -eq 0 ] || extra="$(IFS=:; echo "${packages[*]}")"
  rm -rf "$TARGET/generated-sources/r" && mkdir -p "$TARGET/generated-sources/r"
  aapt package -f -m \
    -J "$TARGET/generated-sources/r" \
    -M "$manifest" \
    "${res[@]}" --auto-add-overlay ${extra:+--extra-packages "$extra"} \
    -c "$locales" \
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
  # D8 takes class files and jars, not folders; java.* comes from the JDK (android-all leaves it out).
  # Past 64K methods D8 writes classes2.dex and on (native multidex from API 21): every classes*.dex is added.
  (cd "$TARGET/classes" && find . -name '*.class' | sed 's#^\./##' | (cd "$TARGET/classes" && xargs "$JAVA_BIN/jar" cf "$out/app-classes.jar"))
  "$JAVA_BIN/java" -cp "$R8_JAR" com.android.tools.r8.D8 --release --min-api 26 \
    --lib "$ANDROID_ALL" --lib "$(dirname "$JAVA_BIN")" --output "$dex" \
    "$out/app-classes.jar" "$TARGET"/dex-input/*.jar "$AAR_CLASSES"
  cp "$TARGET/resources.ap_" "$out/unsigned.apk"
  (cd "$dex" && aapt add -f "$out/unsigned.apk" $(ls classes*.dex | sort -V) > /dev/null)
  # the libraries' native code (jni/<abi>/*.so in an aar) goes to lib/<abi>/, as the Gradle plugin packages it
  local jni
  for jni in "$aars"/*/jni; do
    [ -d "$jni" ] || continue
    mkdir -p "$out/native/lib" && cp -r "$jni"/. "$out/native/lib/"
  done
  if [ -d "$out/native/lib" ]; then
    (cd "$out/native" && find lib -type f -name '*.so' | sort | xargs aapt add -f "$out/unsigned.apk" > /dev/null)
  fi
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
