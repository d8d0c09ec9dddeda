package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.vtpmconsole.protocol.agent.CreateVmRequest;

/**
 * What a VM's directory says about it besides its image and vTPM: {@code vm.properties}, written whole when the VM
 * is created (beside it, then renamed), so it is either there complete or not at all: its name and what it boots
 * ({@link VmBoot}; a VM without the key, or created before it existed, boots firmware).
 */
final class VmProperties {
	private static final String FILE = "vm.properties";
	private static final String NAME = "name";
	private static final String BOOT = "boot";

	private VmProperties() {
	}

	static void write(Vm vm, Optional<String> name, VmBoot boot) throws IOException {
		if (name.isPresent() && !CreateVmRequest.isValidName(name.get())) {
			throw new IOException("not a valid VM name: 1 to 64 letters, digits, '.', '_' or '-'");
		}
		Properties properties = new Properties();
		name.ifPresent(value -> properties.setProperty(NAME, value));
		properties.setProperty(BOOT, boot.apiName());
		Path partial = vm.dir().resolve(FILE + ".partial");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			properties.store(out, null);
		}
		Files.move(partial, vm.dir().resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
	}

	/** The VM's name; empty when it has none, or when the file holds no valid one (then it is not shown). */
	static Optional<String> name(Vm vm) throws IOException {
		return Optional.ofNullable(read(vm).getProperty(NAME)).filter(CreateVmRequest::isValidName);
	}

	/** What the VM boots; a value that is neither firmware nor guest is an error, not a silent firmware boot. */
	static VmBoot boot(Vm vm) throws IOException {
		String boot = read(vm).getProperty(BOOT);
		try {
			return boot == null ? VmBoot.FIRMWARE : VmBoot.parse(boot);
		} catch (IllegalArgumentException e) {
			throw new IOException(FILE + " of VM " + vm.uuid() + ": key 'boot': " + e.getMessage(), e);
		}
	}

	private static Properties read(Vm vm) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(vm.dir().resolve(FILE), StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (NoSuchFileException e) {
			return properties;
		} catch (IllegalArgumentException e) {
			throw new IOException(FILE + " of VM " + vm.uuid() + " is malformed: " + e.getMessage(), e);
		}
		return properties;
	}
}
