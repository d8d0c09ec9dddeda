package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only issuance log: one line per issue or revoke event,
 * {@code seq=N<TAB>time=…<TAB>event=…<TAB>…<TAB>prev=HASH<TAB>sig=BASE64}, where prev is the SHA-256 of the
 * previous line (64 zeros for the first) and sig the root key's signature over the line up to {@code prev}.
 * Editing, deleting or inserting a line breaks the chain or a signature; cutting lines off the end no longer
 * matches the head file, which holds the last sequence number and hash, signed by the root too.
 * <p>
 * Lines are written before the change they record (write-ahead): a certificate on disk always has its line.
 * A crash can leave a line for a change that did not complete; {@link FleetCa} redoes revocations from it, an
 * issue line without its certificate means the certificate never left the CA.
 */
final class IssuanceLog {

	/** Signs with the root key. */
	interface Signer {
		byte[] sign(byte[] data) throws PkiException;
	}

	static final String GENESIS = "0".repeat(64);
	private static final String SIGNATURE_FIELD = "\tsig=";

	private final Path file;
	private final Path head;
	private final PublicKey rootKey;
	private final Signer signer;
	private long lastSequence;
	private String lastHash;

	private IssuanceLog(Path file, Path head, PublicKey rootKey, Signer signer) {
		this.file = file;
		this.head = head;
		this.rootKey = rootKey;
		this.signer = signer;
	}

	/** An empty log with a head for sequence 0. */
	static void create(Path file, Path head, Signer signer) throws IOException, PkiException {
		AtomicFiles.append(file, new byte[0]);
		writeHead(head, 0, GENESIS, signer);
	}

	/**
	 * Opens the log after a possible crash: a line cut short by the crash is removed (its change never
	 * happened), and a complete, correctly signed line the head does not cover yet is adopted.
	 */
	static IssuanceLog open(Path file, Path head, PublicKey rootKey, Signer signer) throws IOException, PkiException {
		IssuanceLog log = new IssuanceLog(file, head, rootKey, signer);
		log.cutTornLine();
		List<String> lines = log.lines();
		log.lastSequence = lines.size();
		log.lastHash = lines.isEmpty() ? GENESIS : sha256(lines.get(lines.size() - 1));
		Map<String, String> headFields = log.readHead();
		boolean oneLineAhead = headFields != null && !lines.isEmpty()
				&& String.valueOf(lines.size() - 1).equals(headFields.get("seq"))
				&& headFields.get("hash").equals(parse(lines.get(lines.size() - 1)).get("prev"))
				&& log.signatureValid(lines.get(lines.size() - 1));
		if (oneLineAhead) {
			writeHead(head, log.lastSequence, log.lastHash, signer);
		}
		return log;
	}

	/** Appends one event, fsynced, and moves the head to it. */
	void append(String event, Instant time, Map<String, String> fields) throws IOException, PkiException {
		StringBuilder line = new StringBuilder().append("seq=").append(lastSequence + 1).append("\ttime=").append(time)
				.append("\tevent=").append(event);
		fields.forEach((key, value) -> line.append('\t').append(key).append('=').append(value));
		line.append("\tprev=").append(lastHash);
		String signed = line.toString();
		String complete = signed + SIGNATURE_FIELD
				+ Base64.getEncoder().encodeToString(signer.sign(signed.getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.append(file, (complete + "\n").getBytes(StandardCharsets.UTF_8));
		lastSequence++;
		lastHash = sha256(complete);
		writeHead(head, lastSequence, lastHash, signer);
	}

	/** Every line's fields, in order, without checking them. */
	List<Map<String, String>> entries() throws IOException {
		List<Map<String, String>> entries = new ArrayList<>();
		for (String line : lines()) {
			entries.add(parse(line));
		}
		return entries;
	}

	LogVerification verify() throws IOException {
		List<String> lines = lines();
		String previousHash = GENESIS;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Map<String, String> fields = parse(line);
			if (!String.valueOf(i + 1).equals(fields.get("seq"))) {
				return LogVerification.broken(i, "line " + (i + 1) + " has sequence number " + fields.get("seq"));
			}
			if (!previousHash.equals(fields.get("prev"))) {
				return LogVerification.broken(i, "line " + (i + 1) + " does not chain to the line before it");
			}
			if (!signatureValid(line)) {
				return LogVerification.broken(i, "line " + (i + 1) + " is not signed by the fleet root");
			}
			previousHash = sha256(line);
		}
		Map<String, String> headFields = readHead();
		if (headFields == null) {
			return LogVerification.broken(lines.size(), "the log head is missing or not signed by the fleet root");
		}
		if (!String.valueOf(lines.size()).equals(headFields.get("seq")) || !previousHash.equals(headFields.get("hash"))) {
			return LogVerification.broken(lines.size(), "the log has " + lines.size() + " lines but its head records "
					+ headFields.get("seq") + ": lines were cut off or added");
		}
		return LogVerification.ok(lines.size());
	}

	private boolean signatureValid(String line) {
		int at = line.lastIndexOf(SIGNATURE_FIELD);
		if (at < 0) {
			return false;
		}
		try {
			byte[] signature = Base64.getDecoder().decode(line.substring(at + SIGNATURE_FIELD.length()));
			return CertificateIssuer.verify(rootKey, line.substring(0, at).getBytes(StandardCharsets.UTF_8), signature);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The head's fields if its signature holds, else null. */
	private Map<String, String> readHead() throws IOException {
		String text;
		try {
			text = Files.readString(head, StandardCharsets.UTF_8).strip();
		} catch (NoSuchFileException e) {
			return null;
		}
		Map<String, String> fields = parse(text);
		if (!fields.containsKey("seq") || !fields.containsKey("hash") || !signatureValid(text)) {
			return null;
		}
		return fields;
	}

	private static void writeHead(Path head, long sequence, String hash, Signer signer) throws IOException, PkiException {
		String signed = "seq=" + sequence + "\thash=" + hash;
		String text = signed + SIGNATURE_FIELD
				+ Base64.getEncoder().encodeToString(signer.sign(signed.getBytes(StandardCharsets.UTF_8))) + "\n";
		AtomicFiles.write(head, text.getBytes(StandardCharsets.UTF_8));
	}

	private void cutTornLine() throws IOException {
		byte[] content = Files.readAllBytes(file);
		int end = content.length;
		while (end > 0 && content[end - 1] != '\n') {
			end--;
		}
		if (end < content.length) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.truncate(end);
				channel.force(true);
			}
		}
	}

	private List<String> lines() throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty()).toList();
	}

	private static Map<String, String> parse(String line) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : line.split("\t")) {
			int equals = field.indexOf('=');
			if (equals > 0) {
				fields.put(field.substring(0, equals), field.substring(equals + 1));
			}
		}
		return fields;
	}

	static String sha256(String line) {
		return HexFormat.of().formatHex(sha256(line.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
