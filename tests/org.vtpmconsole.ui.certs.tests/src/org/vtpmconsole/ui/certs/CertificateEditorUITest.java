package org.vtpmconsole.ui.certs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.verify.CertificateTrust;

/** The certificate editor in the running console, on certificates a real FleetCa issued in a temporary directory. */
class CertificateEditorUITest {

	private static final String DESCRIPTOR = "org.vtpmconsole.ui.certs.editor";
	private static Path caParent;
	private static FleetCa ca;

	@TempDir
	Path exports;
	private Workbench workbench;
	private MPart editor;

	@BeforeAll
	static void createCa() throws Exception {
		caParent = Files.createTempDirectory("certificate-editor-ca");
		ca = FleetCa.init(caParent.resolve("ca"), "certificate editor test".toCharArray(), CaOptions.defaults());
	}

	@AfterAll
	static void closeCa() {
		ca.close();
	}

	@BeforeEach
	void trustTheFleetCa() throws Exception {
		workbench = Workbench.find();
		handTrust();
	}

	/** What the CA client will do when it fetches a new CRL: put the root and CRL into the context. */
	private void handTrust() throws Exception {
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		workbench.onUi(() -> {
			workbench.application.getContext().set(CertificateTrust.class, trust);
			return null;
		});
	}

	@AfterEach
	void closeEditor() {
		if (editor != null) {
			workbench.close(editor);
		}
	}

	private static IssuedCertificate issueRsaMig(String host) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		PublicKey key = generator.generateKeyPair().getPublic();
		return ca.issue(CertificateRequest.builder(host, Role.RSA_MIG, key).tpmName(tpmName(key)).build());
	}

	/** 0x000B ‖ SHA-256 of the key: the shape of a TPM name (the key here is a JCE key, not a TPM's). */
	private static byte[] tpmName(PublicKey key) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
		byte[] name = new byte[34];
		name[1] = 0x0B;
		System.arraycopy(digest, 0, name, 2, 32);
		return name;
	}
	private Composite open(Certificate input) {
		editor = workbench.openEditor(DESCRIPTOR, input);
		return waitFor("the certificate editor", () -> workbench.onUi(() -> {
			Composite root = (Composite) editor.getWidget();
			return root != null && root.isVisible() && root.getSize().x > 0 && find(root, "check:status") != null ? root : null;
		}));
	}

	private String revocationStatus(Composite root) {
		return workbench.onUi(() -> find(root, "check:status") instanceof Label label && !label.isDisposed()
				? label.getText() : "");
	}

	@Test
	void fieldsExtensionsAndAVerifiedChain() throws Exception {
		IssuedCertificate issued = issueRsaMig("compute-a");
		X509Certificate certificate = issued.certificate();
		Composite root = open(CertificateModels.modelOf(issued));
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("CN=compute-a"), text);
		assertTrue(text.contains(certificate.getIssuerX500Principal().getName()), "issuer");
		assertTrue(text.contains(certificate.getSerialNumber().toString(16)), "serial");
		assertTrue(text.contains("RSA 2048 bits"), "key algorithm and size");
		String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		assertTrue(text.contains(fingerprint), "SHA-256 fingerprint");
		assertTrue(text.contains("digitalSignature, keyEncipherment (critical)"), "key usage");
		assertTrue(text.contains("end entity (CA:false) (critical)"), "basic constraints");
		assertTrue(text.contains("rsa-mig"), "fleet role");
		byte[] name = tpmName(certificate.getPublicKey());
		assertTrue(text.contains("SHA-256 (0x000B) \u00B7 " + HexFormat.of().formatHex(name, 2, 34)), "TPM name decoded");
		assertEquals("\u2714 passed", revocationStatus(root));
		assertTrue(text.contains("not on the fleet CRL"), text);
		for (String check : new String[] { "this certificate: issuer/subject", "this certificate: signature",
				"this certificate: validity", "this certificate: basic constraints", "issuer 1: trust anchor" }) {
			assertEquals("\u2714 passed", workbench.onUi(() -> ((Label) find(root, "check:" + check)).getText()), check);
		}
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "certificate-editor"));
	}

	@Test
	void revocationTurnsTheStatusInvalidWithTheReason() throws Exception {
		IssuedCertificate issued = issueRsaMig("compute-b");
		Composite root = open(CertificateModels.modelOf(issued));
		assertEquals("\u2714 passed", revocationStatus(root));
		ca.revoke(issued.serial(), RevocationReason.KEY_COMPROMISE);
		handTrust();
		waitFor("the revocation", () -> revocationStatus(root).contains("FAILED") ? true : null);
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("reason KEY_COMPROMISE"), text);
		assertEquals("\u2718 FAILED", workbench.onUi(() -> ((Label) find(root, "check:this certificate: revocation")).getText()));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "certificate-editor-revoked"));
	}

	@Test
	void tlsServerCertificateShowsNamesAndExtendedKeyUsage() throws Exception {
		Path p12 = exports.resolve("agent.p12");
		IssuedCertificate issued = ca.issueTlsServer("compute-c.example", List.of("10.0.0.5"), p12,
				"pkcs12 password".toCharArray());
		Composite root = open(CertificateModels.modelOf(issued));
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("DNS: compute-c.example") && text.contains("IP: 10.0.0.5"), text);
		assertTrue(text.contains("serverAuth, clientAuth"), text);
		assertTrue(text.contains("none (not a TPM key)"), text);
	}

	@Test
	void exportsPemAndDerThatJceParsesBack() throws Exception {
		IssuedCertificate issued = issueRsaMig("compute-d");
		open(CertificateModels.modelOf(issued));
		CertificateEditorPart part = workbench.onUi(() -> (CertificateEditorPart) editor.getObject());
		Path pem = exports.resolve("compute-d.pem");
		Path der = exports.resolve("compute-d.der");
		workbench.onUi(() -> {
			part.export(pem, CertificateExport.Format.PEM);
			part.export(der, CertificateExport.Format.DER);
			return null;
		});
		assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		for (Path file : List.of(pem, der)) {
			try (InputStream in = Files.newInputStream(file)) {
				assertArrayEquals(issued.certificate().getEncoded(), factory.generateCertificate(in).getEncoded(), file.toString());
			}
		}
		try (var left = Files.list(exports)) {
			assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}
}
