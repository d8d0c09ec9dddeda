package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vtpmconsole.agent.process.ProcessIdentity;

/**
 * The uids the agent hands out to VMs ({@code vms.uids}, e.g. {@code 200000-264999}), two per VM: QEMU gets an even
 * uid Q, swtpm Q + 1, and both the group Q, so that both can pass through the VM's directory (mode 0710, group Q)
 * and nothing else can. A VM's Q is allocated once, the lowest pair free under the VMs directory, and recorded in
 * {@code ROOT/UUID/uid} (written by the agent only), so it survives agent restarts and a change of the range does
 * not move a VM silently. No account of the host may lie in the range ({@link #requireNoAccounts}).
 */
public record VmUids(int first, int last) {
	/** The default range: above the ids Debian and systemd hand out, 32,500 VMs. */
	public static final String DEFAULT = "200000-264999";
	static final String UID_FILE = "uid";
	private static final Pattern RANGE = Pattern.compile("(\\d{1,10})-(\\d{1,10})");

	public VmUids {
		if (first < 1000 || last < first + 1 || last > Integer.MAX_VALUE - 1) {
			throw new IllegalArgumentException("expected a range FIRST-LAST of at least two uids, FIRST >= 1000, got "
					+ first + "-" + last);
		}
	}

	/** {@code FIRST-LAST}, as the configuration spells it. */
	public static VmUids parse(String text) {
		Matcher range = RANGE.matcher(text);
		if (!range.matches()) {
			throw new IllegalArgumentException("expected FIRST-LAST (e.g. " + DEFAULT + ") or 'agent', got '" + text
					+ "'");
		}
		try {
			return new VmUids(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("uid out of range in '" + text + "'", e);
		}
	}

	public String configName() {
		return first + "-" + last;
	}

	/** QEMU's identity for a VM whose recorded uid is {@code qemuUid}. */
	static ProcessIdentity qemu(int qemuUid) {
		return new ProcessIdentity(qemuUid, qemuUid);
	}

	/** swtpm's identity: a uid no QEMU has, the VM's group. */
	static ProcessIdentity swtpm(int qemuUid) {
		return new ProcessIdentity(qemuUid + 1, qemuUid);
	}

	/**
	 * The VM's recorded QEMU uid, or a new one recorded now (the caller serialises allocations).
	 *
	 * @throws IOException when a record is unreadable or outside the range, or the range is full
	 */
	int allocate(Vm vm) throws IOException {
		Integer recorded = recorded(vm.dir());
		if (recorded != null) {
			return recorded;
		}
		Set<Integer> used = new HashSet<>();
		// every directory with a record, also a VM still being created (it has no image yet)
		try (Stream<Path> dirs = Files.list(vm.dir().getParent())) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				Integer uid = recorded(dir);
				if (uid != null) {
					used.add(uid);
				}
			}
		}
		for (long uid = first + (first & 1); uid + 1 <= last; uid += 2) {
			if (!used.contains((int) uid)) {
				Files.writeString(vm.dir().resolve(UID_FILE), uid + "\n", StandardCharsets.US_ASCII);
				return (int) uid;
			}
		}
		throw new IOException("vms.uids " + configName() + " has no free pair of uids left for VM " + vm.uuid());
	}

	private Integer recorded(Path vmDir) throws IOException {
		String text;
		try {
			text = Files.readString(vmDir.resolve(UID_FILE), StandardCharsets.US_ASCII).strip();
		} catch (NoSuchFileException e) {
			return null;
		}
		try {
			int uid = Integer.parseInt(text);
			if (uid < first || uid + 1 > last || (uid & 1) != 0) {
				throw new IOException(vmDir + " is recorded with uid " + uid + ", which is not an even "
						+ "uid of vms.uids " + configName() + "; the agent does not move a VM to other uids by itself");
			}
			return uid;
		} catch (NumberFormatException e) {
			throw new IOException(vmDir.resolve(UID_FILE) + " holds no uid", e);
		}
	}

	/** Refuses a range that holds a uid of /etc/passwd or a gid of /etc/group: a VM would run as that account. */
	public void requireNoAccounts() throws IOException {
		for (Path file : List.of(Path.of("/etc/passwd"), Path.of("/etc/group"))) {
			if (!Files.isRegularFile(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] fields = line.split(":");
				if (fields.length > 2 && fields[2].matches("\\d{1,10}")) {
					long id = Long.parseLong(fields[2]);
					if (id >= first && id <= last) {
						throw new IOException("vms.uids " + configName() + " holds id " + id + " of '" + fields[0]
								+ "' in " + file + "; choose a range no account uses");
					}
				}
			}
		}
	}
}
