#!/usr/bin/env bash
# installer_packages: builds the Debian packages with cpack from the build tree, then checks what
# they hold, what they depend on, the service unit and the maintainer scripts, and runs the packaged
# programs from a throwaway root (dpkg -x) on the machine's own libraries.
#   check-packages.sh BUILD_DIR
set -uo pipefail

build=$1
work=$(mktemp -d)
server_pid=
cleanup()
{
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
# check DESCRIPTION COMMAND...: one assertion; its output is shown when it fails.
check()
{
    local what=$1
    shift
    if "$@" >"$work/check.log" 2>&1; then
        passed=$((passed + 1))
        echo "PASS: $what"
    else
        failed=$((failed + 1))
        echo "FAIL: $what"
        sed 's/^/    /' "$work/check.log"
    fi
}
has_line() { grep -qxF -- "$2" "$1"; }
has_match() { grep -qE -- "$2" "$1"; }
lacks_match() { ! grep -qE -- "$2" "$1"; }

# --- Build the packages.
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "0 passed, 1 failed"
    exit 1
fi
console_deb=$(ls "$work"/out/paht-console_*.deb 2>/dev/null)
store_deb=$(ls "$work"/out/paht-store_*.deb 2>/dev/null)
check "cpack builds paht-console_*.deb" test -f "$console_deb"
check "cpack builds paht-store_*.deb" test -f "$store_deb"
check "cpack builds no other package" test "$(find "$work/out" -maxdepth 1 -name '*.deb' | wc -l)" -eq 2
if [ ! -f "$console_deb" ] || [ ! -f "$store_deb" ]; then
    echo "$passed passed, $failed failed"
    exit 1
fi

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
for deb in "$console_deb" "$store_deb"; do
    name=$(dpkg-deb -f "$deb" Package)
    dpkg-deb -f "$deb" Depends | tr ',|' '\n' | sed 's/(.*//; s/[[:space:]]//g; /^$/d' >"$work/$name.depends"
    dpkg-deb --contents "$deb" | awk '{print $1, $2, $6}' >"$work/$name.contents"
    dpkg-deb -x "$deb" "$work/root"
    dpkg-deb -e "$deb" "$work/$name.control"
    check "$name: version $version-1, amd64" test "$(dpkg-deb -f "$deb" Version Architecture | tr '\n' ' ')" = \
        "Version: $version-1 Architecture: $(dpkg --print-architecture) "
    check "$name: nothing under /usr/local" lacks_match "$work/$name.contents" ' \./usr/local/'
    check "$name: its own synopsis" bash -c "dpkg-deb -f '$deb' Description | head -1 | grep -qi '^${name/-/ }: '"
done
root=$work/root

# --- Files in their places.
in_package() { grep -qE " \./${2#/}\$" "$work/$1.contents"; }
for path in /usr/bin/paht-console /usr/share/applications/vn.gov.quangninh.paht.console.desktop \
    /usr/share/metainfo/vn.gov.quangninh.paht.console.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/paht.svg; do
    check "paht-console holds $path" in_package paht-console "$path"
done
for size in 16 24 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/paht.png
    check "paht-console holds $png" in_package paht-console "$png"
    # A PNG's IHDR holds the width and height as big-endian 32-bit numbers at bytes 16 and 20.
    check "$png is a ${size}x${size} PNG" test \
        "$(od -An --endian=big -tu4 -j16 -N8 "$root$png" 2>/dev/null | tr -s ' ')" = " $size $size"
done
for path in /usr/bin/paht-store /usr/lib/systemd/system/paht-store.service /etc/paht-store/paht-store.conf \
    /usr/share/doc/paht-store/README.md /usr/share/doc/paht-store/API.md \
    /usr/share/doc/paht-store/examples/nginx-paht-store.conf; do
    check "paht-store holds $path" in_package paht-store "$path"
done
check "paht-console does not hold the store" lacks_match "$work/paht-console.contents" 'paht-store'
check "paht-store does not hold the console" lacks_match "$work/paht-store.contents" 'paht-console|/icons/'
for program in paht-console paht-store; do
    check "$program is root-owned and executable" has_match "$work/$program.contents" \
        "^-rwxr-xr-x root/root \./usr/bin/$program\$"
    check "$program is stripped" bash -c "! readelf -S '$root/usr/bin/$program' | grep -q '\.debug_info'"
done

# --- Dependencies: every library a program links comes from a package its Depends names, and Qt's
# plugins (not linked, loaded at run time) are named too.
linked_packages_declared()
{
    local package=$1 program=$2 soname owners missing=0
    for soname in $(readelf -d "$root/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        owners=$(dpkg -S "*/$soname" 2>/dev/null | sed 's/: .*//; s/:[a-z0-9]*//g' | tr ',' '\n' | tr -d ' ')
        if [ -z "$owners" ] || ! grep -qxFf <(echo "$owners") "$work/$package.depends"; then
            echo "$soname (from: ${owners:-no package}) is not in Depends of $package"
            missing=1
        fi
    done
    return $missing
}
check "paht-console: every linked library's package is in Depends" linked_packages_declared paht-console paht-console
check "paht-store: every linked library's package is in Depends" linked_packages_declared paht-store paht-store
for dep in libqt6widgets6 libqt6printsupport6 libqt6network6 libqt6websockets6 libqt6sql6 libqt6sql6-sqlite \
    libqt6svg6 libsodium23; do
    check "paht-console depends on $dep" has_line "$work/paht-console.depends" "$dep"
done
for dep in libqt6core6 libqt6network6 libqt6httpserver6 libqt6websockets6 libqt6sql6 libqt6sql6-sqlite \
    libsodium23 adduser; do
    check "paht-store depends on $dep" has_line "$work/paht-store.depends" "$dep"
done
check "paht-store does not pull the GUI" lacks_match "$work/paht-store.depends" '^libqt6(gui|widgets)6$'

# --- The launcher and the AppStream metadata.
desktop=$root/usr/share/applications/vn.gov.quangninh.paht.console.desktop
metainfo=$root/usr/share/metainfo/vn.gov.quangninh.paht.console.metainfo.xml
check "the .desktop file is valid" desktop-file-validate "$desktop"
for line in "Exec=paht-console" "Icon=paht" "Categories=Office;" "Name[vi]=PAHT — Phản ánh hiện trường"; do
    check "the .desktop file has $line" has_line "$desktop" "$line"
done
check "the .desktop file has a Vietnamese comment" has_match "$desktop" '^Comment\[vi\]=.+'
check "the AppStream metadata is valid" appstreamcli validate --no-net "$metainfo"
check "the AppStream metadata launches the installed .desktop file" has_match "$metainfo" \
    '<launchable type="desktop-id">vn\.gov\.quangninh\.paht\.console\.desktop</launchable>'
for tag in name summary p; do
    check "the AppStream metadata has a Vietnamese <$tag>" has_match "$metainfo" "<$tag xml:lang=\"vi\">"
done
check "the AppStream metadata's newest release is $version" has_match "$metainfo" \
    "<release version=\"$version\""

# --- The service: user, directories, settings file, hardening, journal.
unit=$root/usr/lib/systemd/system/paht-store.service
for line in User=paht-store Group=paht-store StateDirectory=paht-store ConfigurationDirectory=paht-store \
    EnvironmentFile=/etc/paht-store/paht-store.conf ReadWritePaths=/var/lib/paht-store \
    NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes PrivateDevices=yes \
    ProtectKernelTunables=yes ProtectKernelModules=yes ProtectControlGroups=yes \
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX" CapabilityBoundingSet= Restart=on-failure \
    StandardOutput=journal StandardError=journal WantedBy=multi-user.target; do
    check "the unit has $line" has_line "$unit" "$line"
done
# shellcheck disable=SC2016 # the unit's own variables, not the shell's
check "the unit serves /var/lib/paht-store on the configured address" has_line "$unit" \
    'ExecStart=/usr/bin/paht-store serve --data /var/lib/paht-store --listen ${PAHT_LISTEN} $PAHT_TLS_OPTIONS'
# systemd-analyze checks that ExecStart's program exists: point it at the extracted one. It only warns
# about unknown keys and bad values, so any output is a failure too.
verify_unit()
{
    mkdir -p "$work/unit"
    sed "s|=/usr/bin/paht-store |=$root/usr/bin/paht-store |" "$unit" >"$work/unit/paht-store.service"
    local output
    output=$(systemd-analyze verify "$work/unit/paht-store.service" 2>&1) || {
        echo "$output"
        return 1
    }
    echo "$output"
    [ -z "$output" ]
}
if command -v systemd-analyze >/dev/null; then
    check "systemd-analyze verify accepts the unit without a warning" verify_unit
fi
conf=$root/etc/paht-store/paht-store.conf
check "the settings file is a conffile" has_line "$work/paht-store.control/conffiles" /etc/paht-store/paht-store.conf
check "the settings file listens on 127.0.0.1:8080" has_line "$conf" PAHT_LISTEN=127.0.0.1:8080

# --- Maintainer scripts, run with every command they call replaced by a recorder.
control=$work/paht-store.control
for script in postinst prerm postrm; do
    check "$script is executable" test -x "$control/$script"
    check "$script is valid sh" sh -n "$control/$script"
done
stubs=$work/stubs
mkdir -p "$stubs"
cat >"$stubs/recorder" <<'EOF'
#!/bin/sh
echo "${0##*/} $*" >>"$RECORD"
case ${0##*/} in
getent) [ -n "$USER_EXISTS" ] && echo "paht-store:x:999:999::/var/lib/paht-store:/usr/sbin/nologin" && exit 0; exit 2 ;;
ls) printf '%s' "$DATA_FILES" ;;
esac
exit 0
EOF
chmod +x "$stubs/recorder"
for command in adduser addgroup useradd deluser getent install runuser chown chmod mkdir rm ls systemctl \
    deb-systemd-helper deb-systemd-invoke paht-store; do
    ln -s recorder "$stubs/$command"
done
run_script() # RECORD_NAME USER_EXISTS DATA_FILES SCRIPT ARGS...
{
    local record=$work/$1.record
    : >"$record"
    RECORD=$record USER_EXISTS=$2 DATA_FILES=$3 PATH=$stubs /bin/sh "$control/$4" "${@:5}"
}
run_script fresh "" "" postinst configure ""
check "postinst on a new machine creates the system user paht-store" has_match "$work/fresh.record" \
    '^adduser --system --group .*paht-store$'
check "postinst gives /var/lib/paht-store to paht-store, mode 0750" has_line "$work/fresh.record" \
    'install -d -o paht-store -g paht-store -m 0750 /var/lib/paht-store'
check "postinst initialises the empty data directory as paht-store" has_line "$work/fresh.record" \
    'runuser -u paht-store -- /usr/bin/paht-store init --data /var/lib/paht-store'
run_script again yes store.sqlite postinst configure 0.1.0-1
check "postinst keeps an existing user" lacks_match "$work/again.record" '^(adduser|useradd)'
check "postinst leaves a data directory with a store alone" lacks_match "$work/again.record" 'init --data'
run_script remove yes store.sqlite postrm remove
check "postrm remove keeps the data" lacks_match "$work/remove.record" '^rm '
run_script purge yes store.sqlite postrm purge
check "postrm purge deletes the data" has_line "$work/purge.record" 'rm -rf /var/lib/paht-store'

# --- The packaged programs run from the throwaway root on this machine's libraries.
store=$root/usr/bin/paht-store
data=$work/data
check "the packaged paht-store lists its subcommands" bash -c \
    "'$store' --help | grep -q '^  serve ' && '$store' --help | grep -q '^  create-user '"
check "the packaged paht-store initialises a data directory" "$store" init --data "$data"
check "the packaged paht-store creates the first administrator (password on stdin)" bash -c \
    "echo 'first-admin-password' | '$store' create-user --data '$data' --username admin --role administrator"
# The unit's command line with the settings file's address, on a free port.
(
    set -a
    # shellcheck source=/dev/null
    . "$conf"
    set +a
    # shellcheck disable=SC2086 # split into options, as systemd does with $PAHT_TLS_OPTIONS
    exec "$store" serve --data "$data" --listen "${PAHT_LISTEN%:*}:0" $PAHT_TLS_OPTIONS
) >"$work/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/^paht-store serving .* on .*:\([0-9]*\)$/\1/p' "$work/serve.log")
    [ -n "$port" ] && break
    sleep 0.1
done
check "the packaged paht-store serves with the settings file's options" test -n "$port"
check "the served store answers /api/v1/health" bash -c \
    "curl -sf http://127.0.0.1:$port/api/v1/health | grep -q '\"status\": *\"ok\"'"
check "the administrator logs in" bash -c "curl -sf -H 'Content-Type: application/json' -H 'Expect:' \
    -d '{\"username\": \"admin\", \"password\": \"first-admin-password\"}' \
    http://127.0.0.1:$port/api/v1/session | grep -q '\"role\": *\"administrator\"'"
kill "$server_pid" 2>/dev/null
wait "$server_pid" 2>/dev/null
server_pid=
check "the packaged paht-store verifies the audit trail" bash -c \
    "'$store' verify-audit --data '$data' | grep -q '^audit trail intact'"
check "every library of the packaged paht-console is found" bash -c \
    "! ldd '$root/usr/bin/paht-console' | grep -q 'not found'"
mkdir -m 0700 "$work/run"
# The console waits at its login window: still running after 3 s means it started.
check "the packaged paht-console starts" bash -c "HOME='$work/home' XDG_RUNTIME_DIR='$work/run' \
    QT_QPA_PLATFORM=offscreen timeout 3 '$root/usr/bin/paht-console'; test \$? -eq 124"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
