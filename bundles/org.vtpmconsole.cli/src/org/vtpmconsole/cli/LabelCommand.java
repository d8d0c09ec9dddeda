package org.vtpmconsole.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelVerification;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.HostKeyCertificates;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.HostEvidence;
import org.vtpmconsole.verify.labels.LabelReview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@code vtpmctl label create|show|verify|export|exchange}: the vTPM label in a VM's qcow2 image (SPEC §4). */
final class LabelCommand extends CommandGroup {

	private static final int DEFAULT_DAYS = 365;
	private static final Pattern CANONICAL_UUID = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Qcow2LabelStore store = new Qcow2LabelStore();
	private final Clock clock;

	LabelCommand(Clock clock) {
		this.clock = clock;
		action("create", "--tpm TPM --key-auth FILE --image IMG --uuid UUID --qemu QEMU_BINARY [--days N] [--force]",
				"bind IMG to a new vTPM state key, the VM's UUID and the QEMU binary; signed by RSA_local",
				Set.of("tpm", "key-auth", "image", "uuid", "qemu", "days"), Set.of("force"), this::create);
		action("show", "--image IMG [--json]", "every field of the image's label in human form",
				Set.of("image"), Set.of("json"), this::show);
		action("verify", "--image IMG (--tpm TPM --key-auth FILE | --root ROOT [--crl CRL] --host HOST --certs C1,C2) [--uuid UUID]"
				+ " [--qemu QEMU_BINARY]",
				"with --tpm: check signer, signature, validity, the state key and, when given, UUID and QEMU against the"
						+ " host's own TPM; with --root: offline, as the console does, the signer vouched for by HOST's fleet"
						+ " certificates (RSA_mig, for MIGRATING labels) and every check required (a missing --uuid, --qemu"
						+ " or --crl is not checked, hence not valid); exit 0 only when valid",
				Set.of("image", "tpm", "key-auth", "uuid", "qemu", "root", "crl", "host", "certs"), Set.of(), this::verify);
		action("export", "--image IMG --out DIR --tpm TPM",
				"write DIR/label.bin (the exact label bytes), DIR/signer.pem and DIR/signer.tpmt (the signing key's"
						+ " public key and TPMT_PUBLIC, whose name is the label's signerName), DIR/signed-part.bin and"
						+ " DIR/signature.bin (for openssl dgst -verify)",
				Set.of("image", "out", "tpm", "key-auth"), Set.of(), this::export);
		action("exchange", "--tpm TPM --key-auth FILE --image IMG --to migrating|local --peer CERT --root ROOT --crl CRL",
				"SPEC 4.3 state exchange: to 'migrating' re-wraps the key to the destination's RSA_mig, to 'local'"
						+ " takes a label from the source; CERT is the other host's rsa-mig certificate (PEM or DER), which"
						+ " must be issued by the fleet ROOT itself, current and not revoked on CRL",
				Set.of("tpm", "key-auth", "image", "to", "peer", "root", "crl"), Set.of(), this::exchange);
	}

	@Override
	public String name() {
		return "label";
	}

	@Override
	public String summary() {
		return "create, show, verify, export and exchange the vTPM label in a qcow2 image";
	}

