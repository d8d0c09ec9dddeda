package org.vtpmconsole.agent.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parts of a QEMU 7.2 command line the gateway checks, read as QEMU reads them: the disk images
 * ({@code -drive file=} or {@code file.filename=}, {@code -blockdev filename=} in key=value or JSON form, {@code -hda}
 * and its kin, a bare argument) and {@code -uuid}. Each option is known with whether it takes an argument, so that no
 * value is mistaken for an option; an option QEMU 7.2 does not have, and the ones that configure QEMU from somewhere
 * the gateway cannot see ({@code -readconfig}, {@code -set}, {@code -add-fd}, {@code json:} file names), refuse the
 * whole line. Option values use QEMU's {@code key=value,key=value} syntax, where a doubled comma stands for a comma
 * and a key given twice counts with its last value (QEMU's {@code qemu_opt_get} takes the last).
 */
final class QemuCommandLine {
	/** QEMU 7.2's options with an argument ({@code qemu-system-x86_64 -help}; {@code -M} is {@code -machine}). */
	private static final Set<String> WITH_ARGUMENT = Set.of("D", "L", "M", "accel", "acpitable", "action", "add-fd",
			"append", "audio", "audiodev", "bios", "blockdev", "boot", "cdrom", "chardev", "chroot", "compat", "cpu", "d",
			"debugcon", "device", "dfilter", "display", "drive", "dtb", "dump-vmstate", "echr", "fda", "fdb", "fsdev",
			"fw_cfg", "gdb", "global", "hda", "hdb", "hdc", "hdd", "icount", "incoming", "initrd", "iscsi", "k", "kernel",
			"loadvm", "m", "machine", "mem-path", "mon", "monitor", "msg", "mtdblock", "name", "net", "netdev", "nic",
			"numa", "object", "option-rom", "overcommit", "parallel", "pflash", "pidfile", "plugin", "qmp", "qmp-pretty",
			"readconfig", "rotate", "rtc", "runas", "sandbox", "sd", "seed", "serial", "set", "smbios", "smp", "spice",
			"tpmdev", "trace", "usbdevice", "uuid", "vga", "virtfs", "vnc", "watchdog-action", "xen-domid");
	private static final Set<String> WITHOUT_ARGUMENT = Set.of("S", "async-teardown", "audio-help", "daemonize",
			"enable-kvm", "enable-sync-profile", "full-screen", "h", "help", "mem-prealloc", "no-acpi", "no-fd-bootchk",
			"no-hpet", "no-reboot", "no-shutdown", "no-user-config", "nodefaults", "nographic", "only-migratable",
			"portrait", "preconfig", "s", "singlestep", "snapshot", "usb", "version", "win2k-hack", "xen-attach",
			"xen-domid-restrict");
	/** They configure devices and files from where the gateway cannot follow (a file, a later override, an fd set). */
	private static final Set<String> REFUSED = Set.of("readconfig", "set", "add-fd");
	/** Options whose argument is itself a disk image's file name, as {@code -hda}. */
	private static final Set<String> IMAGE_FILE = Set.of("hda", "hdb", "hdc", "hdd", "cdrom", "fda", "fdb", "mtdblock",
			"sd", "pflash");
	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<String> images = new ArrayList<>();
	private String uuid;

	private QemuCommandLine() {
	}

	/** @throws Refusal {@link RefusalReason#COMMAND_LINE_NOT_UNDERSTOOD} for anything QEMU would read otherwise */
	static QemuCommandLine parse(List<String> args) throws Refusal {
		QemuCommandLine line = new QemuCommandLine();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("-")) {
				// QEMU takes a bare argument as the first hard disk's image
				line.addImage(arg);
				continue;
			}
			String option = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
			if (REFUSED.contains(option)) {
				throw notUnderstood(arg + " configures QEMU from where the gateway cannot follow; it is refused");
			}
			if (WITHOUT_ARGUMENT.contains(option)) {
				continue;
			}
			if (!WITH_ARGUMENT.contains(option)) {
				throw notUnderstood("the option " + arg + " is not one of QEMU 7.2's");
			}
			if (i + 1 >= args.size()) {
				throw notUnderstood("the option " + arg + " lacks its argument");
			}
			line.take(option, args.get(++i));
		}
		return line;
	}

	private void take(String option, String value) throws Refusal {
		switch (option) {
		case "drive" -> {
			Map<String, String> drive = options(value);
			addImage(drive.get("file"));
			addFileNames(drive);
		}
		case "blockdev" -> {
			if (value.startsWith("{")) {
				addJsonFileNames(value);
			} else {
				addFileNames(options(value));
			}
		}
		case "uuid" -> uuid = value;
		default -> {
			if (IMAGE_FILE.contains(option)) {
				addImage(value);
			}
		}
		}
	}

	/** {@code filename}, {@code file.filename}, {@code file.file.filename}...: the protocol node's file. */
	private void addFileNames(Map<String, String> options) throws Refusal {
		for (Map.Entry<String, String> option : options.entrySet()) {
			if (option.getKey().equals("filename") || option.getKey().endsWith(".filename")) {
				addImage(option.getValue());
			}
		}
	}

	private void addJsonFileNames(String value) throws Refusal {
		try {
			addJsonFileNames(JSON.readTree(value));
		} catch (JsonProcessingException e) {
			throw notUnderstood("the -blockdev JSON cannot be read: " + e.getOriginalMessage());
		}
	}

	private void addJsonFileNames(JsonNode node) throws Refusal {
		for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
			if (field.getKey().equals("filename") && field.getValue().isTextual()) {
				addImage(field.getValue().asText());
			} else if (field.getValue().isContainerNode()) {
				addJsonFileNames(field.getValue());
			}
		}
	}

	private void addImage(String file) throws Refusal {
		if (file == null || file.isEmpty()) {
			return;
		}
		if (file.startsWith("json:")) {
			throw notUnderstood("the image " + file + " is a json: pseudo-protocol, which the gateway does not follow");
		}
		images.add(file);
	}

	/** The image paths as written (possibly relative to the process's working directory). */
	List<String> images() {
		return List.copyOf(images);
	}

	/** The last {@code -uuid}, as QEMU takes it. */
	Optional<String> uuid() {
		return Optional.ofNullable(uuid);
	}

	/** {@code a=1,b=x,,y} → {a=1, b=x,y}; a key given twice keeps its last value; a bare element has an empty one. */
	static Map<String, String> options(String value) {
		Map<String, String> options = new LinkedHashMap<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i <= value.length(); i++) {
			boolean end = i == value.length();
			char c = end ? ',' : value.charAt(i);
			if (c == ',' && !end && i + 1 < value.length() && value.charAt(i + 1) == ',') {
				current.append(',');
				i++;
			} else if (c == ',') {
				String item = current.toString();
				int equals = item.indexOf('=');
				String key = equals < 0 ? item : item.substring(0, equals);
				options.remove(key);
				options.put(key, equals < 0 ? "" : item.substring(equals + 1));
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		return options;
	}

	private static Refusal notUnderstood(String message) {
		return new Refusal(RefusalReason.COMMAND_LINE_NOT_UNDERSTOOD, message);
	}
}
