package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class SigningRequestsTest {

	private static PKCS10CertificationRequest csr(KeyPair subject, KeyPair signer) throws Exception {
		return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=host1.example"), subject.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate()));
	}

	@Test
	void acceptsARequestSignedWithItsOwnKey() throws Exception {
		KeyPair key = TestCa.rsa2048();
		PKCS10CertificationRequest request = SigningRequests.parse(csr(key, key).getEncoded());
		assertEquals(key.getPublic(), SigningRequests.verify(request));
		assertEquals("host1.example", SigningRequests.commonName(request).orElseThrow());
	}

	@Test
	void readsPem() throws Exception {
		KeyPair key = TestCa.rsa2048();
		StringWriter pem = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
			writer.writeObject(csr(key, key));
		}
		PKCS10CertificationRequest request = SigningRequests.parse(pem.toString().getBytes(StandardCharsets.US_ASCII));
		assertEquals(key.getPublic(), SigningRequests.verify(request));
	}

	@Test
	void refusesARequestSignedByAnotherKey() throws Exception {
		PKCS10CertificationRequest forged = csr(TestCa.rsa2048(), TestCa.rsa2048());
		PkiException refused = assertThrows(PkiException.class, () -> SigningRequests.verify(forged));
		assertEquals("certification request signature was not made with the key it contains", refused.getMessage());
	}

	@Test
	void refusesGarbage() {
		assertThrows(PkiException.class, () -> SigningRequests.parse(new byte[] { 0x30, 0x03, 1, 2, 3 }));
	}
}