	private int create(Arguments args, PrintStream out, PrintStream err) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		UUID vm = uuid(args.required("uuid"));
		byte[] qemuDigest = sha256(existingFile(args.required("qemu"), "qemu"));
		int days = args.integer("days", DEFAULT_DAYS, 1, 3650);
		Optional<byte[]> existing = store.readBytes(image);
		if (existing.isPresent() && !args.flag("force")) {
			throw new UsageException(image + " already carries a label; --force replaces it, and the vTPM state"
					+ " sealed to the old label's key can then no longer be opened");
		}
		try (TssHostTpm tpm = HostTpmOptions.open(args);
				HostLabels.Created created = new HostLabels(tpm, clock, new SecureRandom()).create(vm, qemuDigest,
						Duration.ofDays(days))) {
			store.write(image, created.label());
			out.println("label written to " + image + ": LOCAL, valid until " + created.label().notAfter() + ", "
					+ created.label().encode().length + " bytes, signed by RSA_local of " + tpm.address());
			return Vtpmctl.EXIT_OK;
		}
	}

	private int show(Arguments args, PrintStream out, PrintStream err) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		byte[] bytes = labelBytes(image);
		Label label = LabelCodec.decode(bytes);
		Map<String, Object> fields = LabelText.fields(image, label, bytes.length, clock.instant());
		if (args.flag("json")) {
			out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields));
		} else {
			out.print(LabelText.text(fields));
		}
		return Vtpmctl.EXIT_OK;
	}

	private int verify(Arguments args, PrintStream out, PrintStream err) throws Exception {
		if (args.optional("tpm").isPresent() == args.optional("root").isPresent()) {
			throw new UsageException("give either --tpm (the host's own TPM) or --root (offline, with fleet certificates)");
		}
		return args.optional("tpm").isPresent() ? verifyOnHost(args, out) : verifyOffline(args, out);
	}

	/** The console's verifier (org.vtpmconsole.verify) on the image's label bytes, with the host's certificates. */
	private int verifyOffline(Arguments args, PrintStream out) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		byte[] bytes = labelBytes(image);
		List<HostEvidence.ReportedCertificate> reported = new ArrayList<>();
		for (X509Certificate certificate : FleetFiles.certificates(args, "certs")) {
			reported.add(new HostEvidence.ReportedCertificate(certificate.getSerialNumber().toString(16),
					certificate.getEncoded()));
		}
		HostEvidence host = new HostEvidence(args.required("host"), reported, Optional.empty(), List.of());
		ApprovedQemu approved = args.optional("qemu").isPresent()
				? new ApprovedQemu(List.of(sha256(existingFile(args.required("qemu"), "qemu"))))
				: ApprovedQemu.NONE;
		Instant now = clock.instant();
		Optional<String> vm = args.optional("uuid").isPresent() ? Optional.of(uuid(args.required("uuid")).toString())
				: Optional.empty();
		LabelReview review = LabelReview.of(bytes, vm, Optional.of(host),
				LabelReview.trust(null, FleetFiles.trust(args), List.of(host), now), approved, now);
		return report(review.verification(), out);
	}

	private int report(LabelVerification verification, PrintStream out) {
		for (LabelCheck check : verification.checks()) {
			out.println(check);
		}
		out.println(verification.valid() ? "label VALID" : "label INVALID: " + verification.failures().size()
				+ " check(s) failed");
		return verification.valid() ? Vtpmctl.EXIT_OK : Vtpmctl.EXIT_FAILED;
	}

	private int verifyOnHost(Arguments args, PrintStream out) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		Label label = LabelCodec.decode(labelBytes(image));
		LabelVerifier.Expectations expected = LabelVerifier.Expectations.none();
		if (args.optional("uuid").isPresent()) {
			expected = expected.withVm(uuid(args.required("uuid")));
		}
		if (args.optional("qemu").isPresent()) {
			expected = expected.withApprovedQemu(List.of(sha256(existingFile(args.required("qemu"), "qemu"))));
		}
		try (TssHostTpm tpm = HostTpmOptions.open(args)) {
			return report(new HostLabels(tpm, clock, new SecureRandom()).check(label, expected), out);
		}
	}

	private int export(Arguments args, PrintStream out, PrintStream err) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		byte[] bytes = labelBytes(image);
		Label label = LabelCodec.decode(bytes);
		Path dir = Path.of(args.required("out"));
		try (TssHostTpm tpm = HostTpmOptions.open(args)) {
			KeyRole signer = signerRole(tpm, label);
			Files.createDirectories(dir);
			Files.write(dir.resolve("label.bin"), bytes);
			Files.writeString(dir.resolve("signer.pem"), pem(tpm.publicKey(signer)), StandardCharsets.US_ASCII);
			Files.write(dir.resolve("signer.tpmt"), tpm.publicArea(signer).encoded());
			Files.write(dir.resolve("signed-part.bin"), label.signedBytes());
			Files.write(dir.resolve("signature.bin"), label.signature());
			out.println("wrote " + dir.resolve("label.bin") + " (" + bytes.length + " bytes), signer.pem, signer.tpmt ("
					+ signer + " of " + tpm.address() + "), signed-part.bin and signature.bin");
			out.println("verify with: openssl dgst -sha256 -verify " + dir.resolve("signer.pem") + " -signature "
					+ dir.resolve("signature.bin") + " " + dir.resolve("signed-part.bin"));
			return Vtpmctl.EXIT_OK;
		}
	}

	private int exchange(Arguments args, PrintStream out, PrintStream err) throws Exception {
		Path image = existingFile(args.required("image"), "image");
		String direction = args.required("to");
		if (!direction.equals("migrating") && !direction.equals("local")) {
			throw new UsageException("--to must be 'migrating' or 'local', got '" + direction + "'");
		}
		TrustedSigner peer = fleetRsaMig(args);
		Label label = LabelCodec.decode(labelBytes(image));
		try (TssHostTpm tpm = HostTpmOptions.open(args)) {
			HostLabels labels = new HostLabels(tpm, clock, new SecureRandom());
			Label exchanged = direction.equals("migrating") ? labels.toMigrating(label, peer) : labels.toLocal(label, peer);
			store.write(image, exchanged);
			out.println("label in " + image + " is now " + exchanged.status() + " (signed by "
					+ (direction.equals("migrating") ? "RSA_mig" : "RSA_local") + " of " + tpm.address() + ")");
			return Vtpmctl.EXIT_OK;
		}
	}

	private static KeyRole signerRole(TssHostTpm tpm, Label label) throws Exception {
		for (KeyRole role : List.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG)) {
			if (MessageDigest.isEqual(tpm.name(role), label.signerName())) {
				return role;
			}
		}
		throw new UsageException("the label was not signed by a key of " + tpm.address() + " (signerName "
				+ HexFormat.of().formatHex(label.signerName()) + ")");
	}

	private byte[] labelBytes(Path image) throws IOException, UsageException {
		return store.readBytes(image).orElseThrow(() -> new UsageException(image + " carries no vTPM label"));
	}

	private static Path existingFile(String value, String option) throws UsageException {
		Path path = Path.of(value);
		if (!Files.isRegularFile(path)) {
			throw new UsageException("--" + option + ": no such file '" + value + "'");
		}
		return path;
	}

	private static UUID uuid(String value) throws UsageException {
		if (!CANONICAL_UUID.matcher(value).matches()) {
			throw new UsageException("--uuid: expected a UUID like 49508238-55c0-45a4-b6e5-0f3c1b2a9d11, got '" + value + "'");
		}
		return UUID.fromString(value);
	}

	static byte[] sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return ((DigestInputStream) in).getMessageDigest().digest();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
		}
	}

	/**
	 * The peer's RSA_mig from its fleet certificate, checked by the verify bundle's one fleet chain and CRL check
	 * ({@link HostKeyCertificates}): issued by the root itself, current, not revoked on the CRL (itself signed by the
	 * root and current), role rsa-mig, an RSA key with its TPM name, which the label must carry. The command is not
	 * told the peer's host name, so the host is the certificate's own CN: the check then proves the key is some
	 * fleet host's RSA_mig, and the description names that host for the operator. A bare public key is not accepted:
	 * nothing would say whose key it is.
	 */
	private TrustedSigner fleetRsaMig(Arguments args) throws UsageException, IOException {
		Path file = existingFile(args.required("peer"), "peer");
		X509Certificate root = read(existingFile(args.required("root"), "root"), "root", X509Certificate.class);
		X509CRL crl = read(existingFile(args.required("crl"), "crl"), "crl", X509CRL.class);
		X509Certificate certificate = read(file, "peer", X509Certificate.class);
		String host = HostKeyCertificates.commonName(certificate).orElse(null);
		ChainVerification verdict = HostKeyCertificates.verify(certificate, Role.RSA_MIG, host,
				CertificateTrust.of(root, crl), clock.instant());
		if (!verdict.isValid())
			throw new UsageException("--peer: " + file + " is not a fleet rsa-mig certificate: " + verdict.summary());
		try {
			return new TrustedSigner((RSAPublicKey) certificate.getPublicKey(), TpmNames.of(certificate).orElseThrow(),
					TrustedSigner.Role.RSA_MIG, "RSA_mig of host " + host + " (certificate "
							+ certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + ")");
		} catch (CertificateException e) {
			throw new IllegalStateException("the TPM name passed the check a moment ago", e);
		}
	}

	/** A certificate or CRL, PEM or DER. */
	private static <T> T read(Path file, String option, Class<T> type) throws UsageException, IOException {
		try (InputStream in = Files.newInputStream(file)) {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			Object read = type == X509CRL.class ? factory.generateCRL(in) : factory.generateCertificate(in);
			return type.cast(read);
		} catch (GeneralSecurityException | ClassCastException e) {
			throw new UsageException("--" + option + ": " + file + " is not an X.509 "
					+ (type == X509CRL.class ? "CRL" : "certificate") + " (PEM or DER)");
		}
	}

	static String pem(PublicKey key) {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}
}
