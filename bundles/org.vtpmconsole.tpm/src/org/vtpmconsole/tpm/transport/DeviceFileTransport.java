package org.vtpmconsole.tpm.transport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A kernel TPM character device, normally /dev/tpmrm0 (the kernel's resource manager). Unlike TSS.Java's
 * TpmDeviceLinux, which always tries /dev/tpmrm0 and silently falls back to /dev/tpm0, this opens exactly the path
 * named in the configuration. Each write is one command; each read returns one whole response.
 */
public final class DeviceFileTransport extends TpmTransport {
	private final RandomAccessFile device;
	private final Path path;

	private DeviceFileTransport(RandomAccessFile device, Path path) {
		this.device = device;
		this.path = path;
	}

	public static DeviceFileTransport open(Path path) {
		if (!Files.exists(path))
			throw new TransportException("cannot open TPM device " + path + ": no such file (no TPM, or no kernel driver)");
		try {
			return new DeviceFileTransport(new RandomAccessFile(path.toFile(), "rw"), path);
		} catch (IOException e) {
			throw new TransportException("cannot open TPM device " + path + ": " + e.getMessage()
					+ " (needs read-write access, usually the tss group)", e);
		}
	}

	@Override
	public String describe() {
		return "TPM device " + path;
	}

	@Override
	protected byte[] exchange(byte[] command) {
		try {
			device.write(command);
			byte[] buffer = new byte[MAX_RESPONSE_SIZE];
			int read = device.read(buffer);
			if (read < HEADER_SIZE)
				throw new TransportException(describe() + " returned " + Math.max(read, 0) + " bytes, not a TPM response");
			int size = responseSize(buffer, describe());
			if (size != read)
				throw new TransportException(describe() + " returned " + read + " bytes for a " + size + "-byte response");
			return Arrays.copyOf(buffer, read);
		} catch (IOException e) {
			throw new TransportException("I/O error on " + describe() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			device.close();
		} catch (IOException e) {
			// nothing left to do with a device we are leaving
		}
	}
}
