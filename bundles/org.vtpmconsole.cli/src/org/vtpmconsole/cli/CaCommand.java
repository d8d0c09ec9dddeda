package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.AtomicFiles;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.ca.CertificateInfo;

/**
 * {@code vtpmctl ca ...}: the fleet CA. init and issue-* work on the CA directory itself (they need the root key,
 * so the CA daemon must be stopped: the directory is locked while it runs); list and revoke ask the running CA
 * over mutual TLS.
 */
final class CaCommand extends CommandGroup {

	CaCommand() {
		action("init", "--dir DIR [--name CN] (--passphrase-file FILE | --passphrase-env VAR)",
				"create the fleet CA: RSA-3072 root key, encrypted under the passphrase, in an empty directory",
				local("name"), Set.of(), (args, out, err) -> {
					char[] passphrase = Secrets.read(args, Secrets.PASSPHRASE, "new root key passphrase");
					try (FleetCa ca = FleetCa.init(Path.of(args.required("dir")), passphrase,
							CaOptions.defaults().withCommonName(args.optional("name").orElse(CaOptions.defaults().commonName())))) {
						out.println("fleet CA created in " + args.required("dir"));
						out.println("root SHA-256 fingerprint: "
								+ HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256")
										.digest(ca.rootCertificate().getEncoded())));
						return Vtpmctl.EXIT_OK;
					} finally {
						Arrays.fill(passphrase, '\0');
					}
				});
		action("issue-user", "--dir DIR --name NAME --role admin|approver|auditor --out FILE.p12 "
				+ "(--passphrase-file|--passphrase-env) (--password-file FILE | --password-env VAR)",
				"issue a console user's TLS identity as a PKCS#12 file protected by the password",
				local("name", "role", "out", "password-file", "password-env"), Set.of(), (args, out, err) -> {
					Role role = Role.ofToken(args.required("role"));
					if (!role.isUser()) {
						throw new UsageException("--role must be admin, approver or auditor");
					}
					String user = args.required("name");
					return issue(args, out, (ca, p12, password) -> ca.issueUser(user, role, p12, password));
				});
		action("issue-server", "--dir DIR --host HOST [--alt-names NAME,...] --out FILE.p12 "
				+ "(--passphrase-file|--passphrase-env) (--password-file FILE | --password-env VAR)",
				"issue the TLS identity of an agent or of the CA itself for a host name or address",
				local("host", "alt-names", "out", "password-file", "password-env"), Set.of(), (args, out, err) -> {
					List<String> alternatives = args.optional("alt-names").map(names -> List.of(names.split(",")))
							.orElse(List.of());
					String host = args.required("host");
					return issue(args, out, (ca, p12, password) -> ca.issueTlsServer(host, alternatives, p12, password));
				});
		action("list", "--ca URL --identity FILE.p12 (--password-file|--password-env) [--host HOST] [--role ROLE]"
				+ " [--status valid|revoked|expired]", "the CA's certificates, oldest first",
				RemoteCa.options("host", "role", "status"), Set.of(), (args, out, err) -> {
					Optional<Role> role = args.optional("role").map(Role::ofToken);
					Optional<CertificateStatus> status = args.optional("status").map(s -> CertificateStatus.valueOf(s
							.toUpperCase()));
					List<CertificateInfo> certificates = RemoteCa.connect(args).client()
							.list(args.optional("host"), role, status).certificates();
					certificates.forEach(info -> out.println(line(info)));
					out.println(certificates.size() + " certificate(s)");
					return Vtpmctl.EXIT_OK;
				});
		action("revoke", "--ca URL --identity FILE.p12 (--password-file|--password-env) --serial HEX --reason REASON",
				"revoke a certificate for good (reasons: " + List.of(RevocationReason.values()).toString().toLowerCase()
						+ ")",
				RemoteCa.options("serial", "reason"), Set.of(), (args, out, err) -> {
					RevocationReason reason = RevocationReason.valueOf(args.required("reason").toUpperCase());
					out.println(line(RemoteCa.connect(args).client().revoke(args.required("serial"), reason)));
					return Vtpmctl.EXIT_OK;
				});
		action("crl", "--ca URL --identity FILE.p12 (--password-file|--password-env) --out FILE",
				"fetch the CA's current CRL, check it against the fleet root and write it to FILE atomically (for"
						+ " endpoints without ca.url)",
				RemoteCa.options("out"), Set.of(), (args, out, err) -> {
					Path file = Path.of(args.required("out"));
					RemoteCa ca = RemoteCa.connect(args);
					X509CRL crl = ca.client().crl().x509();
					Crls.check(crl, ca.context().root(), Instant.now());
					AtomicFiles.write(file, crl.getEncoded());
					out.println("CRL " + Crls.number(crl) + " of " + crl.getIssuerX500Principal().getName() + ", "
							+ (crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size())
							+ " revoked, next update " + crl.getNextUpdate().toInstant() + ", written to " + file);
					return Vtpmctl.EXIT_OK;
				});
	}

	@FunctionalInterface
	private interface Issuer {
		IssuedCertificate issue(FleetCa ca, Path pkcs12, char[] password) throws PkiException;
	}

	private static int issue(Arguments args, PrintStream out, Issuer issuer) throws Exception {
		Path p12 = Path.of(args.required("out"));
		char[] password = Secrets.read(args, Secrets.PASSWORD, "password for " + p12);
		try {
			char[] passphrase = Secrets.read(args, Secrets.PASSPHRASE, "root key passphrase");
			try (FleetCa ca = FleetCa.open(Path.of(args.required("dir")), passphrase)) {
				Arrays.fill(passphrase, '\0');
				IssuedCertificate issued = issuer.issue(ca, p12, password);
				out.println("issued " + issued + ", valid until " + issued.notAfter() + ", written to " + p12);
				return Vtpmctl.EXIT_OK;
			} finally {
				Arrays.fill(passphrase, '\0');
			}
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The options of a command on the CA directory: --dir, the passphrase's source, and its own. */
	private static Set<String> local(String... more) {
		Set<String> options = new HashSet<>(Set.of("dir"));
		options.addAll(Secrets.options(Secrets.PASSPHRASE));
		options.addAll(List.of(more));
		return options;
	}

	private static String line(CertificateInfo info) {
		return String.join("  ", info.serial(), info.role(), info.status(), info.subject(), "until " + info.notAfter(),
				info.revocationReason() == null ? "" : "revoked " + info.revokedAt() + " " + info.revocationReason())
				.stripTrailing();
	}

	@Override
	public String name() {
		return "ca";
	}

	@Override
	public String summary() {
		return "the fleet CA: init, issue-user, issue-server (on its directory), list, revoke, crl (over mutual TLS)";
	}
}
