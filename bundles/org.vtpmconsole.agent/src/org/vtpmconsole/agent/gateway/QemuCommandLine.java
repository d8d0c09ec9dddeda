package org.vtpmconsole.agent.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a QEMU command line the gateway checks: the disk images ({@code -drive file=},
 * {@code -blockdev ...,filename=}, {@code -hda}..{@code -hdd}) and {@code -uuid}. Option values use QEMU's
 * {@code key=value,key=value} syntax, where a doubled comma stands for a comma.
 */
final class QemuCommandLine {
	private final List<String> images = new ArrayList<>();
	private String uuid;

	private QemuCommandLine() {
	}

	static QemuCommandLine parse(List<String> args) {
		QemuCommandLine line = new QemuCommandLine();
		for (int i = 1; i < args.size() - 1; i++) {
			String arg = args.get(i);
			if (!arg.startsWith("-")) {
				continue;
			}
			String option = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
			String value = args.get(i + 1);
			boolean known = true;
			switch (option) {
			case "drive" -> line.addImage(options(value).get("file"));
			case "blockdev" -> line.addImage(options(value).get("filename"));
			case "hda", "hdb", "hdc", "hdd" -> line.addImage(value);
			case "uuid" -> line.uuid = value;
			default -> known = false;
			}
			if (known) {
				i++;
			}
		}
		return line;
	}

	private void addImage(String file) {
		if (file != null && !file.isEmpty()) {
			images.add(file);
		}
	}

	/** The image paths as written (possibly relative to the process's working directory). */
	List<String> images() {
		return List.copyOf(images);
	}

	Optional<String> uuid() {
		return Optional.ofNullable(uuid);
	}

	/** {@code a=1,b=x,,y} → {a=1, b=x,y}; a bare first element is kept under its own name with an empty value. */
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
				options.putIfAbsent(equals < 0 ? item : item.substring(0, equals), equals < 0 ? "" : item.substring(equals + 1));
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		return options;
	}
}
