#!/usr/bin/env bash
# Builds the training guest: Debian's cloud kernel plus an initramfs with busybox-static and tpm2-tools whose /init
# mounts the basics and runs a shell on the serial console (docs/guest.md). Debian packages only, installed by
# releng/install-system-packages.sh. The result is cached under target/guest/ and rebuilt only when an input
# changes (the kernel, busybox, tpm2 and its libraries, this script).
#
#   releng/build-guest.sh [OUT_DIR]     prints the two paths: KERNEL and INITRD (default OUT_DIR target/guest)
set -euo pipefail
script=$(realpath "$0")
out=$(realpath -m "${1:-$(dirname "$script")/../target/guest}")

kernels=(/boot/vmlinuz-*-cloud-amd64)
[ -e "${kernels[0]}" ] || { echo "build-guest: no /boot/vmlinuz-*-cloud-amd64: install linux-image-cloud-amd64 (releng/install-system-packages.sh)" >&2; exit 2; }
# the newest cloud kernel, should a point release have left two
kernel=$(printf '%s\n' "${kernels[@]}" | sort -V | tail -n 1)
for tool in /bin/busybox /usr/bin/tpm2 /usr/bin/cpio; do
	[ -x "$tool" ] || { echo "build-guest: $tool is missing: run releng/install-system-packages.sh" >&2; exit 2; }
done

# tpm2 is dynamically linked; the device TCTI is loaded at run time, so ldd does not list it
tcti=$(realpath /usr/lib/x86_64-linux-gnu/libtss2-tcti-device.so.0)
libraries=$( { ldd /usr/bin/tpm2 | awk '/=>/ { print $3 } /^\t\/lib64/ { print $1 }'; ldd "$tcti" | awk '/=>/ { print $3 }'; } | sort -u)
inputs=("$kernel" /bin/busybox /usr/bin/tpm2 "$tcti" $libraries "$script")

fingerprint=$(sha256sum "${inputs[@]}" | sha256sum | cut -c1-64)
if [ -f "$out/fingerprint" ] && [ "$(cat "$out/fingerprint")" = "$fingerprint" ] && [ -f "$out/initrd.gz" ] && [ -f "$out/vmlinuz" ]; then
	echo "KERNEL=$out/vmlinuz"
	echo "INITRD=$out/initrd.gz"
	exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"/{bin,sbin,usr/bin,proc,sys,dev,tmp,etc,lib/x86_64-linux-gnu,lib64}
cp /bin/busybox "$root/bin/busybox"
cp /usr/bin/tpm2 "$root/usr/bin/tpm2"
for lib in $libraries "$tcti"; do
	mkdir -p "$root$(dirname "$lib")"
	cp -L "$lib" "$root$lib"
done
# tss2 opens the TCTI by its soname
ln -sf "$(basename "$tcti")" "$root/usr/lib/x86_64-linux-gnu/libtss2-tcti-device.so.0"

cat > "$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t securityfs securityfs /sys/kernel/security 2>/dev/null
export PATH=/bin:/usr/bin TPM2TOOLS_TCTI=device:/dev/tpmrm0 PS1='guest# '
# the line a driver waits for before it types: the shell is up and the vTPM device exists (or not)
if [ -e /dev/tpmrm0 ]; then echo "vtpm-guest: ready, /dev/tpmrm0 present"; else echo "vtpm-guest: ready, no TPM device"; fi
while true; do setsid cttyhack sh; done
EOF
chmod 755 "$root/init"

mkdir -p "$out"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/initrd.gz"
cp "$kernel" "$work/vmlinuz"
mv "$work/initrd.gz" "$out/initrd.gz"
mv "$work/vmlinuz" "$out/vmlinuz"
echo "$fingerprint" > "$out/fingerprint"
echo "KERNEL=$out/vmlinuz"
echo "INITRD=$out/initrd.gz"
