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
 * is created (beside it, then renamed), so it is either there complete or not at all. Today only the name.
 */
final class VmProperties {
	private static final String FILE = "vm.properties";
	private static final String NAME = "name";

	private VmProperties() {
	}

	static void write(Vm vm, String name) throws IOException {
		if (!CreateVmRequest.isValidName(name)) {
			throw new IOException("not a valid VM name: 1 to 64 letters, digits, '.', '_' or '-'");
		}
		Properties properties = new Properties();
		properties.setProperty(NAME, name);
		Path partial = vm.dir().resolve(FILE + ".partial");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			properties.store(out, null);
		}
		Files.move(partial, vm.dir().resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
	}

	/** The VM's name; empty when it has none, or when the file holds no valid one (then it is not shown). */
	static Optional<String> name(Vm vm) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(vm.dir().resolve(FILE), StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IllegalArgumentException e) {
			throw new IOException(FILE + " of VM " + vm.uuid() + " is malformed: " + e.getMessage(), e);
		}
		return Optional.ofNullable(properties.getProperty(NAME)).filter(CreateVmRequest::isValidName);
	}
}
